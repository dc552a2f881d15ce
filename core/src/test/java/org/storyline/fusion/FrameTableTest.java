package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTableTest {
  private final FrameTable table = FrameTable.standard();

  @Test
  void everyExampleInTheResourceHolds() {
    List<String> examples = table.examples();
    assertThat(examples).isNotEmpty();
    for (String example : examples) {
      int colon = example.indexOf(':');
      String kind = example.substring(0, colon);
      String body = example.substring(colon + 1).strip();
      switch (kind) {
        case "same-family": {
          String[] f = body.split("\\s+");
          assertThat(table.sameFamily(f[0], f[1])).as(example).isTrue();
          break;
        }
        case "other-family": {
          String[] f = body.split("\\s+");
          assertThat(table.sameFamily(f[0], f[1])).as(example).isFalse();
          break;
        }
        case "summary": {
          String[] io = body.split("->");
          String input = io[0].strip();
          String frame = input.substring(0, input.indexOf(' ') < 0 ? input.length() : input.indexOf(' '));
          String[] parts = (input.substring(frame.length()) + " ").split(";", -1);
          assertThat(table.summary(frame, names(parts[0]), names(parts[1]), parts[2].isBlank() ? null : parts[2].strip()))
              .as(example).isEqualTo(io[1].strip());
          break;
        }
        default:
          throw new AssertionError("unknown example kind: " + example);
      }
    }
  }

  private static List<String> names(String s) {
    List<String> out = new ArrayList<>();
    if (!s.isBlank()) {
      out.add(s.strip());
    }
    return out;
  }

  @Test
  void unknownFramesAreTheirOwnFamily() {
    assertThat(table.frame("PROTEST").family()).isEqualTo("frame:PROTEST");
    assertThat(table.sameFamily("PROTEST", "protest")).isTrue();
    assertThat(table.sameFamily("PROTEST", "MEET")).isFalse();
    assertThat(table.frame("PROTEST").symmetric()).isFalse();
  }

  @Test
  void rejectsAFamilyWhoseFramesDisagree() {
    assertThatThrownBy(() -> FrameTable.parse(
        "A | family=f | symmetric=yes | window=3 | verb=v | noun=n\nB | family=f | symmetric=no | window=3 | verb=v | noun=n\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share family f");
  }

  @Test
  void summaryJoinsSeveralObjects() {
    assertThat(table.summary("MEET", List.of("Donald Trump"), List.of("Volodymyr Zelenskyy", "Emmanuel Macron",
        "Keir Starmer"), "White House"))
        .isEqualTo("Donald Trump meets Volodymyr Zelenskyy, Emmanuel Macron and Keir Starmer (White House)");
  }
}
