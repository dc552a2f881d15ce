package org.storyline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.pipeline.RuleFile;

/**
 * Tells unconventional violence from conventional military force for a generic attack word,
 * with the rules of {@value #RESOURCE}: gunmen, mobs, civilian victims or primitive weapons make
 * CAMEO 190 into 180, protesters clashing with police into 145. Immutable and thread-safe.
 */
final class ViolenceKinds {
  /** The classpath resource holding the standard rules. */
  static final String RESOURCE = "/events/violence.v1.txt";

  /** The generic code the rules refine. */
  static final String GENERIC_ATTACK = "190";

  /**
   * One rule.
   *
   * @param name its name
   * @param words words that select it (lower case)
   * @param code the CAMEO code it gives
   * @param triggers attack words it is limited to, empty for any
   */
  record Rule(String name, Set<String> words, String code, Set<String> triggers) {}

  private static final ViolenceKinds STANDARD = parse(RuleFile.load(ViolenceKinds.class, RESOURCE, "events/violence.v1.txt"));

  private final List<Rule> rules;
  private final List<String> examples;

  private ViolenceKinds(List<Rule> rules, List<String> examples) {
    this.rules = List.copyOf(rules);
    this.examples = List.copyOf(examples);
  }

  static ViolenceKinds standard() {
    return STANDARD;
  }

  /** {@return the rules of a rule file} @throws IllegalArgumentException naming the line of a bad rule */
  static ViolenceKinds parse(RuleFile file) {
    List<Rule> rules = new ArrayList<>();
    for (RuleFile.Line l : file.rules()) {
      String[] f = l.text().split("\\|", -1);
      if (f.length != 4 || f[0].isBlank() || f[1].isBlank()) {
        throw file.error(l, "expected 'name | words | code | triggers'");
      }
      String code = f[2].strip();
      if (!code.matches("\\d{2,4}")) {
        throw file.error(l, "not a CAMEO code: " + code);
      }
      String triggers = f[3].strip();
      rules.add(new Rule(f[0].strip(), words(f[1]), code, triggers.equals("-") ? Set.of() : words(triggers)));
    }
    return new ViolenceKinds(rules, file.examples());
  }

  private static Set<String> words(String list) {
    List<String> out = new ArrayList<>();
    for (String w : list.split(",")) {
      if (!w.isBlank()) {
        out.add(w.strip().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * {@return the refined code of a generic attack (CAMEO 190) whose trigger spans tokens [start,
   * end) of the sentence, or {@code code} itself when it is not 190 or no rule applies}
   */
  String refine(SentenceView v, int start, int end, String code) {
    if (!GENERIC_ATTACK.equals(code)) {
      return code;
    }
    for (Rule r : rules) {
      if (!r.triggers().isEmpty() && !anyMatches(v, start, end, r.triggers())) {
        continue;
      }
      if (anyMatches(v, 0, v.size(), r.words())) {
        return r.code();
      }
    }
    return code;
  }

  private static boolean anyMatches(SentenceView v, int from, int to, Set<String> words) {
    for (int k = from; k < to; k++) {
      if (v.get(k).matchesAny(words)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the file's EXAMPLE lines without the prefix} */
  List<String> examples() {
    return examples;
  }
}
