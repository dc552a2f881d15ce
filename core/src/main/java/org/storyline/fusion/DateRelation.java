package org.storyline.fusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Granularity;
import org.storyline.model.TimeValue;

/**
 * How two dates of one event relate: the day gap between resolved intervals, and whether two
 * dates that are relative to the same unknown publication date can both be true.
 *
 * <p>Relative values are read by kind only, never by their resolver rule (which the time package
 * owns): a <em>calendar</em> value names a month or day of an unnamed year (TIMEX3 {@code
 * XXXX-12}, {@code XXXX-12-05}); a <em>weekday</em> value names a day of an unnamed week ({@code
 * XXXX-WXX-1}); an <em>offset</em> counts days or weeks from the publication date ("three days
 * hence", "tomorrow", "next week": any other relative value of DAY or WEEK granularity); anything
 * else is <em>vague</em> ("soon", "later this year").
 */
public final class DateRelation {
  private static final Pattern CALENDAR = Pattern.compile("XXXX-(\\d\\d)(?:-(\\d\\d))?");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-\\d");

  /** Kinds of relative values. */
  public enum RelativeKind {
    CALENDAR,
    WEEKDAY,
    OFFSET,
    VAGUE
  }

  private DateRelation() {}

  /**
   * {@return the number of days between the closest days of two intervals; 0 when they overlap}
   * "2025-08-15" and "2025-08-16" are 1 day apart; "2025-08" and "2025-08-16" overlap.
   */
  public static long gapDays(TimeValue.Resolved a, TimeValue.Resolved b) {
    if (a.lastDay().isBefore(b.start())) {
      return ChronoUnit.DAYS.between(a.lastDay(), b.start());
    }
    if (b.lastDay().isBefore(a.start())) {
      return ChronoUnit.DAYS.between(b.lastDay(), a.start());
    }
    return 0;
  }

  /** {@return whether two intervals share no day} */
  public static boolean disjoint(TimeValue.Resolved a, TimeValue.Resolved b) {
    return gapDays(a, b) > 0;
  }

  /** {@return the kind of a relative value} */
  public static RelativeKind kind(TimeValue.Relative r) {
    String timex = r.timex().strip();
    if (CALENDAR.matcher(timex).matches()) {
      return RelativeKind.CALENDAR;
    }
    if (WEEKDAY.matcher(timex).matches()) {
      return RelativeKind.WEEKDAY;
    }
    if (r.granularity() == Granularity.DAY || r.granularity() == Granularity.WEEK) {
      return RelativeKind.OFFSET;
    }
    return RelativeKind.VAGUE;
  }

  /**
   * {@return whether two values relative to the same unknown publication date cannot both hold}
   * Two calendar values conflict when they name different months, or different days of one month.
   * A day/week offset and a calendar value conflict: an offset places the event within days of
   * publication, a month name places it in a named month, and nothing in the article says the two
   * coincide. Two day offsets conflict when they differ. Weekday and vague values never conflict.
   */
  public static boolean relativeConflict(TimeValue.Relative a, TimeValue.Relative b) {
    RelativeKind ka = kind(a);
    RelativeKind kb = kind(b);
    if (ka == RelativeKind.CALENDAR && kb == RelativeKind.CALENDAR) {
      Matcher ma = CALENDAR.matcher(a.timex().strip());
      Matcher mb = CALENDAR.matcher(b.timex().strip());
      if (!ma.matches() || !mb.matches()) {
        throw new AssertionError("calendar timex did not match: " + a + " " + b);
      }
      if (!ma.group(1).equals(mb.group(1))) {
        return true;
      }
      return ma.group(2) != null && mb.group(2) != null && !ma.group(2).equals(mb.group(2));
    }
    if ((ka == RelativeKind.OFFSET && kb == RelativeKind.CALENDAR)
        || (ka == RelativeKind.CALENDAR && kb == RelativeKind.OFFSET)) {
      return true;
    }
    if (ka == RelativeKind.OFFSET && kb == RelativeKind.OFFSET) {
      return a.granularity() == Granularity.DAY && b.granularity() == Granularity.DAY
          && !(a.rule().equals(b.rule()) && a.timex().equals(b.timex()));
    }
    return false;
  }

  /** {@return the earlier of two dates, null-safe (null means unknown and loses)} */
  public static LocalDate min(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** {@return the later of two dates, null-safe (null means unknown and loses)} */
  public static LocalDate max(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
