package org.storyline.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a versioned rule file ({@code src/main/resources/<area>/<name>.vN.txt}) with the
 * shared syntax handled once: every line is stripped; blank lines and lines starting with
 * {@code #} are skipped; lines starting with the example prefix (normally {@code "EXAMPLE "}) are
 * collected as examples; every other line is a rule, split into kind and value at its first
 * {@code '|'}. What kinds exist and what values mean is left to the caller.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleFile {
  /** The prefix of example lines in most rule files. */
  public static final String EXAMPLE = "EXAMPLE ";

  /**
   * One content line of a rule file.
   *
   * @param lineNo the 1-based line number in the file
   * @param text the line, stripped of surrounding white space (for an example: the text after the
   *     prefix, stripped)
   * @param kind the text before the first {@code '|'}, stripped; null when the line has none
   * @param value the text after the first {@code '|'}, stripped; null when the line has none
   */
  public record Line(int lineNo, String text, String kind, String value) {
    /** Splits {@code text} at its first {@code '|'}. */
    static Line of(int lineNo, String text) {
      int bar = text.indexOf('|');
      return bar < 0
          ? new Line(lineNo, text, null, null)
          : new Line(lineNo, text, text.substring(0, bar).strip(), text.substring(bar + 1).strip());
    }

    /** {@return whether the line has a {@code '|'}, i.e. a kind and a value} */
    public boolean hasKind() {
      return kind != null;
    }

    /** {@return the text up to the first space (the whole text when it has none)} */
    public String keyword() {
      int sp = text.indexOf(' ');
      return sp < 0 ? text : text.substring(0, sp);
    }

    /** {@return the text after the first space, stripped ("" when it has none)} */
    public String rest() {
      int sp = text.indexOf(' ');
      return sp < 0 ? "" : text.substring(sp + 1).strip();
    }
  }

  private final String name;
  private final List<Line> lines;
  private final List<Line> rules;
  private final List<Line> exampleLines;

  private RuleFile(String name, List<Line> lines, List<Line> rules, List<Line> exampleLines) {
    this.name = name;
    this.lines = List.copyOf(lines);
    this.rules = List.copyOf(rules);
    this.exampleLines = List.copyOf(exampleLines);
  }

  /** {@return the rule file in {@code text}, lines separated by '\n', examples marked {@value #EXAMPLE}} */
  public static RuleFile parse(String text, String name) {
    return of(Arrays.asList(text.split("\n", -1)), name, EXAMPLE);
  }

  /** {@return the rule file made of {@code lines}, examples marked {@value #EXAMPLE}} */
  public static RuleFile of(List<String> lines, String name) {
    return of(lines, name, EXAMPLE);
  }

  /**
   * {@return the rule file made of {@code lines}, examples marked by {@code examplePrefix}} The
   * prefix is tested before the comment marker, so it may itself start with {@code #}
   * ({@code "# EXAMPLE "}).
   *
   * @param name how errors name the file
   */
  public static RuleFile of(List<String> lines, String name, String examplePrefix) {
    List<Line> all = new ArrayList<>();
    List<Line> rules = new ArrayList<>();
    List<Line> examples = new ArrayList<>();
    int lineNo = 0;
    for (String raw : lines) {
      lineNo++;
      String line = raw.strip();
      if (line.startsWith(examplePrefix)) {
        all.add(Line.of(lineNo, line));
        examples.add(new Line(lineNo, line.substring(examplePrefix.length()).strip(), null, null));
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Line l = Line.of(lineNo, line);
      all.add(l);
      rules.add(l);
    }
    return new RuleFile(name, all, rules, examples);
  }

  /**
   * {@return the rule file in the UTF-8 class-path resource {@code resource} of {@code owner}}
   *
   * @param name how errors name the file
   * @throws IllegalStateException when the resource is missing
   * @throws UncheckedIOException when it cannot be read
   */
  public static RuleFile load(Class<?> owner, String resource, String name) {
    return parse(read(owner, resource), name);
  }

  /** {@return the rule file in {@code resource}, named by the resource in errors} */
  public static RuleFile load(Class<?> owner, String resource) {
    return load(owner, resource, resource);
  }

  /**
   * {@return the text of the UTF-8 class-path resource {@code resource} of {@code owner}}
   *
   * @throws IllegalStateException when the resource is missing
   * @throws UncheckedIOException when it cannot be read
   */
  public static String read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** {@return how errors name the file} */
  public String name() {
    return name;
  }

  /** {@return the rule lines (not blank, not comments, not examples), in file order} */
  public List<Line> rules() {
    return rules;
  }

  /**
   * {@return every content line (rules and example lines, as written), in file order} For files
   * whose examples belong to the block they stand in.
   */
  public List<Line> lines() {
    return lines;
  }

  /** {@return the example lines, their text without the prefix} */
  public List<Line> exampleLines() {
    return exampleLines;
  }

  /** {@return the text of the example lines without the prefix, in file order} */
  public List<String> examples() {
    return exampleLines.stream().map(Line::text).toList();
  }

  /** {@return an exception whose message reads "&lt;name&gt; line N: message"} */
  public IllegalArgumentException error(Line line, String message) {
    return new IllegalArgumentException(name + " line " + line.lineNo() + ": " + message);
  }

  /** {@return {@link #error(Line, String)} with a cause} */
  public IllegalArgumentException error(Line line, String message, Throwable cause) {
    return new IllegalArgumentException(name + " line " + line.lineNo() + ": " + message, cause);
  }
}
