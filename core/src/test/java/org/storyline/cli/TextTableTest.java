package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void wrapsLongCellsAtSpacesAndAlignsColumns() {
    TextTable t = new TextTable(List.of("date", "what happened"), 10, 13);
    t.add(List.of("2025-08-18", "Trump meets Zelenskyy at the White House"));
    String out = t.render();
    assertThat(out.lines()).containsExactly(
        "date       | what happened",
        "-----------+--------------",
        "2025-08-18 | Trump meets",
        "           | Zelenskyy at",
        "           | the White",
        "           | House");
  }

  @Test
  void cutsWordsLongerThanTheColumn() {
    assertThat(TextTable.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    TextTable t = new TextTable(List.of("a", "b"), 3, 3);
    assertThatThrownBy(() -> t.add(List.of("x"))).isInstanceOf(IllegalArgumentException.class);
  }
}
