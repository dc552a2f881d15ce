package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Granularity;
import org.storyline.model.Span;

class TableRowsTest {
  @Test
  void parsesCommonDateCellShapes() {
    assertThat(TableRows.parseDate("August 18, 2025").timex()).isEqualTo("2025-08-18");
    assertThat(TableRows.parseDate("Aug. 18 2025").timex()).isEqualTo("2025-08-18");
    assertThat(TableRows.parseDate("18 August 2025").timex()).isEqualTo("2025-08-18");
    assertThat(TableRows.parseDate("2025-08-18").granularity()).isEqualTo(Granularity.DAY);
    assertThat(TableRows.parseDate("August 2025").timex()).isEqualTo("2025-08");
    assertThat(TableRows.parseDate("Date")).isNull();
    assertThat(TableRows.parseDate("February 30, 2025")).isNull();
  }

  @Test
  void findsRowsWhetherGluedOrCutBeforeTheClosingBar() {
    String text = "| Date | Event |\n|---|---|\n| August 18, 2025 | Trump meets Zelensky. |\n| August 19, 2025 | Talks end";
    var rows = TableRows.find(text, new Span(0, text.length()));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).eventCell().coveredText(text)).isEqualTo("Trump meets Zelensky.");
    assertThat(rows.get(1).eventCell().coveredText(text)).isEqualTo("Talks end");
    assertThat(rows.get(1).date().timex()).isEqualTo("2025-08-19");
  }

  @Test
  void textWithoutBarsHasNoRows() {
    String text = "Trump met Putin on August 18, 2025.";
    assertThat(TableRows.find(text, new Span(0, text.length()))).isEmpty();
  }
}
