package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {
  @Test
  void withSnippetsFoundAreTruePositivesAndWithoutSnippetsFoundAreFalsePositives() {
    SnippetScorer.Counts c = SnippetScorer.count(
        List.of("The minister said", "talks resume Monday", "not in the text"),
        List.of("Share on Facebook", "Imprint"),
        "The minister said talks resume Monday.\n\nShare on Facebook");
    assertThat(c).isEqualTo(new SnippetScorer.Counts(2, 1, 1, 1));
    assertThat(c.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.accuracy()).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(c.f1()).isCloseTo(4 / 6.0, within(1e-9));
  }

  @Test
  void whitespaceRunsIncludingNoBreakSpacesAndLineBreaksMatchOneSpace() {
    SnippetScorer.Counts c = SnippetScorer.count(List.of("  Kyiv\u00a0and \n Moscow "), List.of(),
        "Kyiv and\n\nMoscow agreed");
    assertThat(c.tp()).isEqualTo(1);
    assertThat(SnippetScorer.norm("\u2003a\t\u202fb\u2028 ")).isEqualTo("a b");
  }

  @Test
  void matchingIsCaseAndPunctuationSensitiveSubstringSearch() {
    SnippetScorer.Counts c = SnippetScorer.count(List.of("the minister", "Minister said,"), List.of(),
        "The Minister said.");
    assertThat(c.tp()).isZero();
    assertThat(c.fn()).isEqualTo(2);
  }

  @Test
  void noOutputMissesEveryWithAndAvoidsEveryWithout() {
    assertThat(SnippetScorer.count(List.of("a", "b"), List.of("c"), null))
        .isEqualTo(new SnippetScorer.Counts(0, 0, 2, 1));
  }

  @Test
  void countsSumOverPagesBeforeTheRatiosAreTaken() {
    SnippetScorer.Counts a = new SnippetScorer.Counts(1, 0, 0, 1);
    SnippetScorer.Counts b = new SnippetScorer.Counts(0, 1, 3, 0);
    SnippetScorer.Counts sum = a.plus(b);
    assertThat(sum).isEqualTo(new SnippetScorer.Counts(1, 1, 3, 1));
    assertThat(sum.f1()).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(SnippetScorer.Counts.ZERO.f1()).isZero();
    assertThat(SnippetScorer.Counts.ZERO.precision()).isZero();
  }
}
