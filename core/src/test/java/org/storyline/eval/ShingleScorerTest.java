package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
  @Test
  void tokensAreLowerCasedLetterAndDigitRunsAndEachHanCharacterIsOne() {
    assertThat(ShingleScorer.tokens("Trump–Putin summit, 15 Aug. 2025!")).containsExactly("trump", "putin", "summit",
        "15", "aug", "2025");
    assertThat(ShingleScorer.tokens("北京 talks")).containsExactly("北", "京", "talks");
    assertThat(ShingleScorer.tokens("Müller’s café")).containsExactly("müller", "s", "café");
  }

  @Test
  void shinglesAreFourTokenWindowsOrTheWholeShortSequence() {
    assertThat(ShingleScorer.shingles(ShingleScorer.tokens("a b c d e"))).hasSize(2)
        .containsKeys(List.of("a", "b", "c", "d"), List.of("b", "c", "d", "e"));
    assertThat(ShingleScorer.shingles(ShingleScorer.tokens("Impressum Kontakt")))
        .containsOnlyKeys(List.of(List.of("impressum", "kontakt")));
    assertThat(ShingleScorer.shingles(List.of())).isEmpty();
  }

  @Test
  void referenceScoreCountsSharedShinglesAsMultisets() {
    // output: a b c d e a b c d -> 6 shingles, reference a b c d e -> 2; shared: abcd (min 1) and bcde
    Prf p = ShingleScorer.score("a b c d e a b c d", "A, b c d e");
    assertThat(p.precision()).isCloseTo(2 / 6.0, within(1e-9));
    assertThat(p.recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void snippetShinglesGiveCreditForThePartOfASnippetThatWasExtracted() {
    // "with" has 3 shingles; the output keeps the first four words only -> 1 TP, 2 FN
    SnippetScorer.Counts c = ShingleScorer.count(List.of("one two three four five six"),
        List.of("share this page", "print"), "One two three four. Share this page");
    assertThat(c).isEqualTo(new SnippetScorer.Counts(1, 1, 2, 1));
    assertThat(ShingleScorer.count(List.of("x y"), List.of("z"), null)).isEqualTo(new SnippetScorer.Counts(0, 0, 1, 1));
  }

  @Test
  void punctuationAndCaseDoNotCostShingleMatches() {
    SnippetScorer.Counts c = ShingleScorer.count(List.of("The talks, in Riyadh, ended."), List.of(),
        "the talks in riyadh ended");
    assertThat(c.tp()).isEqualTo(2);
    assertThat(c.fn()).isZero();
  }
}
