package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;

class AnalysisFramesTest {
  private static final EventCoder CODER = new EventCoder(EventLexicon.defaults());

  private static List<EventMention> on(String sentence, String trigger) {
    return CODER.codeSentence(sentence).stream()
        .filter(m -> sentence.substring(m.trigger().start(), m.trigger().end()).contains(trigger)).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCodesAsDocumented() {
    List<AnalysisFrames.Example> examples = AnalysisFrames.standard().examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    return examples.stream().map(x -> DynamicTest.dynamicTest(x.name() + ": " + x.sentence(), () -> {
      List<EventMention> found = on(x.sentence(), x.trigger());
      if (x.name().equals("event")) {
        assertThat(found).as("%s in %s", x.trigger(), CODER.codeSentence(x.sentence())).isNotEmpty()
            .noneMatch(m -> m.status() == EventStatus.HYPOTHETICAL);
      } else {
        assertThat(found).as("%s in %s", x.trigger(), CODER.codeSentence(x.sentence()))
            .allMatch(m -> m.status() == EventStatus.HYPOTHETICAL);
      }
    }));
  }

  @Test
  void everyRuleHasAnExample() {
    AnalysisFrames frames = AnalysisFrames.standard();
    for (AnalysisFrames.Example x : frames.examples()) {
      if (!x.name().equals("event")) {
        int at = x.sentence().indexOf(x.trigger());
        assertThat(frames.frameOf(x.sentence(), at, at + x.trigger().length())).as(x.toString()).isEqualTo(x.name());
      }
    }
  }

  @Test
  void aTriggerOutsideTheFrameIsNews() {
    String s = "The EU imposed sanctions on Russia, whose role in supporting the war is clear.";
    int at = s.indexOf("sanctions");
    assertThat(AnalysisFrames.standard().frameOf(s, at, at + "sanctions".length())).isNull();
    assertThat(on(s, "sanctions")).isNotEmpty().noneMatch(m -> m.status() == EventStatus.HYPOTHETICAL);
  }

  @Test
  void rejectsAMalformedRule() {
    assertThatThrownBy(() -> AnalysisFrames.parse("x | inside | y")).isInstanceOf(IllegalArgumentException.class);
  }
}
