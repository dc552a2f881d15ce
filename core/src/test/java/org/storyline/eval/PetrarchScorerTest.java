package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchScorerTest {
  private static PetrarchRecords.Triple t(String s, String tgt, String code) {
    return new PetrarchRecords.Triple(s, tgt, code);
  }

  @Test
  void exactMatchNeedsTheSameSetOfTriples() {
    PetrarchScorer s = new PetrarchScorer();
    s.add("DEMO", List.of(t("ARN", "GON", "064")), List.of(t("ARN", "GON", "064")));
    s.add("DEMO", List.of(t("ARN", "GON", "064")), List.of(t("ARN", "GON", "064"), t("GON", "ARN", "033")));
    s.add("ACTOR", List.of(t("ARN", "GON", "064")), List.of(t("ARN", null, "064")));
    PetrarchScorer.Counts c = s.total();
    assertThat(c.records()).isEqualTo(3);
    assertThat(c.exact()).isEqualTo(1);
    assertThat(c.triples().precision()).isCloseTo(2 / 4.0, within(1e-9));
    assertThat(c.triples().recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.full().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(s.byCategory().get("ACTOR").exact()).isZero();
    assertThat(s.byCategory().get("DEMO").exact()).isEqualTo(1);
  }

  @Test
  void rootCodeIsTheFirstTwoDigits() {
    PetrarchScorer s = new PetrarchScorer();
    s.add("VERB", List.of(t("ARN", "GON", "0256")), List.of(t("ARN", "GON", "020")));
    s.add("VERB", List.of(t("ARN", "GON", "190")), List.of(t("ARN", "GON", "173")));
    PetrarchScorer.Counts c = s.total();
    assertThat(c.root().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(c.full().recall()).isZero();
    assertThat(c.rootRecords()).isEqualTo(1);
    assertThat(c.sourceRight()).isEqualTo(1);
    assertThat(c.targetRight()).isEqualTo(1);
  }

  @Test
  void noEventRecordsCountAsRightOnlyWhenNothingIsCoded() {
    PetrarchScorer s = new PetrarchScorer();
    s.add("DEMO", List.of(), List.of());
    s.add("DEMO", List.of(), List.of(t("ARN", "GON", "010")));
    PetrarchScorer.Counts c = s.total();
    assertThat(c.noEvent()).isEqualTo(2);
    assertThat(c.noEventUncoded()).isEqualTo(1);
    assertThat(c.noEventRate()).isCloseTo(0.5, within(1e-9));
    assertThat(c.exact()).isEqualTo(1);
  }

  @Test
  void actorCodeAgreementLooksAtTheBestEventWithTheRightRoot() {
    PetrarchScorer s = new PetrarchScorer();
    s.add("AGENT", List.of(t("ARNGOV", "GON", "064")), List.of(t("ARN", "GON", "061"), t("XYZ", "ABC", "190")));
    PetrarchScorer.Counts c = s.total();
    assertThat(c.sourceRight()).isZero();
    assertThat(c.targetRight()).isEqualTo(1);
  }

  @Test
  void failureClassesAreOrderedFromNoEventToPairedEvents() {
    assertThat(PetrarchEvaluation.failureClass(List.of(t("A", "B", "010")), List.of(t("A", "B", "010")))).isNull();
    assertThat(PetrarchEvaluation.failureClass(List.of(), List.of(t("A", "B", "010"))))
        .isEqualTo("event coded on a no-event record");
    assertThat(PetrarchEvaluation.failureClass(List.of(t("A", "B", "010")), List.of())).isEqualTo("no event coded");
    assertThat(PetrarchEvaluation.failureClass(List.of(t("A", "B", "010")), List.of(t("A", "B", "190"))))
        .isEqualTo("wrong CAMEO root");
    assertThat(PetrarchEvaluation.failureClass(List.of(t("A", "B", "010")), List.of(t("A", "B", "013"))))
        .isEqualTo("right root, wrong full code");
    assertThat(PetrarchEvaluation.failureClass(List.of(t("A", "B", "010")), List.of(t("A", null, "010"))))
        .isEqualTo("right code, wrong actor codes");
    assertThat(PetrarchEvaluation.failureClass(List.of(t("A", "B", "032"), t("B", "A", "033")),
        List.of(t("A", "B", "032")))).isEqualTo("events missing or extra (paired events)");
  }
}
