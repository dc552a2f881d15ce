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
  void aGoldFileThatIsNotAnArrayIsAFormatErrorNamingTheFile() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EventCodeEvaluation.readGold("g.json", "{\"id\":1}", new ArrayList<>()))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("g.json: ");
  }
}
