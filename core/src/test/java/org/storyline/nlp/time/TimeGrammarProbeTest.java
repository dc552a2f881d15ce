package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The per-word prefilter of the time grammar only skips rules that cannot match. */
class TimeGrammarProbeTest {
  @Test
  void dropsEveryLookaroundThatIsOrHoldsALookbehind() {
    assertThat(TimeGrammar.withoutLookbehinds("(?<=\\bin\\s)x(?!(?<=x)\\s+y)(?=z)"))
        .isEqualTo("(?:)x(?:)(?=z)");
    assertThat(TimeGrammar.withoutLookbehinds("(?<!\\d[.,])(?<year>\\d{4})")).isEqualTo("(?:)(?<year>\\d{4})");
  }

  @Test
  void leavesCharacterClassesEscapesAndNamedGroupsAlone() {
    String regex = "[(?<=]\\(?<!x\\)(?<name>a)(?-i:B)";
    assertThat(TimeGrammar.withoutLookbehinds(regex)).isEqualTo(regex);
  }

  @Test
  void keepsEveryRuleThatMatchesInTheRuleExamples() {
    TimeGrammar grammar = TimeGrammar.load();
    List<TimeGrammar.Rule> rules = grammar.rules();
    List<String> texts = new ArrayList<>();
    for (TimeGrammar.Rule r : rules) {
      r.examples().forEach(e -> texts.add(e.text()));
    }
    texts.add("in 1990 he said, per week, since March 3 and within two days; the '90s, about a year ago");
    int matches = 0;
    for (String text : texts) {
      for (int start = 0; start < text.length(); start++) {
        char c = text.charAt(start);
        boolean wordStart = (Character.isLetterOrDigit(c) || c == '\'' || c == '’')
            && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
        if (!wordStart) {
          continue;
        }
        int end = start + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        long[] may = grammar.mayStartWith(text.substring(start, end));
        for (int i = 0; i < rules.size(); i++) {
          Matcher m = rules.get(i).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
              .region(start, text.length());
          if (m.lookingAt()) {
            matches++;
            assertThat((may[i >> 6] & (1L << i)) != 0)
                .as("rule %s at '%s'", rules.get(i).name(), text.substring(start))
                .isTrue();
          }
        }
      }
    }
    assertThat(matches).isGreaterThan(100);
  }
}
