package org.storyline.store;

import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Provenance;
import org.storyline.model.Span;

/**
 * Checks, as rows are written, that spans lie inside their article's text. A violation is a bug in
 * the stage that made the span, so it is an {@link IllegalStateException} naming the article; it
 * aborts the transaction, which therefore leaves nothing of the article behind.
 */
final class SpanCheck {
  private final ArticleId article;
  private final int textLength;

  SpanCheck(ArticleId article, int textLength) {
    this.article = article;
    this.textLength = textLength;
  }

  /**
   * Checks that the text has no unpaired surrogate: SQLite stores UTF-8, where one cannot be
   * written, so it would come back as '?' and the article would not round-trip. Clean text from
   * ingest never has one.
   */
  void wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        throw new IllegalStateException("article " + article + ": text has an unpaired surrogate at offset " + i
            + "; ingest must not produce one");
      }
    }
  }

  /** Checks a span; null (an absent optional span) passes. */
  void span(Span span, String what) {
    if (span != null && !span.fitsIn(textLength)) {
      throw new IllegalStateException("article " + article + ": " + what + " span " + span
          + " lies outside its text of length " + textLength);
    }
  }

  /** Checks the evidence span when the provenance points into this article. */
  void provenance(Provenance provenance, String what) {
    if (provenance.article().equals(article)) {
      span(provenance.evidence(), what + " provenance evidence");
    }
  }

  /** Checks a citation of this article. */
  void citation(Citation citation, String what) {
    span(citation.span(), what + " citation");
  }
}
