package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TimexScorerTest {
  static Timex t(int start, int end, String type, String value) {
    return new Timex(new Span(start, end), "", type, value);
  }

  @Test
  void scoresStrictRelaxedValueAndTypeAsTheTempEval3Toolkit() {
    // gold: four timexes; system: exact+right, overlap+wrong value, exact+wrong type, one false positive
    List<Timex> gold = List.of(t(0, 9, "DATE", "1998-08-06"), t(20, 34, "DATE", "1998-W32"),
        t(40, 46, "DURATION", "P1W"), t(60, 66, "DATE", "1998"));
    List<Timex> system = List.of(t(0, 9, "DATE", "1998-08-06"), t(25, 34, "DATE", "1998-08-03"),
        t(40, 46, "DATE", "P1W"), t(80, 85, "TIME", "1998-08-07T10:00"));
    TimexScorer scorer = new TimexScorer();
    scorer.add(gold, system, null);
    TimexScorer.Counts c = scorer.counts();
    assertThat(c).isEqualTo(new TimexScorer.Counts(4, 4, 3, 2, 2, 2));
    assertThat(c.strict().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(c.relaxed().precision()).isCloseTo(0.75, within(1e-9));
    assertThat(c.relaxed().recall()).isCloseTo(0.75, within(1e-9));
    // value F1 = value accuracy over relaxed matches (2/3) x relaxed F1 (0.75) = 0.5 = 2V/(S+G)
    assertThat(c.valueAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.value().f1()).isCloseTo(c.valueAccuracy() * c.relaxed().f1(), within(1e-9));
    assertThat(c.value().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(c.type().f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void attributeF1FollowsRelaxedF1WhenPrecisionAndRecallDiffer() {
    // 2 gold, 1 system matching the first with the right value: relaxed P 1, R 0.5, F1 2/3
    TimexScorer scorer = new TimexScorer();
    scorer.add(List.of(t(0, 5, "DATE", "2001"), t(10, 15, "DATE", "2002")), List.of(t(0, 5, "DATE", "2001")), null);
    TimexScorer.Counts c = scorer.counts();
    assertThat(c.relaxed().f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.value().f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.value().precision()).isCloseTo(1.0, within(1e-9));
    assertThat(c.value().recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void eachTimexMatchesAtMostOnceAndPrefersTheLargestOverlap() {
    // one long gold timex overlapped by two system timexes: only one relaxed pair, the larger overlap
    TimexScorer scorer = new TimexScorer();
    scorer.add(List.of(t(0, 20, "DATE", "A")), List.of(t(0, 3, "DATE", "B"), t(5, 20, "DATE", "A")), null);
    TimexScorer.Counts c = scorer.counts();
    assertThat(c.relaxedMatches()).isEqualTo(1);
    assertThat(c.valueMatches()).isEqualTo(1);
    assertThat(c.strictMatches()).isZero();
    assertThat(c.relaxed().precision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void adjacentExtentsDoNotOverlap() {
    TimexScorer scorer = new TimexScorer();
    scorer.add(List.of(t(0, 5, "DATE", "A")), List.of(t(5, 9, "DATE", "A")), null);
    assertThat(scorer.counts().relaxedMatches()).isZero();
  }

  @Test
  void countsAreMicroAveragedOverDocuments() {
    TimexScorer scorer = new TimexScorer();
    scorer.add(List.of(t(0, 5, "DATE", "A")), List.of(t(0, 5, "DATE", "A")), null);
    scorer.add(List.of(t(0, 5, "DATE", "B"), t(7, 9, "SET", "P1D"), t(12, 14, "DATE", "C")), List.of(), null);
    assertThat(scorer.counts().relaxed().recall()).isCloseTo(0.25, within(1e-9));
    assertThat(scorer.counts().relaxed().precision()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void keepsReadableErrorLinesUpToTheLimit() {
    TimexScorer scorer = new TimexScorer(2);
    String text = "on Monday and next week too";
    scorer.add(List.of(t(3, 9, "DATE", "1998-08-03"), t(14, 23, "DATE", "1998-W33")),
        List.of(t(3, 9, "DATE", "1998-08-10"), t(24, 27, "DATE", "X")), text);
    assertThat(scorer.errors()).containsExactly("VAL  'Monday' 1998-08-10 vs gold 1998-08-03",
        "MISS DATE 1998-W33 'next week'");
  }

  @Test
  void noTimexesAtAllGiveZerosNotNaN() {
    TimexScorer scorer = new TimexScorer();
    scorer.add(List.of(), List.of(), null);
    assertThat(scorer.counts().value().f1()).isZero();
    assertThat(scorer.counts().valueAccuracy()).isZero();
  }
}
