package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Executes every EXAMPLE line of the trigger, cue and frame files through the coder. */
class EventLexiconExamplesTest {
  private static final EventLexicon LEXICON = EventLexicon.defaults();
  private static final EventCoder CODER = new EventCoder(LEXICON);

  @TestFactory
  Stream<DynamicTest> everySentenceExampleCodesAsDocumented() {
    return LEXICON.examples().stream()
        .filter(x -> x.file().equals(EventLexicon.TRIGGERS) || x.file().equals(EventLexicon.CUES)
            || x.file().equals(EventLexicon.FRAMES))
        .map(x -> DynamicTest.dynamicTest(x.toString(), () -> {
          String problem = Expectations.check(CODER.codeSentence(x.input()), Expectations.parse(x.expected()));
          assertThat(problem).as(x + ": " + x.input()).isNull();
        }));
  }

  @Test
  void everyTriggerCueAndFrameHasAnExample() {
    List<String> missing = new ArrayList<>();
    for (TriggerRule r : LEXICON.triggers()) {
      if (LEXICON.examples().stream().noneMatch(x -> x.file().equals(EventLexicon.TRIGGERS) && x.rule().equals(r.name()))) {
        missing.add(r.name());
      }
    }
    for (CueRule r : LEXICON.cues()) {
      if (LEXICON.examples().stream().noneMatch(x -> x.file().equals(EventLexicon.CUES) && x.rule().equals(r.name()))) {
        missing.add(r.name());
      }
    }
    for (String f : LEXICON.frames().keySet()) {
      if (LEXICON.examples().stream().noneMatch(x -> x.file().equals(EventLexicon.FRAMES) && x.rule().equals(f))) {
        missing.add(f);
      }
    }
    assertThat(missing).isEmpty();
  }
}
