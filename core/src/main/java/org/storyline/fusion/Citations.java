package org.storyline.fusion;

import java.util.Comparator;
import java.util.Optional;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/** Builds {@link Citation}s: the article, the sentence index, the sentence span and its text. */
public final class Citations {
  /** Total order on citations: article, sentence, span, text. */
  public static final Comparator<Citation> ORDER = Comparator.comparing(Citation::article)
      .thenComparingInt(Citation::sentence)
      .thenComparing(Citation::span)
      .thenComparing(Citation::text);

  private Citations() {}

  /** {@return the citation of sentence {@code index} of {@code doc}, if the article has it} */
  public static Optional<Citation> ofSentence(AnnotatedArticle doc, int index) {
    for (Sentence s : doc.sentences()) {
      if (s.index() == index) {
        return of(doc, s.index(), s.span());
      }
    }
    return Optional.empty();
  }

  /** {@return the citation of the sentence holding {@code offset}, if any sentence does} */
  public static Optional<Citation> atOffset(AnnotatedArticle doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(offset)) {
        return of(doc, s.index(), s.span());
      }
    }
    return Optional.empty();
  }

  /** {@return a citation of an arbitrary span (e.g. evidence) under sentence number {@code index}} */
  public static Optional<Citation> of(AnnotatedArticle doc, int index, Span span) {
    if (index < 0 || span == null || !span.fitsIn(doc.text().length())) {
      return Optional.empty();
    }
    return Optional.of(new Citation(doc.id(), index, span, span.coveredText(doc.text())));
  }
}
