package org.storyline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An article with its typed annotation layers. Immutable; stages return copies made with the
 * {@code withX} methods. Every span points into {@code article.text()}.
 */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Mention> mentions,
    List<TimeExpression> times,
    List<RoleMention> roles,
    List<Quote> quotes,
    List<EventMention> events,
    List<Diagnostic> diagnostics) {
  public AnnotatedArticle {
    if (article == null) {
      throw new IllegalArgumentException("article required");
    }
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    roles = List.copyOf(roles);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    diagnostics = List.copyOf(diagnostics);
  }

  /** {@return an article with no annotations yet} */
  public static AnnotatedArticle of(Article article) {
    return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public ArticleId id() {
    return article.id();
  }

  public String text() {
    return article.text();
  }

  public AnnotatedArticle withArticle(Article a) {
    return new AnnotatedArticle(a, sentences, tokens, mentions, times, roles, quotes, events, diagnostics);
  }

  public AnnotatedArticle withSentences(List<Sentence> s) {
    return new AnnotatedArticle(article, s, tokens, mentions, times, roles, quotes, events, diagnostics);
  }

  public AnnotatedArticle withTokens(List<Token> t) {
    return new AnnotatedArticle(article, sentences, t, mentions, times, roles, quotes, events, diagnostics);
  }

  public AnnotatedArticle withMentions(List<Mention> m) {
    return new AnnotatedArticle(article, sentences, tokens, m, times, roles, quotes, events, diagnostics);
  }

  public AnnotatedArticle withTimes(List<TimeExpression> t) {
    return new AnnotatedArticle(article, sentences, tokens, mentions, t, roles, quotes, events, diagnostics);
  }

  public AnnotatedArticle withRoles(List<RoleMention> r) {
    return new AnnotatedArticle(article, sentences, tokens, mentions, times, r, quotes, events, diagnostics);
  }

  public AnnotatedArticle withQuotes(List<Quote> q) {
    return new AnnotatedArticle(article, sentences, tokens, mentions, times, roles, q, events, diagnostics);
  }

  public AnnotatedArticle withEvents(List<EventMention> e) {
    return new AnnotatedArticle(article, sentences, tokens, mentions, times, roles, quotes, e, diagnostics);
  }

  public AnnotatedArticle withDiagnostic(Diagnostic d) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(d);
    return new AnnotatedArticle(article, sentences, tokens, mentions, times, roles, quotes, events, all);
  }

  /** {@return the sentence holding the offset, or the last one before it} */
  public Sentence sentenceAt(int offset) {
    Sentence best = null;
    for (Sentence s : sentences) {
      if (s.span().start() <= offset) {
        best = s;
      } else {
        break;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no sentence at " + offset + " in " + article.id());
    }
    return best;
  }

  /** {@return the tokens of one sentence} */
  public List<Token> tokensOf(int sentence) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.sentence() == sentence) {
        out.add(t);
      }
    }
    return out;
  }
}
