package org.storyline.model;

/** The {@code index}-th sentence of an article (0-based) and its span. */
public record Sentence(int index, Span span) {
  public Sentence {
    if (index < 0 || span == null) {
      throw new IllegalArgumentException("invalid sentence " + index + " " + span);
    }
  }
}
