package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EventStatus;

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
          String head = input.substring(0, input.indexOf(' ') < 0 ? input.length() : input.indexOf(' '));
          String[] parts = (input.substring(head.length()) + " ").split(";", -1);
          String[] key = head.split("/");
          EventStatus status = key.length > 1 ? EventStatus.parse(key[1]) : EventStatus.OCCURRED;
          String plover = key.length > 2 ? key[2] : "";
          assertThat(table.summary(key[0], status, plover, names(parts[0]), names(parts[1]),
              parts[2].isBlank() ? null : parts[2].strip()))
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
  void rejectsAFamilyWhoseHorizonsDisagree() {
    assertThatThrownBy(() -> FrameTable.parse(
        "A | family=f | symmetric=yes | window=3 | horizon=14 | verb=v | noun=n\n"
            + "B | family=f | symmetric=yes | window=3 | horizon=366 | verb=v | noun=n\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share family f");
  }

  @Test
  void rejectsATemplateWithAnUnknownPlaceholderOrStatus() {
    assertThatThrownBy(() -> FrameTable.parse("TEMPLATE PLANNED SO = {S} to {verbb} {O}\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{verbb}");
    assertThatThrownBy(() -> FrameTable.parse("TEMPLATE SCHEDULED SO = {S} to {base} {O}\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SCHEDULED");
  }

  @Test
  void aStatusWithoutTemplateFallsBackToTheOccurredOne() {
    FrameTable t = FrameTable.parse("MEET | family=m | symmetric=yes | window=3 | verb=meets | noun=meeting\n"
        + "TEMPLATE OCCURRED SO = {S} {verb} {O}\n");
    assertThat(t.summary("MEET", EventStatus.PLANNED, "", List.of("A"), List.of("B"), null)).isEqualTo("A meets B");
  }

  @Test
  void callsHaveAShortHorizonAndMeetingsALongOne() {
    assertThat(table.frame("CALL").horizonDays()).isLessThan(30);
    assertThat(table.frame("MEET").horizonDays()).isGreaterThanOrEqualTo(365);
    assertThat(table.frame("PROTEST").horizonDays()).isEqualTo(FrameTable.DEFAULT_HORIZON_DAYS);
  }

  @Test
  void theVerbAgreesWithSeveralSubjects() {
    assertThat(table.summary("ENDORSE", EventStatus.OCCURRED, "", List.of("European Union", "NATO"), List.of("Ukraine"),
        null)).isEqualTo("European Union and NATO back Ukraine");
    assertThat(table.summary("MEET", EventStatus.AGREED, "", List.of("Russia", "Ukraine"), List.of("Turkey"), null))
        .isEqualTo("Russia and Ukraine agree to a meeting with Turkey");
    assertThat(FrameTable.plural("denies that {O} requested")).isEqualTo("deny that {O} requested");
    assertThat(FrameTable.plural("does not {base}")).isEqualTo("do not {base}");
    assertThat(FrameTable.plural("to {base} {O}")).isEqualTo("to {base} {O}");
  }

  @Test
  void summaryJoinsSeveralObjects() {
    assertThat(table.summary("MEET", List.of("Donald Trump"), List.of("Volodymyr Zelenskyy", "Emmanuel Macron",
        "Keir Starmer"), "White House"))
        .isEqualTo("Donald Trump meets Volodymyr Zelenskyy, Emmanuel Macron and Keir Starmer (White House)");
  }
}
