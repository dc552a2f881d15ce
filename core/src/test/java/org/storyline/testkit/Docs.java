package org.storyline.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateBasis;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.OffsetMap;
import org.storyline.model.Provenance;
import org.storyline.model.PublicationDate;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.StageRef;
import org.storyline.model.Token;

/**
 * Hand-built inputs for stage tests: an article from a string, sentences split at ". ", tokens at
 * word boundaries (no POS unless given), mentions found by their text. Not a real analyser.
 */
public final class Docs {
  public static final StageRef TEST_STAGE = new StageRef("test", "v0");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");
  private static final Pattern TOKEN = Pattern.compile("\\$|\\d+(?:[.,]\\d+)*|\\p{L}[\\p{L}\\p{M}'’-]*|[^\\s\\p{L}\\d]");

  private Docs() {}

  /** {@return an undated article with this text, split into sentences and tokens} */
  public static AnnotatedArticle article(String text) {
    return article("test", text, null);
  }

  /** {@return an article with this id and text, published on {@code published} (null: unknown)} */
  public static AnnotatedArticle article(String id, String text, LocalDate published) {
    PublicationDate date = published == null
        ? PublicationDate.unknown()
        : PublicationDate.exact(published, DateBasis.METADATA, List.of());
    Article article = new Article(ArticleId.of(id), id + ".txt", null, "", null, text,
        OffsetMap.identity(text.length()), date, "");
    AnnotatedArticle doc = AnnotatedArticle.of(article);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Matcher sm = SENTENCE.matcher(text);
    while (sm.find()) {
      int s = sm.start();
      int e = sm.end();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s == e) {
        continue;
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, new Span(s, e)));
      Matcher tm = TOKEN.matcher(text).region(s, e);
      while (tm.find()) {
        tokens.add(new Token(index, new Span(tm.start(), tm.end()), tm.group(), "", tm.group()));
      }
    }
    return doc.withSentences(sentences).withTokens(tokens);
  }

  /** {@return doc with a mention of the first occurrence of {@code text} (after {@code from})} */
  public static AnnotatedArticle withMention(AnnotatedArticle doc, String text, EntityType type, String entity) {
    int from = 0;
    for (Mention m : doc.mentions()) {
      if (m.text().equals(text)) {
        from = Math.max(from, m.span().end());
      }
    }
    int at = doc.text().indexOf(text, from);
    if (at < 0) {
      throw new IllegalArgumentException("'" + text + "' not in text");
    }
    Span span = new Span(at, at + text.length());
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.add(new Mention(MentionId.of(doc.id() + "#m" + mentions.size()), span, text, type,
        entity == null ? null : EntityId.of(entity), new Provenance(doc.id(), span, TEST_STAGE, 1.0)));
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return doc.withMentions(mentions);
  }

  /** {@return the span of the first occurrence of {@code text}} */
  public static Span spanOf(AnnotatedArticle doc, String text) {
    int at = doc.text().indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException("'" + text + "' not in text");
    }
    return new Span(at, at + text.length());
  }
}
