package org.storyline.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Granularity;
import org.storyline.model.TimeValue;

/**
 * A parsed time rule: the machine form stored in {@link TimeValue.Relative#rule()} and produced by
 * the VALUE templates of {@code time/patterns.v1.txt}. The grammar is documented in this package's
 * {@code package-info}. Immutable and thread-safe; evaluation is a pure function of the rule, the
 * anchor and the tense.
 */
public final class TimexRule {
  /** Rule operators. */
  enum Op {
    ABS,
    SHIFT,
    REFER,
    REFSHIFT,
    WEEKDAY,
    MONTH,
    MONTHDAY,
    NTHDAY,
    QUARTER,
    HALF,
    SEASON,
    REF,
    DUR,
    SET,
    SETDAY
  }

  /** Direction modes of the anchored lookups (WEEKDAY, MONTH, MONTHDAY, QUARTER, HALF, SEASON). */
  enum Mode {
    TENSE,
    PAST,
    FUTURE,
    LAST,
    NEXT,
    THIS
  }

  /** How much further (in months) a month on the side the tense contradicts counts. */
  static final long MONTH_PENALTY = 4;
  /** How much further (in days) a day of the year on the side the tense contradicts counts. */
  static final long DAY_PENALTY = 45;
  /** How much further (in quarters or halves) a period on the side the tense contradicts counts. */
  static final long PERIOD_PENALTY = 2;

  /** A value that names a calendar interval (not PRESENT_REF). */
  private static final java.util.regex.Pattern CALENDAR_VALUE = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern PERIOD_VALUE = java.util.regex.Pattern.compile("\\d{4}-[QH][1-4]");
  private static final java.util.regex.Pattern QUARTER_VALUE = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");
  private static final java.util.regex.Pattern YEAR_OFFSET = java.util.regex.Pattern.compile("Y[+-]\\d{1,3}");
  private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");
  private static final List<String> PODS = List.of("MO", "AF", "EV", "NI", "DT");

  private final String text;
  private final Op op;
  private final List<String> args;
  /** "" or the suffix without '@': "MO", "T14:30", "WE". */
  private final String suffix;

  private TimexRule(String text, Op op, List<String> args, String suffix) {
    this.text = text;
    this.op = op;
    this.args = args;
    this.suffix = suffix;
  }

  /**
   * {@return the parsed rule} @throws IllegalArgumentException if {@code rule} is not in the rule
   * grammar, quoting it
   */
  public static TimexRule parse(String rule) {
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("empty time rule");
    }
    String[] parts = rule.trim().split("\\s+");
    String suffix = "";
    int n = parts.length;
    if (parts[n - 1].startsWith("@")) {
      suffix = parts[n - 1].substring(1);
      n--;
      if (!(PODS.contains(suffix) || suffix.equals("WE") || suffix.matches("T\\d\\d:\\d\\d"))) {
        throw new IllegalArgumentException("bad suffix in time rule '" + rule + "'");
      }
    }
    Op op;
    try {
      op = Op.valueOf(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown operator in time rule '" + rule + "'", e);
    }
    List<String> args = List.of(parts).subList(1, n);
    TimexRule parsed = new TimexRule(String.join(" ", parts), op, List.copyOf(args), suffix);
    parsed.validate();
    return parsed;
  }

