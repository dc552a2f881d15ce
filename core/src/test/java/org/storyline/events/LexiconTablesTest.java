package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.EntityId;

/** Executes the EXAMPLE lines of the CAMEO-to-PLOVER and actor-code tables, and checks parsing. */
class LexiconTablesTest {
  private static final EventLexicon LEXICON = EventLexicon.defaults();

  @TestFactory
  Stream<DynamicTest> cameoPloverExamplesResolveWithPrefixFallback() {
    return LEXICON.examples().stream()
        .filter(x -> x.file().equals(EventLexicon.PLOVER))
        .map(x -> DynamicTest.dynamicTest(x.toString(), () -> {
          String[] want = x.expected().split("\\s+");
          PloverCode p = LEXICON.findPlover(x.input()).orElseThrow();
          assertThat(p.type()).isEqualTo(want[0]);
          assertThat(p.mode()).isEqualTo(want[1].equals("-") ? "" : want[1]);
          assertThat(p.legacyType()).isEqualTo(want[2]);
        }));
  }

  @TestFactory
  Stream<DynamicTest> actorCodeExamplesResolve() {
    return LEXICON.examples().stream()
        .filter(x -> x.file().equals(EventLexicon.ACTORS))
        .map(x -> DynamicTest.dynamicTest(x.toString(), () -> {
          String code = x.input().startsWith("id:")
              ? LEXICON.findActorCode(EntityId.of(x.input().substring(3)), "x").orElse("-")
              : LEXICON.findActorCode(null, x.input()).orElse("-");
          assertThat(code).isEqualTo(x.expected());
        }));
  }

  @Test
  void everyFrameCodeHasAPloverReading() {
    for (Frame f : LEXICON.frames().values()) {
      for (Frame.Column c : Frame.Column.values()) {
        String code = f.code(c, null);
        assertThat(LEXICON.findPlover(code)).as(f.name() + " " + c + " " + code).isPresent();
      }
    }
    for (TriggerRule r : LEXICON.triggers()) {
      if (r.code() != null) {
        assertThat(LEXICON.findPlover(r.code())).as(r.name()).isPresent();
      }
    }
  }

  @Test
  void malformedRuleNamesFileAndLine() {
    String frames = "MEET | 040 | 036 | 026 | 106 | 125 | 134 | with | MEET | meetings\n";
    String plover = "04 | CONSULT | - | CONSULT | consult\n";
    assertThatThrownBy(() -> EventLexicon.fromTexts("bad | meet | Q | MEET | - | 0.5\n", "", frames, plover, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("triggers.v1.txt:1");
    assertThatThrownBy(() -> EventLexicon.fromTexts("t | meet | V | NOPE | - | 0.5\n", "", frames, plover, ""))
        .hasMessageContaining("unknown frame NOPE");
  }

  @Test
  void aSmallHandWrittenLexiconCodes() {
    EventLexicon tiny = EventLexicon.fromTexts(
        "meet.verb | meet | V | MEET | - | 0.8\n",
        "urge | urge | REQUESTED | B | 10 | 1 | appeal | 020 | - | 0.8\n",
        "MEET | 040 | 036 | 026 | 106 | 125 | 134 | with | MEET | meetings\n",
        "02 | REQUEST | - | DEMAND | appeal\n03 | AGREE | - | AGREE | intent\n04 | CONSULT | - | CONSULT | consult\n",
        "name:paris | FRA\n");
    var events = new EventCoder(tiny).codeSentence("Macron urged Putin to meet Zelensky in Paris.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.status().name()).isEqualTo("REQUESTED");
      assertThat(e.cameo()).isEqualTo("026");
      assertThat(e.plover()).isEqualTo("REQUEST");
      assertThat(e.location().actorCode()).isNull();
    });
  }
}
