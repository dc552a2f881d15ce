package org.storyline.eval;

import org.storyline.model.Span;

/**
 * A TIMEX3 annotation inside a TimeML document's TEXT: its half-open character span into the
 * plain text (tags removed, entities decoded), its {@code type} (DATE, TIME, DURATION, SET) and
 * {@code value} attributes as written, and its {@code tid} (may be empty for system output not
 * yet numbered).
 */
public record Timex(Span span, String tid, String type, String value) {
  public Timex {
    if (span == null || tid == null || type == null || value == null) {
      throw new IllegalArgumentException("timex needs span, tid, type and value (use \"\" when absent)");
    }
  }
}
