package org.storyline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.storyline.pipeline.RuleFile;

/**
 * Cleans author values from page metadata and bylines ({@code ingest/bylines.v1.txt}): removes
 * labels ("By", "Von", "Zeige alle Beiträge von"), trailing dates, handles and roles, and rejects
 * values that name no author (CMS accounts, theme credits, e-mail addresses, the site itself).
 * Immutable and thread-safe.
 */
final class Bylines {
  /** Where the standard rules live on the class path. */
  static final String RESOURCE = "/ingest/bylines.v1.txt";

  /** The site name every EXAMPLE line is cleaned with. */
  static final String EXAMPLE_SITE = "Example News";

  /** An executable example: cleaning {@code raw} gives {@code expected} (null: rejected). */
  record Example(String expected, String raw, int line) {}

  private static final Pattern CAMEL_OR_PUNCT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int MAX_LENGTH = 200;

  private static final class Holder {
    static final Bylines STANDARD = parse(RuleFile.load(Bylines.class, RESOURCE));
  }

  private final Pattern label;
  private final Set<String> cues;
  private final List<Pattern> tails;
  private final List<Pattern> rejects;
  private final List<Example> examples;

  private Bylines(Pattern label, Set<String> cues, List<Pattern> tails, List<Pattern> rejects, List<Example> examples) {
    this.label = label;
    this.cues = Set.copyOf(cues);
    this.tails = List.copyOf(tails);
    this.rejects = List.copyOf(rejects);
    this.examples = List.copyOf(examples);
  }

  /** {@return the rules shipped with Storyline, loaded once} */
  static Bylines standard() {
    return Holder.STANDARD;
  }

  /**
   * {@return the rules in a rule file}
   *
   * @throws IllegalArgumentException on an unknown kind, a bad regular expression or a malformed
   *     example
   */
  static Bylines parse(RuleFile file) {
    List<String> labels = new ArrayList<>();
    List<Pattern> tails = new ArrayList<>();
    List<Pattern> rejects = new ArrayList<>();
    Set<String> cues = new HashSet<>();
    for (RuleFile.Line line : file.rules()) {
      if (!line.hasKind() || line.value().isEmpty()) {
        throw file.error(line, "expected '<kind> | <regex>'");
      }
      try {
        switch (line.kind()) {
          case "label" -> labels.add("(?:" + Pattern.compile(line.value(), FLAGS).pattern() + ")");
          case "tail" -> tails.add(Pattern.compile("(?:" + line.value() + ")$", FLAGS));
          case "reject" -> rejects.add(Pattern.compile(line.value(), FLAGS));
          case "cue" -> cues.addAll(List.of(line.value().toLowerCase(Locale.ROOT).split("\\s+")));
          default -> throw file.error(line, "unknown kind '" + line.kind() + "'");
        }
      } catch (PatternSyntaxException e) {
        throw file.error(line, "bad regular expression: " + e.getDescription(), e);
      }
    }
    List<Example> examples = new ArrayList<>();
    for (RuleFile.Line line : file.exampleLines()) {
      String[] parts = line.text().split("\\|", 2);
      if (parts.length != 2) {
        throw file.error(line, "expected 'EXAMPLE <expected or none> | <raw>'");
      }
      String expected = parts[0].strip();
      examples.add(new Example("none".equals(expected) ? null : expected, parts[1].strip(), line.lineNo()));
    }
    // a label glued to a capitalised name ("AuthorAndreas Kalt") or followed by ':' or space
    Pattern label = Pattern.compile("^(?:" + String.join("|", labels) + ")(?:\\s*:\\s*|\\s+|(?=\\p{Lu}))", FLAGS);
    return new Bylines(label, cues, tails, rejects, examples);
  }

  /** {@return whether a class name, id, itemprop or rel value names a byline element} */
  boolean isCue(String name) {
    for (String token : CAMEL_OR_PUNCT.split(name)) {
      if (cues.contains(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether the text opens with a byline label ("Von ", "By:", "Text: ")} */
  boolean startsWithLabel(String text) {
    Matcher m = label.matcher(text.strip());
    return m.lookingAt() && m.end() < text.strip().length();
  }

  /** {@return the EXAMPLE lines, in file order} */
  List<Example> examples() {
    return examples;
  }

  /**
   * {@return the author named by a metadata value or byline, cleaned; empty when it names none}
   *
   * @param siteNames names of the site and its publisher (a value equal to one is rejected)
   */
  Optional<String> clean(String raw, List<String> siteNames) {
    if (raw == null) {
      return Optional.empty();
    }
    String b = raw.replaceAll("[\\s\\u00a0]+", " ").strip();
    if (b.isEmpty() || b.length() > MAX_LENGTH || b.startsWith("http") || b.startsWith("@") || b.startsWith("{")) {
      return Optional.empty();
    }
    // the label needs a name after it: "Von" alone is nothing, "Autor" alone is nothing
    String stripped = label.matcher(b).replaceFirst("").strip();
    if (!stripped.isEmpty()) {
      b = stripped;
    }
    Optional<DateGrammar.Found> date = DateGrammar.standard().first(b, false);
    if (date.isPresent() && date.get().start() > 0) {
      b = b.substring(0, date.get().start()).strip();
    }
    String before;
    do {
      before = b;
      for (Pattern tail : tails) {
        b = tail.matcher(b).replaceFirst("").strip();
      }
      b = b.replaceAll("[\\s,;|/–—-]+$", "").strip();
    } while (!b.equals(before) && !b.isEmpty());
    if (b.isEmpty()) {
      return Optional.empty();
    }
    for (Pattern reject : rejects) {
      if (reject.matcher(b).matches()) {
        return Optional.empty();
      }
    }
    for (String site : siteNames) {
      if (site != null && !site.isBlank() && b.equalsIgnoreCase(site.strip())) {
        return Optional.empty();
      }
    }
    return Optional.of(b);
  }
}
