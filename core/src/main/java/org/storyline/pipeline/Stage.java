package org.storyline.pipeline;

import org.storyline.model.AnnotatedArticle;

/**
 * A per-article analysis step. Implementations are immutable and thread-safe after construction,
 * never mutate their input, and add only the layers they declare. Bad data becomes a diagnostic on
 * the returned article, not an exception.
 */
public interface Stage {
  StageInfo info();

  AnnotatedArticle apply(AnnotatedArticle doc);
}
