package org.storyline.model;

/**
 * Says that {@code article} repeats {@code original} (an exact copy or a near-duplicate such as a
 * syndicated copy or light rewrite) with the measured similarity in [0, 1].
 */
public record DuplicateLink(ArticleId article, ArticleId original, Kind kind, double similarity) {
  /** Exact (same normalised text) or near (high shingle overlap). */
  public enum Kind {
    EXACT,
    NEAR
  }

  public DuplicateLink {
    if (article == null || original == null || kind == null || article.equals(original)) {
      throw new IllegalArgumentException("invalid duplicate link " + article + " -> " + original);
    }
  }
}
