package org.storyline.nlp.tagger.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.nlp.tagger.NerTagging;

class NerTaskTest {
  @Test
  void spansAreMaximalRunsOfOneLabel() {
    Map<Long, String> spans = NerTask.spansOf(new String[] {"PERSON", "PERSON", "O", "LOCATION", "ORGANIZATION", "O"});
    assertThat(spans).containsOnly(Map.entry(2L, "PERSON"), Map.entry((3L << 32) | 4, "LOCATION"),
        Map.entry((4L << 32) | 5, "ORGANIZATION"));
  }

  @Test
  void aSpanIsCorrectOnlyWithTheSameWordsAndLabel() {
    Map<String, NerTask.SpanCounts> counts = new HashMap<>();
    NerTask.count(new String[] {"PERSON", "PERSON", "O", "LOCATION"}, new String[] {"PERSON", "O", "O", "LOCATION"},
        counts);
    assertThat(counts.get("PERSON")).isEqualTo(new NerTask.SpanCounts(1, 1, 0));
    assertThat(counts.get("LOCATION")).isEqualTo(new NerTask.SpanCounts(1, 1, 1));
  }

  @Test
  void spansScoresATaggerOverallAndForNames() {
    TaggedSentence s = new TaggedSentence("d", "Putin met 3 envoys".split(" "), "NNP VBD CD NNS".split(" "),
        "PERSON O NUMBER O".split(" "));
    NerTagging tagger = (w, p) -> new String[] {"PERSON", "O", "O", "O"};
    Map<String, NerTask.SpanCounts> spans = NerTask.spans(tagger, List.of(s));
    assertThat(spans.get("ALL")).isEqualTo(new NerTask.SpanCounts(2, 1, 1));
    assertThat(spans.get("NAMES").f1()).isEqualTo(1.0);
    assertThat(spans.get("ALL").recall()).isEqualTo(0.5);
  }
}
