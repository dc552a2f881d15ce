package org.storyline.model;

/**
 * Points a fused fact at its evidence: the article, the sentence index, the span in the article's
 * text and the covered text.
 */
public record Citation(ArticleId article, int sentence, Span span, String text) {
  public Citation {
    if (article == null || span == null || text == null) {
      throw new IllegalArgumentException("citation: missing field");
    }
  }
}
