package org.storyline.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.storyline.pipeline.RuleFile;

/**
 * Recognises reports of a habit or standing pattern ("Putin has previously declined Zelensky's
 * attempts at a meeting since the war began", "Moscow has repeatedly rejected talks") as opposed
 * to reports of one happening. Rules come from {@value #RESOURCE}; they are matched in the clause
 * of the sentence that holds the event's trigger.
 *
 * <p>Immutable and thread-safe.
 */
public final class HabitualCues {
  /** The classpath resource holding the standard rules. */
  public static final String RESOURCE = "/fusion/habitual.v1.txt";

  private static final Pattern CLAUSE_END = Pattern.compile(
      "[;:]|,\\s+(?:but|while|whereas|although|though|as|and|yet)\\s");
  private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|had|'s|’s)\\b");

  private static final HabitualCues STANDARD = load();

  private final List<Pattern> habitual;
  private final List<Pattern> spans;
  private final List<String> examples;

  private HabitualCues(List<Pattern> habitual, List<Pattern> spans, List<String> examples) {
    this.habitual = List.copyOf(habitual);
    this.spans = List.copyOf(spans);
    this.examples = List.copyOf(examples);
  }

  /** {@return the rules shipped in {@value #RESOURCE}} */
  public static HabitualCues standard() {
    return STANDARD;
  }

  /**
   * {@return rules parsed from the text of a habitual-cues resource}
   *
   * @throws IllegalArgumentException on a malformed line or regex
   */
  public static HabitualCues parse(String text) {
    return parse(RuleFile.parse(text, "habitual"));
  }

  private static HabitualCues parse(RuleFile file) {
    List<Pattern> habitual = new ArrayList<>();
    List<Pattern> spans = new ArrayList<>();
    for (RuleFile.Line line : file.rules()) {
      if (!line.hasKind()) {
        throw file.error(line, "expected '<kind> | <regex>': " + line.text());
      }
      Pattern p;
      try {
        p = Pattern.compile(line.value());
      } catch (PatternSyntaxException e) {
        throw file.error(line, "bad regex: " + e.getMessage(), e);
      }
      switch (line.kind()) {
        case "habitual" -> habitual.add(p);
        case "span" -> spans.add(p);
        default -> throw file.error(line, "unknown kind " + line.kind());
      }
    }
    return new HabitualCues(habitual, spans, file.examples());
  }

  private static HabitualCues load() {
    return parse(RuleFile.load(HabitualCues.class, RESOURCE, "habitual"));
  }

  /**
   * {@return whether the clause of {@code sentence} holding offset {@code trigger} reports a habit}
   * An offset outside the sentence is read as its start.
   *
   * @param sentence the sentence text
   * @param trigger the trigger's offset within {@code sentence}
   */
  public boolean isHabitual(String sentence, int trigger) {
    if (sentence == null || sentence.isEmpty()) {
      return false;
    }
    int at = Math.max(0, Math.min(trigger, sentence.length()));
    String lower = sentence.toLowerCase(Locale.ROOT);
    int from = 0;
    int to = lower.length();
    Matcher m = CLAUSE_END.matcher(lower);
    while (m.find()) {
      if (m.end() <= at) {
        from = m.end();
      } else if (m.start() >= at) {
        to = m.start();
        break;
      }
    }
    String clause = lower.substring(from, to);
    for (Pattern p : habitual) {
      if (p.matcher(clause).find()) {
        return true;
      }
    }
    for (Pattern p : spans) {
      Matcher s = p.matcher(clause);
      if (s.find() && PERFECT.matcher(clause.substring(0, s.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** {@return the EXAMPLE lines of the resource, without the "EXAMPLE " prefix} */
  public List<String> examples() {
    return examples;
  }
}
