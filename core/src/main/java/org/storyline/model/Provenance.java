package org.storyline.model;

/**
 * Where a fact came from: the article, the evidence span in its text, the stage that produced it
 * and its confidence in [0, 1].
 */
public record Provenance(ArticleId article, Span evidence, StageRef producedBy, double confidence) {
  public Provenance {
    if (article == null || evidence == null || producedBy == null) {
      throw new IllegalArgumentException("article, evidence and stage are required");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
  }
}
