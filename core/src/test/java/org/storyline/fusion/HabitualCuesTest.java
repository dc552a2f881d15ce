package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HabitualCuesTest {
  private final HabitualCues cues = HabitualCues.standard();

  @Test
  void everyExampleInTheResourceHolds() {
    assertThat(cues.examples()).isNotEmpty();
    for (String example : cues.examples()) {
      int colon = example.indexOf(':');
      String kind = example.substring(0, colon);
      String marked = example.substring(colon + 1).strip();
      int at = marked.indexOf('[');
      String sentence = marked.replace("[", "").replace("]", "");
      assertThat(cues.isHabitual(sentence, at)).as(example).isEqualTo(kind.equals("habitual"));
    }
  }

  @Test
  void aSinceSpanNeedsAPerfectVerbInTheClause() {
    String s = "Zelensky will meet Putin, the first meeting since the war began.";
    assertThat(cues.isHabitual(s, s.indexOf("meet"))).isFalse();
    String h = "Kyiv has sought a meeting since the war began.";
    assertThat(cues.isHabitual(h, h.indexOf("meeting"))).isTrue();
  }

  @Test
  void aCueInAnotherClauseDoesNotCount() {
    String s = "Moscow has repeatedly rejected talks, but Putin agreed to a meeting on Friday.";
    assertThat(cues.isHabitual(s, s.indexOf("talks"))).isTrue();
    assertThat(cues.isHabitual(s, s.indexOf("meeting"))).isFalse();
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> HabitualCues.parse("often | x")).isInstanceOf(IllegalArgumentException.class);
  }
}
