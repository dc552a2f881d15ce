package org.storyline.nlp.time;

import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/** Finds the sentence around an offset, tolerating text that no sentence covers (titles, table rows). */
final class Clauses {
  private Clauses() {}

  /**
   * {@return the sentence containing {@code offset}, else the line containing it (as a sentence
   * with index {@link Integer#MAX_VALUE}, so that no token belongs to it)}
   */
  static Sentence around(AnnotatedArticle doc, int offset) {
    // Sentences are in text order: binary search for the last one starting at or before offset.
    int lo = 0;
    int hi = doc.sentences().size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.sentences().get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found >= 0) {
      Sentence s = doc.sentences().get(found);
      if (offset < s.span().end()) {
        return s;
      }
    }
    String text = doc.text();
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      start = 0;
    }
    int end = text.indexOf('\n', offset);
    return new Sentence(Integer.MAX_VALUE, new Span(Math.min(start, offset), end < 0 ? text.length() : end));
  }
}
