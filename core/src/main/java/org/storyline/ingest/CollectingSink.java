package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;

/**
 * An {@link IngestSink} that keeps everything in memory, for tests and small batches. Thread-safe.
 * Do not use it for large corpora: the point of the sink interface is not to hold them.
 */
public final class CollectingSink implements IngestSink {
  private final List<Article> articles = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  @Override
  public synchronized void article(Article article) {
    articles.add(article);
  }

  @Override
  public synchronized void diagnostic(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** {@return the articles received so far, in order} */
  public synchronized List<Article> articles() {
    return List.copyOf(articles);
  }

  /** {@return the diagnostics received so far, in order} */
  public synchronized List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
