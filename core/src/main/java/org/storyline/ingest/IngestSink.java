package org.storyline.ingest;

import java.util.function.Consumer;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;

/**
 * Receives what the {@link Ingestor} produces, in input order: articles and diagnostics (errors
 * for skipped items, warnings for items read with a problem, info such as skipped-record counts).
 * Called from the thread that called {@link Ingestor#ingest}; an implementation need not be
 * thread-safe unless it is shared between concurrent ingest calls.
 */
public interface IngestSink {
  /** Receives one cleaned article. */
  void article(Article article);

  /** Receives one diagnostic. */
  void diagnostic(Diagnostic diagnostic);

  /** {@return a sink forwarding to two consumers} */
  static IngestSink of(Consumer<Article> articles, Consumer<Diagnostic> diagnostics) {
    return new IngestSink() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void diagnostic(Diagnostic diagnostic) {
        diagnostics.accept(diagnostic);
      }
    };
  }
}
