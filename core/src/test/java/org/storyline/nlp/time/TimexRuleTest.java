package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.Granularity;
import org.storyline.model.TimeValue;

class TimexRuleTest {
  @Test
  void rejectsMalformedRulesQuotingThem() {
    assertThatThrownBy(() -> TimexRule.parse("SHIFT DAY")).hasMessageContaining("'SHIFT DAY'");
    assertThatThrownBy(() -> TimexRule.parse("JUMP DAY +1")).hasMessageContaining("JUMP");
    assertThatThrownBy(() -> TimexRule.parse("WEEKDAY 9 PAST")).hasMessageContaining("WEEKDAY 9 PAST");
    assertThatThrownBy(() -> TimexRule.parse("SHIFT DAY +1 @XY")).hasMessageContaining("suffix");
  }

  @Test
  void anchorlessTimexNamesWhatIsKnown() {
    assertThat(TimexRule.parse("WEEKDAY 1 TENSE").unanchored().timex()).isEqualTo("XXXX-WXX-1");
    assertThat(TimexRule.parse("MONTHDAY 2 16 TENSE").unanchored().timex()).isEqualTo("XXXX-02-16");
    assertThat(TimexRule.parse("SHIFT DAY +0 @NI").unanchored().timex()).isEqualTo("XXXX-XX-XXTNI");
    assertThat(TimexRule.parse("SHIFT DAY -X").unanchored().timex()).isEqualTo("PAST_REF");
  }

  @Test
  void anchorFreeRulesNeedNoAnchor() {
    TimexRule rule = TimexRule.parse("ABS QUARTER 2024 3");
    assertThat(rule.needsAnchor()).isFalse();
    assertThat(rule.unanchored()).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1), Granularity.QUARTER, "2024-Q3"));
    assertThat(TimexRule.parse("DUR 1.5 WEEK").unanchored()).isEqualTo(new TimeValue.Duration("P1.5W"));
    assertThat(TimexRule.parse("SET 1 WEEK").unanchored()).isEqualTo(new TimeValue.Duration("P1W"));
  }

  @Test
  void halvesOfYearsDaysHoursAndMinutesAreWrittenInTheNextSmallerUnit() {
    assertThat(TimexRule.parse("DUR 1.5 YEAR").unanchored().timex()).isEqualTo("P1Y6M");
    assertThat(TimexRule.parse("DUR 0.5 YEAR").unanchored().timex()).isEqualTo("P6M");
    assertThat(TimexRule.parse("DUR 2.5 DAY").unanchored().timex()).isEqualTo("P2DT12H");
    assertThat(TimexRule.parse("DUR 5.5 HOUR").unanchored().timex()).isEqualTo("PT5H30M");
    assertThat(TimexRule.parse("DUR 0.5 HOUR").unanchored().timex()).isEqualTo("PT30M");
    assertThat(TimexRule.parse("DUR 1.5 MINUTE").unanchored().timex()).isEqualTo("PT1M30S");
    assertThat(TimexRule.parse("DUR 1.5 MONTH").unanchored().timex()).isEqualTo("P1.5M");
  }

  @Test
  void aYearOffsetModePlacesTheNamedPeriodInThatYear() {
    LocalDate anchor = LocalDate.of(1998, 2, 19);
    assertThat(TimexRule.parse("MONTH 6 Y-1").resolve(anchor, Tense.FUTURE).timex()).isEqualTo("1997-06");
    assertThat(TimexRule.parse("MONTH 4 Y+1").resolve(anchor, Tense.PAST).timex()).isEqualTo("1999-04");
    assertThat(TimexRule.parse("MONTHDAY 3 26 Y-1").resolve(anchor, Tense.UNKNOWN).timex()).isEqualTo("1997-03-26");
    assertThat(TimexRule.parse("QUARTER 3 Y-1").resolve(anchor, Tense.UNKNOWN).timex()).isEqualTo("1997-Q3");
    assertThat(TimexRule.parse("MONTH 6 Y-1").unanchored().timex()).isEqualTo("XXXX-06");
    assertThatThrownBy(() -> TimexRule.parse("MONTH 6 Y-")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seasonsWrapTheYearEnd() {
    TimeValue winter = TimexRule.parse("SEASON WI LAST").resolve(LocalDate.of(2025, 1, 15), Tense.UNKNOWN);
    assertThat(winter).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1), Granularity.QUARTER, "2023-WI"));
  }

  @Test
  void leapDayWithoutYearFallsBackToALeapYear() {
    assertThat(TimexRule.parse("MONTHDAY 2 29 THIS").resolve(LocalDate.of(2025, 3, 1), Tense.PAST).timex())
        .isEqualTo("2024-02-29");
  }
}
