package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class BoilerplateRulesTest {
  private static final BoilerplateRules RULES = BoilerplateRules.standard();
  private static final TextCleaner CLEANER = new TextCleaner(RULES);
  private static final String NEWS =
      "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks in three years, "
          + "officials said, but the meeting ended after less than two hours without a ceasefire agreement.";
  private static final String MORE_NEWS =
      "The Kremlin said a memorandum on a possible settlement was being drafted, while Kyiv repeated its call "
          + "for an unconditional thirty-day ceasefire before any meeting between the two presidents.";

  @Test
  void resourceHasExamplesForEveryRule() {
    assertThat(RULES.rules()).isNotEmpty();
    for (BoilerplateRules.Rule rule : RULES.rules()) {
      assertThat(RULES.examples()).as("EXAMPLE for rule %s", rule.name())
          .anyMatch(e -> rule.name().equals(e.rule()));
    }
    assertThat(RULES.examples()).anyMatch(e -> e.rule() == null);
    assertThat(RULES.examples()).anyMatch(e -> BoilerplateRules.AUTHOR_BIO.equals(e.rule()));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleLineHolds() {
    return RULES.examples().stream().map(example -> DynamicTest.dynamicTest(
        "line " + example.line() + ": " + example.text(), () -> {
          if (example.rule() == null) {
            assertThat(RULES.match(example.text())).as("KEEP line matched a rule").isEmpty();
            assertThat(CLEANER.clean(NEWS + "\n\n" + example.text() + "\n\n" + MORE_NEWS, "").removals())
                .as("KEEP paragraph removed by the cleaner").isEmpty();
          } else if (BoilerplateRules.AUTHOR_BIO.equals(example.rule())) {
            CleanedText cleaned = CLEANER.clean(NEWS + "\n\n" + MORE_NEWS + "\n\n" + example.text(), "");
            assertThat(cleaned.removals()).extracting(CleanedText.Removal::rule).containsExactly(BoilerplateRules.AUTHOR_BIO);
            assertThat(cleaned.text()).doesNotContain(example.text());
          } else {
            assertThat(RULES.match(example.text())).as("rule for example").contains(example.rule());
            CleanedText cleaned = CLEANER.clean(NEWS + "\n\n" + example.text() + "\n\n" + MORE_NEWS, "");
            assertThat(cleaned.text()).doesNotContain(example.text());
          }
        }));
  }

  @Test
  void rulesMatchTheWholeParagraphOnly() {
    assertThat(RULES.match("Back To Top")).contains("back_to_top");
    assertThat(RULES.match("He went back to the top of the hill before the strike.")).isEmpty();
    assertThat(RULES.match("  Back To Top  ")).contains("back_to_top");
  }

  @Test
  void rulesIgnoreLocaleCase() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(RULES.match("DID YOU KNOW?")).contains("did_you_know");
      assertThat(RULES.match("TABLE OF CONTENTS")).contains("table_of_contents");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void malformedRuleFilesFailLoudlyWithTheLine() {
    assertThatThrownBy(() -> BoilerplateRules.parse("bad.txt", List.of("# header", "RULE broken (unclosed")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.txt:2");
    assertThatThrownBy(() -> BoilerplateRules.parse("bad.txt", List.of("EXAMPLE nosuch: text")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown rule nosuch");
    assertThatThrownBy(() -> BoilerplateRules.parse("bad.txt", List.of("WHATEVER x")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.txt:1");
  }

  @Test
  void bioScoreAddsCueWeights() {
    assertThat(RULES.bioScore("Mukesh Example Profile He is an engineer")).isGreaterThanOrEqualTo(BoilerplateRules.BIO_THRESHOLD);
    assertThat(RULES.bioScore(NEWS)).isZero();
  }
}
