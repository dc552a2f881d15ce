package org.storyline.model;

/** A short justification of an inference, pointing at the text that supports it. */
public record Evidence(String reason, Span span, String text) {
  public Evidence {
    if (reason == null || reason.isBlank() || span == null || text == null) {
      throw new IllegalArgumentException("evidence needs a reason, a span and its text");
    }
  }
}
