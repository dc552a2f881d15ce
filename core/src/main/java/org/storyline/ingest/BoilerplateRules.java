package org.storyline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate paragraph rules and author-biography cues loaded from a versioned resource (see
 * {@code src/main/resources/ingest/boilerplate.v3.txt} for the format). Immutable and thread-safe.
 */
public final class BoilerplateRules {
  /** The classpath resource of the standard rules. */
  public static final String STANDARD_RESOURCE = "/ingest/boilerplate.v3.txt";

  /** The version of the standard rules, recorded with cleaned text. */
  public static final String VERSION = "boilerplate.v3";

  /** Total cue weight from which a trailing paragraph counts as an author biography. */
  public static final int BIO_THRESHOLD = 3;

  /** Rule name given to removed author biographies. */
  public static final String AUTHOR_BIO = "author_bio";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A named whole-paragraph rule. */
  public record Rule(String name, Pattern pattern) {}

  /** A weighted author-biography cue. */
  public record BioCue(String name, int weight, Pattern pattern) {}

  /**
   * An executable example from the resource: {@code rule} is the rule that must remove {@code text},
   * or null for a KEEP line that no rule may remove.
   */
  public record Example(String rule, String text, int line) {}

  private static final class Holder {
    static final BoilerplateRules STANDARD = load(STANDARD_RESOURCE);
  }

  private final List<Rule> rules;
  private final List<BioCue> bioCues;
  private final List<Example> examples;

  private BoilerplateRules(List<Rule> rules, List<BioCue> bioCues, List<Example> examples) {
    this.rules = List.copyOf(rules);
    this.bioCues = List.copyOf(bioCues);
    this.examples = List.copyOf(examples);
  }

  /** {@return the standard rules, loaded once} */
  public static BoilerplateRules standard() {
    return Holder.STANDARD;
  }

  /**
   * {@return rules loaded from a classpath resource}
   *
   * @throws IllegalStateException if the resource is missing or a line is malformed (a packaging
   *     error, not bad input data)
   */
  public static BoilerplateRules load(String resource) {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(resource, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** {@return rules parsed from the lines of a rules file} */
  public static BoilerplateRules parse(String name, List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    List<BioCue> cues = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int lineNo = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        if (line.startsWith("RULE ")) {
          String[] parts = line.split(" ", 3);
          rules.add(new Rule(parts[1], Pattern.compile(parts[2], FLAGS)));
        } else if (line.startsWith("BIO ")) {
          String[] parts = line.split(" ", 4);
          cues.add(new BioCue(parts[1], Integer.parseInt(parts[2]), Pattern.compile(parts[3], FLAGS)));
        } else if (line.startsWith("EXAMPLE ")) {
          int colon = line.indexOf(": ");
          examples.add(new Example(line.substring(8, colon).strip(), line.substring(colon + 2).strip(), lineNo));
        } else if (line.startsWith("KEEP: ")) {
          examples.add(new Example(null, line.substring(6).strip(), lineNo));
        } else {
          throw new IllegalStateException("unknown directive");
        }
      } catch (RuntimeException e) {
        // covers PatternSyntaxException, NumberFormatException and missing fields alike
        throw new IllegalStateException(name + ":" + lineNo + ": malformed line '" + line + "': " + e.getMessage(), e);
      }
    }
    for (Example ex : examples) {
      if (ex.rule() != null && !ex.rule().equals(AUTHOR_BIO) && rules.stream().noneMatch(r -> r.name().equals(ex.rule()))) {
        throw new IllegalStateException(name + ":" + ex.line() + ": example for unknown rule " + ex.rule());
      }
    }
    return new BoilerplateRules(rules, cues, examples);
  }

  /** {@return the name of the first rule matching the whole trimmed paragraph} */
  public Optional<String> match(String paragraph) {
    String p = paragraph.strip();
    if (p.isEmpty()) {
      return Optional.empty();
    }
    for (Rule r : rules) {
      Matcher m = r.pattern().matcher(p);
      try {
        if (m.matches()) {
          return Optional.of(r.name());
        }
      } catch (StackOverflowError e) {
        // a pathological paragraph must not stop cleaning: treat as no match
        continue;
      }
    }
    return Optional.empty();
  }

  /** {@return the summed weight of the biography cues found in the paragraph} */
  public int bioScore(String paragraph) {
    int score = 0;
    for (BioCue cue : bioCues) {
      if (cue.pattern().matcher(paragraph).find()) {
        score += cue.weight();
      }
    }
    return score;
  }

  /** {@return the rules, in file order} */
  public List<Rule> rules() {
    return rules;
  }

  /** {@return the biography cues, in file order} */
  public List<BioCue> bioCues() {
    return bioCues;
  }

  /** {@return the EXAMPLE and KEEP lines, in file order} */
  public List<Example> examples() {
    return examples;
  }
}
