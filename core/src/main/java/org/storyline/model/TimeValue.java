package org.storyline.model;

import java.time.LocalDate;

/**
 * The value of a time expression. {@link #timex()} is always the TIMEX3 value string ("2025-08-18",
 * "2025-W34", "XXXX-12", "P3D", "PAST_REF").
 */
public sealed interface TimeValue permits TimeValue.Resolved, TimeValue.Relative, TimeValue.Duration, TimeValue.Unresolvable {
  String timex();

  /** A calendar interval {@code [start, endExclusive)} at a given precision. */
  record Resolved(LocalDate start, LocalDate endExclusive, Granularity granularity, String timex)
      implements TimeValue {
    public Resolved {
      if (start == null || endExclusive == null || granularity == null || timex == null) {
        throw new IllegalArgumentException("resolved time needs start, end, granularity and timex");
      }
      if (!endExclusive.isAfter(start)) {
        throw new IllegalArgumentException("empty interval " + start + " .. " + endExclusive);
      }
    }

    /** {@return the last day inside the interval} */
    public LocalDate lastDay() {
      return endExclusive.minusDays(1);
    }
  }

  /**
   * An expression relative to an anchor that is not known (yet). {@code rule} is the machine form
   * the time resolver understands (see {@code org.storyline.nlp.time}); {@code timex} is the
   * anchorless TIMEX3 value ("XXXX-12", "FUTURE_REF").
   */
  record Relative(String rule, Granularity granularity, String timex) implements TimeValue {
    public Relative {
      if (rule == null || rule.isBlank() || granularity == null || timex == null) {
        throw new IllegalArgumentException("relative time needs a rule, granularity and timex");
      }
    }
  }

  /** A length of time ("30-day", "40 minutes"): TIMEX3 DURATION value such as "P30D". */
  record Duration(String timex) implements TimeValue {
    public Duration {
      if (timex == null || timex.isBlank()) {
        throw new IllegalArgumentException("duration needs a timex value");
      }
    }
  }

  /** Recognised as a time expression but not given a value; says why. */
  record Unresolvable(String reason, String timex) implements TimeValue {
    public Unresolvable {
      if (reason == null || timex == null) {
        throw new IllegalArgumentException("unresolvable time needs a reason and a timex");
      }
    }
  }
}
