package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.fusion.Fixtures.day;
import static org.storyline.fusion.Fixtures.daysHence;
import static org.storyline.fusion.Fixtures.month;
import static org.storyline.fusion.Fixtures.thisMonth;

import org.junit.jupiter.api.Test;
import org.storyline.model.Granularity;
import org.storyline.model.TimeValue;

class DateRelationTest {
  @Test
  void consecutiveDaysAreOneDayApartAndADayInsideItsMonthOverlaps() {
    assertThat(DateRelation.gapDays(day(2025, 8, 15), day(2025, 8, 16))).isEqualTo(1);
    assertThat(DateRelation.gapDays(day(2025, 8, 16), day(2025, 8, 15))).isEqualTo(1);
    assertThat(DateRelation.gapDays(month(2025, 8), day(2025, 8, 16))).isZero();
    assertThat(DateRelation.gapDays(month(2025, 7), day(2025, 8, 3))).isEqualTo(3);
    assertThat(DateRelation.disjoint(day(2025, 8, 15), day(2025, 8, 14))).isTrue();
  }

  @Test
  void classifiesRelativeValuesByKind() {
    assertThat(DateRelation.kind(thisMonth(12))).isEqualTo(DateRelation.RelativeKind.CALENDAR);
    assertThat(DateRelation.kind(daysHence(3))).isEqualTo(DateRelation.RelativeKind.OFFSET);
    assertThat(DateRelation.kind(new TimeValue.Relative("weekday:1", Granularity.DAY, "XXXX-WXX-1")))
        .isEqualTo(DateRelation.RelativeKind.WEEKDAY);
    assertThat(DateRelation.kind(new TimeValue.Relative("soon", Granularity.YEAR, "FUTURE_REF")))
        .isEqualTo(DateRelation.RelativeKind.VAGUE);
  }

  @Test
  void anOffsetOfDaysAndANamedMonthConflictButAMonthAndADayOfItDoNot() {
    assertThat(DateRelation.relativeConflict(daysHence(3), thisMonth(12))).isTrue();
    assertThat(DateRelation.relativeConflict(thisMonth(12), thisMonth(11))).isTrue();
    assertThat(DateRelation.relativeConflict(thisMonth(12),
        new TimeValue.Relative("date:12-05", Granularity.DAY, "XXXX-12-05"))).isFalse();
    assertThat(DateRelation.relativeConflict(daysHence(3), daysHence(3))).isFalse();
    assertThat(DateRelation.relativeConflict(daysHence(3), daysHence(1))).isTrue();
    assertThat(DateRelation.relativeConflict(daysHence(3),
        new TimeValue.Relative("soon", Granularity.YEAR, "FUTURE_REF"))).isFalse();
  }
}
