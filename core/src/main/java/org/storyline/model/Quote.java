package org.storyline.model;

/**
 * A quote: {@code span} is the content (without the quotation marks), {@code speaker} the speaker
 * when attributed, {@code cue} the cue ("said", "according to") when present.
 */
public record Quote(String id, Span span, String text, QuoteKind kind, ActorRef speaker, Span cue, Provenance provenance) {
  public Quote {
    if (id == null || span == null || text == null || kind == null || provenance == null) {
      throw new IllegalArgumentException("quote: missing field");
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("quote text does not match span " + span);
    }
  }
}
