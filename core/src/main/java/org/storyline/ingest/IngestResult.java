package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;

/**
 * The outcome of turning one item into an article: the article when accepted, and the diagnostics
 * raised on the way (warnings for an accepted article, at least one error for a rejected item).
 * Immutable.
 */
public final class IngestResult {
  private final Article article;
  private final List<Diagnostic> diagnostics;

  private IngestResult(Article article, List<Diagnostic> diagnostics) {
    this.article = article;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** {@return an accepted article with its warnings} */
  public static IngestResult accepted(Article article, List<Diagnostic> diagnostics) {
    if (article == null) {
      throw new IllegalArgumentException("accepted result needs an article");
    }
    return new IngestResult(article, diagnostics);
  }

  /** {@return a rejected item with the diagnostics explaining why} */
  public static IngestResult rejected(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs a diagnostic");
    }
    return new IngestResult(null, diagnostics);
  }

  /** {@return the article, if the item was accepted} */
  public Optional<Article> findArticle() {
    return Optional.ofNullable(article);
  }

  /** {@return the article} @throws IllegalStateException if the item was rejected */
  public Article article() {
    if (article == null) {
      throw new IllegalStateException("item rejected: " + diagnostics);
    }
    return article;
  }

  /** {@return whether an article was produced} */
  public boolean isAccepted() {
    return article != null;
  }

  /** {@return the diagnostics, in the order raised} */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** {@return a copy with {@code earlier} diagnostics placed before this result's own} */
  IngestResult withEarlierDiagnostics(List<Diagnostic> earlier) {
    if (earlier.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new ArrayList<>(earlier);
    all.addAll(diagnostics);
    return new IngestResult(article, all);
  }

  /** Sends the diagnostics, then the article if any, to the sink. */
  void sendTo(IngestSink sink) {
    diagnostics.forEach(sink::diagnostic);
    if (article != null) {
      sink.article(article);
    }
  }

  @Override
  public String toString() {
    return (article == null ? "rejected" : "accepted " + article.id()) + " " + diagnostics;
  }
}
