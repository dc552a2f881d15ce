package org.storyline.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Analysis and conditional frames around a trigger ("the role the US will play in supporting
 * Ukraine", "is expected to serve as a platform for further discussions", "has been crucial in
 * providing aid", "sanctions should they fail to comply"), read from {@value #RESOURCE}. A trigger
 * inside one is commentary or a condition, not news: the coder codes it HYPOTHETICAL.
 *
 * <p>Immutable and thread-safe.
 */
final class AnalysisFrames {
  /** The classpath resource holding the standard rules. */
  static final String RESOURCE = "/events/analysis.v1.txt";

  /** One rule: its name, whether it reads the text before (else after) the trigger, its regex. */
  record Rule(String name, boolean before, Pattern pattern) {}

  /** One EXAMPLE line: the rule name (or "event" for a control), the sentence, the trigger word. */
  record Example(String name, String sentence, String trigger) {}

  private static final AnalysisFrames STANDARD = load();

  private final List<Rule> rules;
  private final List<Example> examples;

  private AnalysisFrames(List<Rule> rules, List<Example> examples) {
    this.rules = List.copyOf(rules);
    this.examples = List.copyOf(examples);
  }

  static AnalysisFrames standard() {
    return STANDARD;
  }

  /** {@return rules parsed from a resource text} @throws IllegalArgumentException on a bad line */
  static AnalysisFrames parse(String text) {
    List<Rule> rules = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("EXAMPLE ")) {
        String body = line.substring("EXAMPLE ".length());
        int colon = body.indexOf(':');
        int arrow = body.lastIndexOf("=>");
        if (colon < 0 || arrow < colon) {
          throw new IllegalArgumentException("analysis line " + lineNo + ": expected 'EXAMPLE name: sentence => trigger'");
        }
        examples.add(new Example(body.substring(0, colon).strip(), body.substring(colon + 1, arrow).strip(),
            body.substring(arrow + 2).strip()));
        continue;
      }
      String[] f = line.split("\\|", 3);
      if (f.length != 3) {
        throw new IllegalArgumentException("analysis line " + lineNo + ": expected 'name | before|after | regex'");
      }
      String where = f[1].strip();
      if (!where.equals("before") && !where.equals("after")) {
        throw new IllegalArgumentException("analysis line " + lineNo + ": 'before' or 'after' expected, got " + where);
      }
      try {
        rules.add(new Rule(f[0].strip(), where.equals("before"), Pattern.compile(f[2].strip())));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("analysis line " + lineNo + ": bad regex: " + e.getMessage(), e);
      }
    }
    return new AnalysisFrames(rules, examples);
  }

  private static AnalysisFrames load() {
    try (InputStream in = AnalysisFrames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * {@return the name of the first rule whose frame holds the trigger, or null}
   *
   * @param sentence the sentence text
   * @param start the trigger's start offset within {@code sentence}
   * @param end the trigger's end offset within {@code sentence}
   */
  String frameOf(String sentence, int start, int end) {
    if (sentence == null || start < 0 || end < start || end > sentence.length()) {
      return null;
    }
    String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    String before = lower.substring(0, start);
    String after = lower.substring(end);
    for (Rule r : rules) {
      if (r.pattern().matcher(r.before() ? before : after).find()) {
        return r.name();
      }
    }
    return null;
  }

  List<Example> examples() {
    return examples;
  }
}
