package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodeScorerTest {
  private static EventCodeScorer.Predicted p(String type, String cameo) {
    return new EventCodeScorer.Predicted(type, cameo);
  }

  @Test
  void typeAccuracyJudgesOnlyTheTopEventAndCountsASentenceWithoutEventsAsWrong() {
    EventCodeScorer s = new EventCodeScorer();
    s.add(new EventCodeScorer.Gold("a", "AGREE", null), List.of(p("AGREE", "057"), p("REJECT", "12")));
    s.add(new EventCodeScorer.Gold("b", "REJECT", null), List.of(p("AGREE", "057"), p("REJECT", "12")));
    s.add(new EventCodeScorer.Gold("c", "FIGHT", null), List.of());
    s.add(new EventCodeScorer.Gold("d", "DEMAND", null), List.of(p("DEMAND", "10")));
    EventCodeScorer.Counts c = s.counts();
    assertThat(c.records()).isEqualTo(4);
    assertThat(c.withEvent()).isEqualTo(3);
    assertThat(c.typeAccuracy()).isEqualTo(0.5);
    assertThat(c.typeAccuracyWithEvent()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.coverage()).isEqualTo(0.75);
    assertThat(c.cameoGold()).isZero();
    assertThat(c.root().f1()).isZero();
  }

  private static EventCodeScorer.Predicted p(String type, String cameo, String mode) {
    return new EventCodeScorer.Predicted(type, cameo, mode);
  }

  private static EventCodeScorer.Gold g(String id, String type, String... modes) {
    return new EventCodeScorer.Gold(id, type, null, List.of(modes));
  }

  @Test
  void modeAccuracyNeedsTheTopEventsTypeAndModeAndSkipsRecordsWithoutAGoldMode() {
    EventCodeScorer s = new EventCodeScorer();
    s.add(g("a", "PROTEST", "hunger"), List.of(p("PROTEST", "142", "hunger")));          // right
    s.add(g("b", "PROTEST", "demo"), List.of(p("PROTEST", "145", "riot")));              // type right, mode wrong
    s.add(g("c", "COERCE", "arrest"), List.of(p("ASSAULT", "181", "abduct"),
        p("COERCE", "173", "arrest")));                                                    // only a lower event fits
    s.add(g("d", "FIGHT", "heavy-weapons"), List.of());                                  // no event
    s.add(g("e", "RETREAT", " "), List.of(p("RETREAT", "0841", "release")));             // blank gold mode: not scored
    s.add(g("f", "AGREE"), List.of(p("AGREE", "030", "")));                              // no gold mode: not scored
    EventCodeScorer.Counts c = s.counts();
    assertThat(c.modeGold()).isEqualTo(4);
    assertThat(c.modeTypeRight()).isEqualTo(2);
    assertThat(c.modeCorrect()).isEqualTo(1);
    assertThat(c.modeAccuracy()).isEqualTo(0.25);
    assertThat(c.modeAccuracyGivenType()).isEqualTo(0.5);
    assertThat(c.typeAccuracy()).isCloseTo(4 / 6.0, within(1e-9));
  }

  @Test
  void aPredictionMatchingAnyOfSeveralGoldModesIsRight() {
    EventCodeScorer s = new EventCodeScorer();
    s.add(g("a", "ASSAULT", "beat", "primitive"), List.of(p("ASSAULT", "182", "beat")));
    s.add(g("b", "ASSAULT", "beat", "primitive"), List.of(p("ASSAULT", "180", null)));
    EventCodeScorer.Counts c = s.counts();
    assertThat(c.modeCorrect()).isEqualTo(1);
    assertThat(c.modeAccuracy()).isEqualTo(0.5);
  }

  @Test
  void withoutAnyGoldModeTheModeAccuraciesAreZeroNotUndefined() {
    EventCodeScorer s = new EventCodeScorer();
    s.add(g("a", "AGREE"), List.of(p("AGREE", "030", "")));
    assertThat(s.counts().modeGold()).isZero();
    assertThat(s.counts().modeAccuracy()).isZero();
    assertThat(s.counts().modeAccuracyGivenType()).isZero();
  }

  @Test
  void cameoRootAndFullCodeAreScoredOnlyWhereTheGoldHasACode() {
    EventCodeScorer s = new EventCodeScorer();
    s.add(new EventCodeScorer.Gold("a", "CONSULT", "042"), List.of(p("CONSULT", "042")));
    s.add(new EventCodeScorer.Gold("b", "CONSULT", "043"), List.of(p("CONSULT", "042")));
    s.add(new EventCodeScorer.Gold("c", "REJECT", "120"), List.of(p("THREATEN", "138")));
    s.add(new EventCodeScorer.Gold("d", "FIGHT", "190"), List.of());
    s.add(new EventCodeScorer.Gold("e", "AGREE", " "), List.of(p("AGREE", "057")));
    EventCodeScorer.Counts c = s.counts();
    assertThat(c.cameoGold()).isEqualTo(4);
    assertThat(c.cameoSystem()).isEqualTo(3);
    assertThat(c.root()).isEqualTo(Prf.of(2, 3, 4));
    assertThat(c.full()).isEqualTo(Prf.of(1, 3, 4));
    assertThat(c.full().f1()).isCloseTo(2 * (1 / 3.0) * 0.25 / (1 / 3.0 + 0.25), within(1e-9));
  }

  @Test
  void readsPloverGoldRecordsSkippingTheDocumentHeaderAndReportingRecordsWithoutText() throws Exception {
    String json = "[{\"id\":\"X-DOCUMENT-0001\",\"event\":\"DOCUMENT\"},"
        + "{\"id\":\"X-AGREE-0001\",\"event\":\"AGREE\",\"text\":\"A and B agreed.\",\"source\":[{\"actorText\":\"A\",\"code\":\"HUN\"}]},"
        + "{\"id\":\"X-FIGHT-0002\",\"event\":\"FIGHT\",\"text\":\"\"},"
        + "{\"id\":\"X-CONSULT-0003\",\"event\":\"CONSULT\",\"cameo\":\"042\",\"text\":\"A visited B.\"}]";
    List<String> problems = new ArrayList<>();
    List<EventCodeEvaluation.Sentence> gold = EventCodeEvaluation.readGold("g.json", json, problems);
    assertThat(gold).extracting(x -> x.gold().id()).containsExactly("X-AGREE-0001", "X-CONSULT-0003");
    assertThat(gold.get(0).gold().cameo()).isNull();
    assertThat(gold.get(1).gold().cameo()).isEqualTo("042");
    assertThat(problems).singleElement().asString().contains("X-FIGHT-0002");
  }

  @Test
  void readsGoldModesMappedToPlover2AndReportsModesTheTableLacks() throws Exception {
    String json = "[{\"id\":\"X-PROTEST-0001\",\"event\":\"PROTEST\",\"mode\":\"strike-hun\",\"text\":\"t1\"},"
        + "{\"id\":\"X-RETREAT-0002\",\"event\":\"RETREAT\",\"mode\":\"\",\"text\":\"t2\"},"
        + "{\"id\":\"X-ASSAULT-0003\",\"event\":\"ASSAULT\",\"mode\":[\"beat\",\"primitive\"],\"text\":\"t3\"},"
        + "{\"id\":\"X-COERCE-0004\",\"event\":\"COERCE\",\"mode\":\"Teleport\",\"text\":\"t4\"}]";
    List<String> problems = new ArrayList<>();
    List<EventCodeEvaluation.Sentence> gold = EventCodeEvaluation.readGold("g.json", json, problems);
    assertThat(gold).extracting(x -> x.gold().modes()).containsExactly(
        List.of("hunger"), List.of(), List.of("beat", "primitive"), List.of("teleport"));
    assertThat(problems).singleElement().asString().contains("X-COERCE-0004").contains("COERCE/Teleport");
  }

  @Test
  void theHalvesSplitByTheIdsChecksumNotByPosition() {
    assertThat(EventCodeEvaluation.half("PLOVER-GSR01-AGREE-0001")).isIn('A', 'B');
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(crc.getValue()).isEqualTo(0x352441C2L);
    assertThat(EventCodeEvaluation.half("abc")).isEqualTo('A');
    crc.reset();
    crc.update("abd".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(EventCodeEvaluation.half("abd")).isEqualTo(crc.getValue() % 2 == 0 ? 'A' : 'B');
  }

  @Test
  void aGoldFileThatIsNotAnArrayIsAFormatErrorNamingTheFile() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EventCodeEvaluation.readGold("g.json", "{\"id\":1}", new ArrayList<>()))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("g.json: ");
  }
}
