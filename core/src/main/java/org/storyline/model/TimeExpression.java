package org.storyline.model;

/** A time expression in an article with its TIMEX3 type and value. */
public record TimeExpression(Span span, String text, TimexType type, TimeValue value, Provenance provenance) {
  public TimeExpression {
    if (span == null || text == null || type == null || value == null || provenance == null) {
      throw new IllegalArgumentException("time expression: missing field at " + span);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("time text '" + text + "' does not match span " + span);
    }
  }

  public TimeExpression withValue(TimeValue resolved) {
    return new TimeExpression(span, text, type, resolved, provenance);
  }
}