  private void validate() {
    int want =
        switch (op) {
          case ABS -> absArity();
          case REFER, REFSHIFT -> args.size() == 3 ? 3 : 2;
          case SHIFT, MONTH, QUARTER, HALF, SEASON, DUR, SET, WEEKDAY -> 2;
          case MONTHDAY -> 3;
          case NTHDAY -> 4;
          case REF, SETDAY -> 1;
        };
    if (args.size() != want) {
      throw new IllegalArgumentException("time rule '" + text + "' needs " + want + " arguments");
    }
    try {
      switch (op) {
        case ABS -> {
          for (int i = 1; i < args.size(); i++) {
            if (!(op == Op.ABS && args.get(0).equals("SEASON") && i == 2)) {
              Integer.parseInt(args.get(i));
            }
          }
        }
        case SHIFT -> {
          unit(args.get(0));
          if (!args.get(1).matches("[+-](\\d+|X)")) {
            throw new IllegalArgumentException("bad count");
          }
        }
        case REFER, REFSHIFT -> {
          if (!List.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR").contains(args.get(0))) {
            throw new IllegalArgumentException("bad unit");
          }
          for (String count : args.subList(1, args.size())) {
            if (!count.matches("[+-]\\d+")) {
              throw new IllegalArgumentException("bad count");
            }
          }
        }
        case WEEKDAY -> {
          weekday(args.get(0));
          Mode.valueOf(args.get(1));
        }
        case MONTH, QUARTER, HALF -> {
          Integer.parseInt(args.get(0));
          mode(args.get(1));
        }
        case SEASON -> {
          season(args.get(0));
          mode(args.get(1));
        }
        case MONTHDAY -> {
          Integer.parseInt(args.get(0));
          Integer.parseInt(args.get(1));
          mode(args.get(2));
        }
        case NTHDAY -> {
          java.time.Month.of(Integer.parseInt(args.get(0)));
          int nth = Integer.parseInt(args.get(1));
          if (nth == 0 || nth < -1 || nth > 5) {
            throw new IllegalArgumentException("bad ordinal " + nth);
          }
          weekday(args.get(2));
          mode(args.get(3));
        }
        case REF -> {
          if (!List.of("PRESENT", "PAST", "FUTURE").contains(args.get(0))) {
            throw new IllegalArgumentException("bad reference");
          }
        }
        case DUR, SET -> {
          unit(args.get(1));
          if (!args.get(0).matches("X|\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("bad count");
          }
        }
        case SETDAY -> weekday(args.get(0));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed time rule '" + text + "': " + e.getMessage(), e);
    }
  }

  private int absArity() {
    if (args.isEmpty()) {
      return 1;
    }
    return switch (args.get(0)) {
      case "DAY" -> 4;
      case "WEEK", "MONTH", "QUARTER", "HALF", "SEASON" -> 3;
      case "YEAR", "DECADE", "CENTURY" -> 2;
      default -> throw new IllegalArgumentException("unknown ABS granularity in '" + text + "'");
    };
  }

  /** {@return the normalised rule text} */
  public String text() {
    return text;
  }

  /** {@return whether the value needs an anchor (publication date) to be resolved} */
  public boolean needsAnchor() {
    return !(op == Op.ABS || op == Op.DUR || op == Op.SET || op == Op.SETDAY);
  }

  /**
   * {@return the value without an anchor} Absolute dates, durations and sets are final values;
   * anchored rules become {@link TimeValue.Relative} with an anchorless TIMEX3 value ("XXXX-12",
   * "XXXX-WXX-1", "PAST_REF").
   */
  public TimeValue unanchored() {
    try {
      return switch (op) {
        case ABS -> absolute();
        case DUR -> new TimeValue.Duration(durationTimex(args.get(0), args.get(1)));
        case SET -> new TimeValue.Duration(durationTimex(args.get(0), args.get(1)));
        case SETDAY -> new TimeValue.Duration("XXXX-WXX-" + weekday(args.get(0)).getValue() + daySuffix());
        default -> new TimeValue.Relative(text, granularity(), anchorlessTimex());
      };
    } catch (RuntimeException e) {
      return new TimeValue.Unresolvable("invalid value: " + e.getMessage(), "");
    }
  }

  /**
   * {@return the value resolved against {@code anchor}} Pure: depends only on this rule, the anchor
   * and the tense. Rules that cannot be placed on the calendar (PAST_REF, FUTURE_REF, an unknown
   * count) stay {@link TimeValue.Relative}; impossible dates become {@link TimeValue.Unresolvable}.
   */
  public TimeValue resolve(LocalDate anchor, Tense tense) {
    return resolve(anchor, tense, List.of());
  }

  /**
   * {@return the value resolved against {@code anchor}, with {@code earlier} as the calendar values
   * of the time expressions before this one in the text, in text order} Only REFER and REFSHIFT
   * rules use them (the most recent suitable one is the reference time); without one they fall
   * back to the anchor. Pure.
   */
  public TimeValue resolve(LocalDate anchor, Tense tense, List<TimeValue.Resolved> earlier) {
    if (!needsAnchor()) {
      return unanchored();
    }
    try {
      return switch (op) {
        case SHIFT -> shift(anchor);
        case REFER, REFSHIFT -> {
          TimeValue.Resolved ref = reference(earlier);
          if (ref == null) {
            String fallback = args.size() == 3 ? args.get(2) : args.get(1);
            yield new TimexRule("SHIFT " + args.get(0) + " " + fallback, Op.SHIFT, List.of(args.get(0), fallback), suffix)
                .shift(anchor);
          }
          yield op == Op.REFER ? refer(ref) : referShift(ref);
        }
        case WEEKDAY -> weekdayOf(anchor, tense);
        case MONTH -> monthOf(anchor, tense);
        case MONTHDAY -> monthDayOf(anchor, tense);
        case NTHDAY -> nthDayOf(anchor, tense);
        case QUARTER, HALF, SEASON -> periodOf(anchor, tense);
        case REF ->
            args.get(0).equals("PRESENT")
                ? new TimeValue.Resolved(anchor, anchor.plusDays(1), Granularity.DAY, "PRESENT_REF")
                : unanchored();
        default -> throw new AssertionError(op);
      };
    } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
      // NumberFormatException: a count beyond the int range ("2147483648 days ago"), issue 6
      return new TimeValue.Unresolvable("cannot resolve '" + text + "' at " + anchor + ": " + e.getMessage(), anchorlessTimex());
    }
  }

  /** {@return the granularity of the value} */
  public Granularity granularity() {
    return switch (op) {
      case ABS -> granularityOf(args.get(0));
      case SHIFT, REFER, REFSHIFT -> granularityOf(args.get(0));
      case WEEKDAY, MONTHDAY, NTHDAY, REF, SETDAY -> Granularity.DAY;
      case MONTH -> Granularity.MONTH;
      case QUARTER, HALF, SEASON -> Granularity.QUARTER;
      case DUR, SET -> granularityOf(args.get(1));
    };
  }

  private static Granularity granularityOf(String unit) {
    return switch (unit) {
      case "DAY", "HOUR", "MINUTE", "SECOND" -> Granularity.DAY;
      case "WEEK" -> Granularity.WEEK;
      case "MONTH" -> Granularity.MONTH;
      case "QUARTER", "HALF", "SEASON" -> Granularity.QUARTER;
      case "YEAR" -> Granularity.YEAR;
      case "DECADE" -> Granularity.DECADE;
      case "CENTURY" -> Granularity.CENTURY;
      default -> throw new IllegalArgumentException("unknown unit " + unit);
    };
  }

  /** {@return the anchorless TIMEX3 value} */
  String anchorlessTimex() {
    return switch (op) {
      case SHIFT, REFER, REFSHIFT -> {
        if (args.get(1).endsWith("X")) {
          yield args.get(1).startsWith("-") ? "PAST_REF" : "FUTURE_REF";
        }
        yield switch (args.get(0)) {
          case "DAY", "HOUR", "MINUTE", "SECOND" -> "XXXX-XX-XX" + daySuffix();
          case "WEEK" -> "XXXX-WXX" + weekSuffix();
          case "MONTH" -> "XXXX-XX";
          case "QUARTER" -> "XXXX-QX";
          case "HALF" -> "XXXX-HX";
          case "YEAR" -> "XXXX";
          case "DECADE" -> "XXX";
          case "CENTURY" -> "XX";
          default -> "XXXX";
        };
      }
      case WEEKDAY -> suffix.equals("WE") ? "XXXX-WXX-WE" : "XXXX-WXX-" + weekday(args.get(0)).getValue() + daySuffix();
      case MONTH -> "XXXX-" + two(Integer.parseInt(args.get(0)));
      case MONTHDAY -> "XXXX-" + two(Integer.parseInt(args.get(0))) + "-" + two(Integer.parseInt(args.get(1))) + daySuffix();
      case NTHDAY -> "XXXX-" + two(Integer.parseInt(args.get(0))) + "-XX" + daySuffix();
      case QUARTER -> "XXXX-Q" + args.get(0);
      case HALF -> "XXXX-H" + args.get(0);
      case SEASON -> "XXXX-" + args.get(0);
      case REF -> args.get(0) + "_REF";
      default -> unanchored().timex();
    };
  }

  private TimeValue absolute() {
    String g = args.get(0);
    int a = Integer.parseInt(args.get(1));
    switch (g) {
      case "DAY" -> {
        LocalDate d = LocalDate.of(a, Integer.parseInt(args.get(2)), Integer.parseInt(args.get(3)));
        return day(d);
      }
      case "WEEK" -> {
        LocalDate monday = LocalDate.of(a, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(args.get(2)))
            .with(DayOfWeek.MONDAY);
        return week(monday);
      }
      case "MONTH" -> {
        return month(YearMonth.of(a, Integer.parseInt(args.get(2))));
      }
      case "QUARTER" -> {
        return period(a, Integer.parseInt(args.get(2)) - 1, 3, "Q" + args.get(2));
      }
      case "HALF" -> {
        return period(a, Integer.parseInt(args.get(2)) - 1, 6, "H" + args.get(2));
      }
      case "SEASON" -> {
        return season(a, season(args.get(2)));
      }
      case "YEAR" -> {
        return year(a);
      }
      case "DECADE" -> {
        LocalDate start = LocalDate.of(a * 10, 1, 1);
        return new TimeValue.Resolved(start, start.plusYears(10), Granularity.DECADE, String.format(Locale.ROOT, "%03d", a));
      }
      case "CENTURY" -> {
        LocalDate start = LocalDate.of(Math.max(a * 100, 1), 1, 1);
        return new TimeValue.Resolved(start, LocalDate.of(a * 100 + 100, 1, 1), Granularity.CENTURY, String.format(Locale.ROOT, "%02d", a));
      }
      default -> throw new AssertionError(g);
    }
  }

  private TimeValue shift(LocalDate anchor) {
    String count = args.get(1);
    if (count.endsWith("X")) {
      return unanchored();
    }
    int n = Integer.parseInt(count.substring(1)) * (count.startsWith("-") ? -1 : 1);
    return switch (args.get(0)) {
      case "DAY" -> day(anchor.plusDays(n));
      case "HOUR", "MINUTE", "SECOND" ->
          new TimeValue.Unresolvable("a shift by " + args.get(0).toLowerCase(Locale.ROOT) + "s needs a clock time", anchorlessTimex());
      case "WEEK" -> week(anchor.with(DayOfWeek.MONDAY).plusWeeks(n));
      case "MONTH" -> month(YearMonth.from(anchor).plusMonths(n));
      case "QUARTER" -> {
        int index = anchor.getYear() * 4 + (anchor.getMonthValue() - 1) / 3 + n;
        yield period(Math.floorDiv(index, 4), Math.floorMod(index, 4), 3, "Q" + (Math.floorMod(index, 4) + 1));
      }
      case "HALF" -> {
        int index = anchor.getYear() * 2 + (anchor.getMonthValue() - 1) / 6 + n;
        yield period(Math.floorDiv(index, 2), Math.floorMod(index, 2), 6, "H" + (Math.floorMod(index, 2) + 1));
      }
      case "YEAR" -> year(anchor.getYear() + n);
      case "DECADE" -> {
        int decade = Math.floorDiv(anchor.getYear(), 10) + n;
        LocalDate start = LocalDate.of(decade * 10, 1, 1);
        yield new TimeValue.Resolved(start, start.plusYears(10), Granularity.DECADE, String.format(Locale.ROOT, "%03d", decade));
      }
      case "CENTURY" -> {
        int century = Math.floorDiv(anchor.getYear(), 100) + n;
        LocalDate start = LocalDate.of(century * 100, 1, 1);
        yield new TimeValue.Resolved(start, start.plusYears(100), Granularity.CENTURY, String.format(Locale.ROOT, "%02d", century));
      }
      default -> throw new AssertionError(args.get(0));
    };
  }

  /**
   * {@return the most recent of {@code earlier} that can serve as reference time, or null} For
   * REFER the reference must be at least as fine as the unit ("that day" needs a day, "that year"
   * takes any date of a year); a quarter must be a named quarter ("the quarter" after "the third
   * quarter"). For REFSHIFT it must be at least as fine as the unit, and for a year a quarter or
   * half: "a year earlier" keeps the precision of "the third quarter".
   */
  private TimeValue.Resolved reference(List<TimeValue.Resolved> earlier) {
    Granularity unit = granularityOf(args.get(0));
    for (int i = earlier.size() - 1; i >= 0; i--) {
      TimeValue.Resolved r = earlier.get(i);
      if (r.granularity().compareTo(unit) > 0 || !CALENDAR_VALUE.matcher(r.timex()).lookingAt()) {
        continue;
      }
      if (op == Op.REFER && unit == Granularity.QUARTER && !QUARTER_VALUE.matcher(r.timex()).matches()) {
        continue;
      }
      if (op == Op.REFSHIFT && unit == Granularity.YEAR && !PERIOD_VALUE.matcher(r.timex()).matches()) {
        // "a year earlier" compares reporting periods (a quarter, a half); after a day, a season or
        // a whole year it means the year before the anchor's
        continue;
      }
      return r;
    }
    return null;
  }

  /** REFER: the unit containing the reference, moved by n units. */
  private TimeValue refer(TimeValue.Resolved ref) {
    int n = count(args.get(1));
    LocalDate start = ref.start();
    return switch (args.get(0)) {
      case "DAY" -> day(start.plusDays(n));
      case "WEEK" -> week(start.with(DayOfWeek.MONDAY).plusWeeks(n));
      case "MONTH" -> month(YearMonth.from(start).plusMonths(n));
      case "QUARTER" -> {
        int index = start.getYear() * 4 + (start.getMonthValue() - 1) / 3 + n;
        yield period(Math.floorDiv(index, 4), Math.floorMod(index, 4), 3, "Q" + (Math.floorMod(index, 4) + 1));
      }
      default -> year(start.getYear() + n);
    };
  }

  /** REFSHIFT: the reference moved by n units, at the reference's own precision. */
  private TimeValue referShift(TimeValue.Resolved ref) {
    int n = count(args.get(1));
    int months = switch (args.get(0)) {
      case "MONTH" -> n;
      case "QUARTER" -> 3 * n;
      case "YEAR" -> 12 * n;
      default -> 0;
    };
    LocalDate start = switch (args.get(0)) {
      case "DAY" -> ref.start().plusDays(n);
      case "WEEK" -> ref.start().plusWeeks(n);
      default -> ref.start().plusMonths(months);
    };
    String label = ref.timex().length() > 5 ? ref.timex().substring(5) : "";
    return switch (ref.granularity()) {
      case DAY -> day(start);
      case WEEK -> week(start.with(DayOfWeek.MONDAY));
      case MONTH -> month(YearMonth.from(start));
      case QUARTER -> {
        if (label.startsWith("H") && months % 6 == 0) {
          yield period(start.getYear(), (start.getMonthValue() - 1) / 6, 6, "H" + ((start.getMonthValue() - 1) / 6 + 1));
        }
        if (SEASONS.contains(label) && months % 12 == 0) {
          yield season(ref.start().getYear() + months / 12, SEASONS.indexOf(label));
        }
        yield period(start.getYear(), (start.getMonthValue() - 1) / 3, 3, "Q" + ((start.getMonthValue() - 1) / 3 + 1));
      }
      default -> year(start.getYear());
    };
  }

  private static int count(String signed) {
    int n = Integer.parseInt(signed.substring(1));
    return signed.startsWith("-") ? -n : n;
  }

  /** Days by which a coming weekday must be nearer than the past one to win without a tense. */
  private static final int WEEKDAY_PAST_BIAS = 2;

  private TimeValue weekdayOf(LocalDate anchor, Tense tense) {
    DayOfWeek dow = weekday(args.get(0));
    Mode mode = Mode.valueOf(args.get(1));
    if (suffix.equals("WE") && (mode == Mode.LAST || mode == Mode.NEXT || mode == Mode.THIS)) {
      // "last/next weekend" is the weekend of the previous/next ISO week, "this weekend" of this one.
      return week(anchor.with(DayOfWeek.MONDAY).plusWeeks(mode == Mode.LAST ? -1 : mode == Mode.NEXT ? 1 : 0));
    }
    LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(dow));
    LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(dow));
    LocalDate d = switch (effective(Mode.valueOf(args.get(1)), tense)) {
      case PAST -> before;
      case FUTURE -> after;
      case LAST -> anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(dow));
      case NEXT -> anchor.plusDays(1).with(TemporalAdjusters.nextOrSame(dow));
      case THIS -> anchor.with(dow);
      // Present or no tense: the past one (news reports what happened: "Thursday's closing
      // price" written on a Monday), unless the coming one is more than two days nearer
      // ("Tuesday" written on a Monday).
      case TENSE ->
          ChronoUnit.DAYS.between(anchor, after) + WEEKDAY_PAST_BIAS < ChronoUnit.DAYS.between(before, anchor)
              ? after : before;
    };
    return suffix.equals("WE") ? week(d.with(DayOfWeek.MONDAY)) : day(d);
  }

  private TimeValue monthOf(LocalDate anchor, Tense tense) {
    int m = Integer.parseInt(args.get(0));
    YearMonth now = YearMonth.from(anchor);
    YearMonth thisYear = YearMonth.of(anchor.getYear(), m);
    YearMonth ym = switch (mode(args.get(1))) {
      case PAST -> thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
      case FUTURE -> thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear;
      case LAST -> thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
      case NEXT -> thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
      case THIS -> thisYear.plusYears(yearShift(args.get(1)));
      case TENSE -> thisYear.plusYears(
          nearest(now.getYear() * 12L + now.getMonthValue() - 1, thisYear.getYear() * 12L + m - 1, 12, tense, MONTH_PENALTY));
    };
    return month(ym);
  }

  private TimeValue monthDayOf(LocalDate anchor, Tense tense) {
    int m = Integer.parseInt(args.get(0));
    int d = Integer.parseInt(args.get(1));
    LocalDate thisYear = dayIn(anchor.getYear(), m, d);
    LocalDate date = switch (mode(args.get(2))) {
      case PAST -> thisYear.isAfter(anchor) ? dayIn(anchor.getYear() - 1, m, d) : thisYear;
      case FUTURE -> thisYear.isBefore(anchor) ? dayIn(anchor.getYear() + 1, m, d) : thisYear;
      case LAST -> thisYear.isBefore(anchor) ? thisYear : dayIn(anchor.getYear() - 1, m, d);
      case NEXT -> thisYear.isAfter(anchor) ? thisYear : dayIn(anchor.getYear() + 1, m, d);
      case THIS -> dayIn(anchor.getYear() + yearShift(args.get(2)), m, d);
      case TENSE -> dayIn(anchor.getYear() + nearest(anchor.toEpochDay(), thisYear.toEpochDay(), 365, tense, DAY_PENALTY), m, d);
    };
    return day(date);
  }

  /**
   * NTHDAY: the n-th (or, for -1, the last) given weekday of a month ("Thanksgiving" = the fourth
   * Thursday of November) in the year the mode picks, as for MONTHDAY.
   */
  private TimeValue nthDayOf(LocalDate anchor, Tense tense) {
    int m = Integer.parseInt(args.get(0));
    int nth = Integer.parseInt(args.get(1));
    DayOfWeek dow = weekday(args.get(2));
    java.util.function.IntFunction<LocalDate> in = y -> nth < 0
        ? LocalDate.of(y, m, 1).with(TemporalAdjusters.lastInMonth(dow))
        : LocalDate.of(y, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
    int year = anchor.getYear();
    LocalDate thisYear = in.apply(year);
    if (thisYear.getMonthValue() != m) {
      throw new java.time.DateTimeException("no " + nth + ". " + dow + " in month " + m);
    }
    String modeArg = args.get(3);
    LocalDate date = switch (mode(modeArg)) {
      case PAST -> thisYear.isAfter(anchor) ? in.apply(year - 1) : thisYear;
      case FUTURE -> thisYear.isBefore(anchor) ? in.apply(year + 1) : thisYear;
      case LAST -> thisYear.isBefore(anchor) ? thisYear : in.apply(year - 1);
      case NEXT -> thisYear.isAfter(anchor) ? thisYear : in.apply(year + 1);
      case THIS -> in.apply(year + yearShift(modeArg));
      case TENSE -> in.apply(year + nearest(anchor.toEpochDay(), thisYear.toEpochDay(), 365, tense, DAY_PENALTY));
    };
    return day(date);
  }

  /** Feb 29 in a non-leap year falls back to the nearest leap year before it. */
  private static LocalDate dayIn(int year, int month, int day) {
    int y = year;
    while (!YearMonth.of(y, month).isValidDay(day)) {
      if (year - y > 8) {
        throw new java.time.DateTimeException("no day " + month + "-" + day);
      }
      y--;
    }
    return LocalDate.of(y, month, day);
  }

  /** QUARTER, HALF and SEASON lookups, on a period index (periods per year * year + ordinal). */
  private TimeValue periodOf(LocalDate anchor, Tense tense) {
    int perYear = op == Op.HALF ? 2 : 4;
    int ordinal = op == Op.SEASON ? season(args.get(0)) : Integer.parseInt(args.get(0)) - 1;
    if (ordinal < 0 || ordinal >= perYear) {
      throw new java.time.DateTimeException("no " + op.name().toLowerCase(Locale.ROOT) + " " + args.get(0));
    }
    int current;
    int year = anchor.getYear();
    if (op == Op.SEASON) {
      int month = anchor.getMonthValue();
      int s = month == 12 || month <= 2 ? 3 : (month - 3) / 3;
      current = (month <= 2 ? year - 1 : year) * 4 + s;
    } else {
      current = year * perYear + (anchor.getMonthValue() - 1) / (12 / perYear);
    }
    // A season year starts in March: January and February belong to the previous year's winter.
    int baseYear = op == Op.SEASON && anchor.getMonthValue() <= 2 ? year - 1 : year;
    int thisYear = baseYear * perYear + ordinal;
    int index = switch (mode(args.get(1))) {
      case PAST -> thisYear > current ? thisYear - perYear : thisYear;
      case FUTURE -> thisYear < current ? thisYear + perYear : thisYear;
      case LAST -> thisYear < current ? thisYear : thisYear - perYear;
      case NEXT -> thisYear > current ? thisYear : thisYear + perYear;
      case THIS -> thisYear + perYear * yearShift(args.get(1));
      case TENSE -> thisYear + perYear * nearest(current, thisYear, perYear, tense, PERIOD_PENALTY);
    };
    int y = Math.floorDiv(index, perYear);
    int o = Math.floorMod(index, perYear);
    if (op == Op.SEASON) {
      return season(y, o);
    }
    return period(y, o, 12 / perYear, (op == Op.HALF ? "H" : "Q") + (o + 1));
  }

  /**
   * {@return -1, 0 or +1: the number of cycles (of {@code period} units) to move {@code candidate}
   * so that it is nearest to {@code now}} A candidate on the side the tense contradicts (after
   * {@code now} in a past clause, before it in a future clause) counts {@code penalty} units
   * further away: tense is a strong hint, but "by Jan. 14" in a past-tense sentence written on
   * Jan. 6 is still the coming Jan. 14. Ties keep the anchor's year.
   */
  private static int nearest(long now, long candidate, long period, Tense tense, long penalty) {
    int best = 0;
    long bestScore = Long.MAX_VALUE;
    for (int k : new int[] {0, -1, 1}) {
      long c = candidate + k * period;
      long score = Math.abs(c - now);
      if ((tense == Tense.PAST && c > now) || (tense == Tense.FUTURE && c < now)) {
        score += penalty;
      }
      if (score < bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  /**
   * {@return the mode named by {@code arg}} A year offset "Y-1", "Y+0", "Y+2" is {@link Mode#THIS}
   * moved by that many years ("June last year" = MONTH 6 Y-1).
   */
  private static Mode mode(String arg) {
    if (YEAR_OFFSET.matcher(arg).matches()) {
      return Mode.THIS;
    }
    return Mode.valueOf(arg);
  }

  /** {@return the year offset of a "Y±n" mode, else 0} */
  private static int yearShift(String arg) {
    if (!YEAR_OFFSET.matcher(arg).matches()) {
      return 0;
    }
    int n = Integer.parseInt(arg.substring(2));
    return arg.charAt(1) == '-' ? -n : n;
  }

  /** TENSE mode becomes PAST or FUTURE when the tense says so, else stays TENSE (nearest/this). */
  private static Mode effective(Mode mode, Tense tense) {
    if (mode != Mode.TENSE) {
      return mode;
    }
    return switch (tense) {
      case PAST -> Mode.PAST;
      case FUTURE -> Mode.FUTURE;
      default -> Mode.TENSE;
    };
  }

  private TimeValue day(LocalDate d) {
    return new TimeValue.Resolved(d, d.plusDays(1), Granularity.DAY, iso(d) + daySuffix());
  }

  private TimeValue week(LocalDate monday) {
    String timex = String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    if (suffix.equals("WE")) {
      return new TimeValue.Resolved(monday.plusDays(5), monday.plusDays(7), Granularity.WEEK, timex + "-WE");
    }
    return new TimeValue.Resolved(monday, monday.plusDays(7), Granularity.WEEK, timex);
  }

  private static TimeValue month(YearMonth ym) {
    return new TimeValue.Resolved(ym.atDay(1), ym.plusMonths(1).atDay(1), Granularity.MONTH,
        String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue()));
  }

  private static TimeValue period(int year, int ordinal, int months, String label) {
    LocalDate start = LocalDate.of(year, ordinal * months + 1, 1);
    return new TimeValue.Resolved(start, start.plusMonths(months), Granularity.QUARTER,
        String.format(Locale.ROOT, "%04d-%s", year, label));
  }

  /** Seasons: SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec of the year to Feb of the next. */
  private static TimeValue season(int year, int ordinal) {
    LocalDate start = LocalDate.of(year, 3 + 3 * ordinal, 1);
    return new TimeValue.Resolved(start, start.plusMonths(3), Granularity.QUARTER,
        String.format(Locale.ROOT, "%04d-%s", year, SEASONS.get(ordinal)));
  }

  private static TimeValue year(int y) {
    LocalDate start = LocalDate.of(y, 1, 1);
    return new TimeValue.Resolved(start, start.plusYears(1), Granularity.YEAR, String.format(Locale.ROOT, "%04d", y));
  }

  private String daySuffix() {
    if (suffix.isEmpty() || suffix.equals("WE")) {
      return "";
    }
    return suffix.startsWith("T") ? suffix : "T" + suffix;
  }

  private String weekSuffix() {
    return suffix.equals("WE") ? "-WE" : "";
  }

  private static String iso(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String two(int v) {
    return String.format(Locale.ROOT, "%02d", v);
  }

  private static DayOfWeek weekday(String arg) {
    int v = Integer.parseInt(arg);
    if (v < 1 || v > 7) {
      throw new IllegalArgumentException("weekday " + arg);
    }
    return DayOfWeek.of(v);
  }

  private static int season(String arg) {
    int i = SEASONS.indexOf(arg);
    if (i < 0) {
      throw new IllegalArgumentException("season " + arg);
    }
    return i;
  }

  private static String unit(String arg) {
    granularityOf(arg);
    return arg;
  }

  /** Units whose fractions are written in the next smaller unit: unit -> {smaller unit, how many}. */
  private static final java.util.Map<String, Object[]> SMALLER = java.util.Map.of(
      "YEAR", new Object[] {"MONTH", 12},
      "DAY", new Object[] {"HOUR", 24},
      "HOUR", new Object[] {"MINUTE", 60},
      "MINUTE", new Object[] {"SECOND", 60});

  /**
   * {@return the TIMEX3 duration of {@code count} {@code unit}s} A fraction that is a whole number
   * of the next smaller unit is written in it, as TIMEX3 does ("2.5 YEAR" = P2Y6M, "1.5 MINUTE" =
   * PT1M30S, "0.5 HOUR" = PT30M); other fractions stay decimal ("1.5 WEEK" = P1.5W).
   */
  private static String durationTimex(String count, String unit) {
    String c = count.endsWith(".0") ? count.substring(0, count.length() - 2) : count;
    Object[] smaller = SMALLER.get(unit);
    if (smaller != null && c.contains(".")) {
      java.math.BigDecimal value = new java.math.BigDecimal(c);
      java.math.BigDecimal whole = value.setScale(0, java.math.RoundingMode.DOWN);
      java.math.BigDecimal rest = value.subtract(whole).multiply(java.math.BigDecimal.valueOf((Integer) smaller[1]));
      if (rest.stripTrailingZeros().scale() <= 0) {
        String big = whole.signum() == 0 ? "" : durationTimex(whole.toPlainString(), unit);
        String small = durationTimex(rest.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString(), (String) smaller[0]);
        if (big.isEmpty()) {
          return small;
        }
        // P2Y + P6M = P2Y6M; PT1M + PT30S = PT1M30S; P1D + PT12H = P1DT12H
        return big + (big.contains("T") ? small.substring(2) : small.substring(1));
      }
    }
    return switch (unit) {
      case "HOUR" -> "PT" + c + "H";
      case "MINUTE" -> "PT" + c + "M";
      case "SECOND" -> "PT" + c + "S";
      case "DAY" -> "P" + c + "D";
      case "WEEK" -> "P" + c + "W";
      case "MONTH" -> "P" + c + "M";
      case "QUARTER" -> "P" + c + "Q";
      case "HALF" -> "P" + c + "H";
      case "YEAR" -> "P" + c + "Y";
      case "DECADE" -> "P" + c + "DE";
      case "CENTURY" -> "P" + c + "CE";
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimexRule r && r.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
