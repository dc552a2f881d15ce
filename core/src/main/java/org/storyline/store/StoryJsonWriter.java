package org.storyline.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventDate;
import org.storyline.model.Evidence;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quantity;
import org.storyline.model.Quote;
import org.storyline.model.Role;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.StatusChange;
import org.storyline.model.Story;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;

/**
 * Writes a whole story as one JSON document in the {@value #SCHEMA} format (documented field by
 * field in {@code docs/json-schema.md}): the articles with their publication dates and duplicate
 * links, the canonical entities, the fused events, every quote, the contradictions and, unless
 * turned off, every time expression.
 *
 * <p>Streams with Jackson's {@link JsonGenerator}: nothing but the story and one article at a time
 * is held in memory when writing from a {@link StoryStore}. Articles (and so quotes and time
 * expressions) are written in article-id order, so the output does not depend on the order the
 * articles arrived in; entities, events and contradictions keep the story's order. Quote speakers
 * are mapped to canonical entity ids with the canonicaliser the caller passes (per-article ids to
 * canonical ids, e.g. from entity resolution). Writing to a path goes through a temporary file
 * renamed into place, so a reader never sees half a file.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryJsonWriter {
  /** The value of the top-level {@code "schema"} field. */
  public static final String SCHEMA = "storyline/1";

  private static final JsonFactory JSON = ColumnJson.MAPPER.getFactory();

  private final boolean prettyPrint;
  private final boolean timeExpressions;

  /** A writer that pretty-prints and includes time expressions. */
  public StoryJsonWriter() {
    this(true, true);
  }

  private StoryJsonWriter(boolean prettyPrint, boolean timeExpressions) {
    this.prettyPrint = prettyPrint;
    this.timeExpressions = timeExpressions;
  }

  /** {@return a copy that indents (true) or writes compactly (false)} */
  public StoryJsonWriter withPrettyPrint(boolean indent) {
    return new StoryJsonWriter(indent, timeExpressions);
  }

  /** {@return a copy that writes (true) or leaves out (false) the optional "timeExpressions"} */
  public StoryJsonWriter withTimeExpressions(boolean include) {
    return new StoryJsonWriter(prettyPrint, include);
  }

  /**
   * Writes the story held in {@code store}, streaming its articles one at a time. Articles added
   * while it runs are left out.
   *
   * @param canonical maps an entity id found in an article to its canonical id (a null result
   *     keeps the id); {@link Function#identity()} when ids are already canonical
   */
  public void write(Path file, StoryStore store, Function<EntityId, EntityId> canonical) throws IOException {
    Story story = store.loadStory();
    List<DuplicateLink> duplicates = store.duplicates();
    writeAtomically(file, out -> write(out, feed(store), duplicates, story, canonical));
  }

  /**
   * Writes the story built from {@code docs}.
   *
   * @param canonical maps an entity id found in an article to its canonical id (a null result
   *     keeps the id)
   */
  public void write(Path file, List<AnnotatedArticle> docs, List<DuplicateLink> duplicates, Story story,
      Function<EntityId, EntityId> canonical) throws IOException {
    writeAtomically(file, out -> write(out, docs, duplicates, story, canonical));
  }

  /** Writes the story built from {@code docs} to {@code out}, which stays open. */
  public void write(OutputStream out, List<AnnotatedArticle> docs, List<DuplicateLink> duplicates, Story story,
      Function<EntityId, EntityId> canonical) throws IOException {
    List<AnnotatedArticle> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(AnnotatedArticle::id));
    write(out, action -> {
      for (AnnotatedArticle doc : sorted) {
        action.accept(doc);
      }
    }, duplicates, story, canonical);
  }

  // ---- the document ------------------------------------------------------------------------

  /** Something that can pass every article, in id order, any number of times. */
  @FunctionalInterface
  private interface ArticleFeed {
    void forEach(ArticleAction action) throws IOException;
  }

  @FunctionalInterface
  private interface ArticleAction {
    void accept(AnnotatedArticle doc) throws IOException;
  }

  @FunctionalInterface
  private interface StreamWork {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Feeds the articles stored when the export began, in id order, loading one at a time; each pass
   * sees the same set even if articles are added meanwhile.
   */
  private static ArticleFeed feed(StoryStore store) {
    List<ArticleId> ids = new ArrayList<>(store.articleIds());
    ids.sort(Comparator.naturalOrder());
    return action -> {
      for (ArticleId id : ids) {
        action.accept(store.article(id));
      }
    };
  }

  private void write(OutputStream out, ArticleFeed articles, List<DuplicateLink> duplicates, Story story,
      Function<EntityId, EntityId> canonical) throws IOException {
    Map<ArticleId, DuplicateLink> duplicateOf = duplicateOf(duplicates);
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (prettyPrint) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeArrayFieldStart("articles");
      articles.forEach(doc -> writeArticle(g, doc.article(), duplicateOf.get(doc.id())));
      g.writeEndArray();
      g.writeArrayFieldStart("entities");
      for (Entity e : story.entities()) {
        writeEntity(g, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (Event e : story.events()) {
        writeEvent(g, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("quotes");
      articles.forEach(doc -> {
        for (Quote q : doc.quotes()) {
          writeQuote(g, doc, q, canonical);
        }
      });
      g.writeEndArray();
      g.writeArrayFieldStart("contradictions");
      for (Contradiction c : story.contradictions()) {
        writeContradiction(g, c);
      }
      g.writeEndArray();
      if (timeExpressions) {
        g.writeArrayFieldStart("timeExpressions");
        articles.forEach(doc -> {
          for (TimeExpression t : doc.times()) {
            writeTimeExpression(g, doc, t);
          }
        });
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.flush();
  }

  /**
   * {@return for each duplicate article the link to report} An exact copy wins over a near one,
   * then the higher similarity, then the smaller original id, so the choice is deterministic.
   */
  private static Map<ArticleId, DuplicateLink> duplicateOf(List<DuplicateLink> links) {
    Comparator<DuplicateLink> better = Comparator
        .comparing((DuplicateLink l) -> l.kind() != DuplicateLink.Kind.EXACT)
        .thenComparing(l -> -l.similarity())
        .thenComparing(DuplicateLink::original);
    Map<ArticleId, DuplicateLink> out = new HashMap<>();
    for (DuplicateLink link : links) {
      out.merge(link.article(), link, (a, b) -> better.compare(a, b) <= 0 ? a : b);
    }
    return out;
  }

  private static void writeArticle(JsonGenerator g, Article a, DuplicateLink duplicate) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id().value());
    g.writeStringField("source", a.source());
    g.writeStringField("title", a.title());
    g.writeStringField("url", a.url());
    g.writeStringField("byline", a.byline());
    PublicationDate p = a.published();
    g.writeObjectFieldStart("published");
    writeDate(g, "date", p.date());
    writeDate(g, "earliest", p.earliest());
    writeDate(g, "latest", p.latest());
    g.writeStringField("basis", p.basis().json());
    g.writeArrayFieldStart("evidence");
    for (Evidence e : p.evidence()) {
      g.writeStartObject();
      g.writeStringField("reason", e.reason());
      writeSpan(g, e.span());
      g.writeStringField("text", e.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("duplicateOf", duplicate == null ? null : duplicate.original().value());
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().value());
    g.writeStringField("type", lower(e.type().name()));
    g.writeStringField("name", e.name());
    g.writeArrayFieldStart("aliases");
    for (String alias : e.aliases()) {
      g.writeString(alias);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("roles");
    for (Role r : e.roles()) {
      g.writeStartObject();
      g.writeStringField("title", r.title());
      writeDate(g, "firstStated", r.firstStated());
      writeDate(g, "lastStated", r.lastStated());
      g.writeArrayFieldStart("evidence");
      for (Citation c : r.evidence()) {
        writeCitation(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("actorCode", e.actorCode());
    g.writeNumberField("mentions", e.mentionCount());
    g.writeEndObject();
  }

  private static void writeEvent(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().value());
    g.writeStringField("plover", e.plover());
    g.writeStringField("mode", e.mode());
    g.writeStringField("cameo", e.cameo());
    g.writeStringField("status", e.status().json());
    g.writeStringField("frame", e.frame());
    writeIds(g, "source", e.sources());
    writeIds(g, "target", e.targets());
    g.writeStringField("location", e.location());
    EventDate date = e.date();
    if (date == null) {
      g.writeNullField("date");
    } else {
      g.writeObjectFieldStart("date");
      g.writeStringField("value", date.value());
      writeDate(g, "earliest", date.earliest());
      writeDate(g, "latest", date.latest());
      g.writeStringField("granularity", date.granularity() == null ? null : lower(date.granularity().name()));
      g.writeEndObject();
    }
    g.writeArrayFieldStart("quantities");
    for (Quantity q : e.quantities()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      writeNumber(g, "value", q.value());
      g.writeStringField("unit", q.unit());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("summary", e.summary());
    writeNumber(g, "confidence", e.confidence());
    g.writeArrayFieldStart("statusHistory");
    for (StatusChange s : e.statusHistory()) {
      g.writeStartObject();
      g.writeStringField("status", s.status().json());
      writeDate(g, "asOf", s.asOf());
      writeCitationFields(g, s.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Citation c : e.mentions()) {
      writeCitation(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, AnnotatedArticle doc, Quote q,
      Function<EntityId, EntityId> canonical) throws IOException {
    ActorRef speaker = q.speaker();
    EntityId speakerId = null;
    if (speaker != null && speaker.entity() != null) {
      EntityId mapped = canonical.apply(speaker.entity());
      speakerId = mapped == null ? speaker.entity() : mapped;
    }
    g.writeStartObject();
    g.writeStringField("speaker", speakerId == null ? null : speakerId.value());
    g.writeStringField("speakerText", speaker == null ? null : speaker.text());
    g.writeStringField("text", q.text());
    g.writeStringField("kind", lower(q.kind().name()));
    g.writeStringField("article", doc.id().value());
    writeSpan(g, q.span());
    g.writeStringField("cue", q.cue() == null ? null : q.cue().coveredText(doc.text()));
    g.writeEndObject();
  }

  private static void writeContradiction(JsonGenerator g, Contradiction c) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", c.kind());
    g.writeStringField("subject", c.subject());
    g.writeArrayFieldStart("claims");
    for (Contradiction.Claim claim : c.claims()) {
      g.writeStartObject();
      g.writeStringField("value", claim.value());
      writeCitationFields(g, claim.citation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Every field is always present (null when it does not apply), so rows have one shape. */
  private static void writeTimeExpression(JsonGenerator g, AnnotatedArticle doc, TimeExpression t)
      throws IOException {
    TimeValue v = t.value();
    String kind;
    LocalDate earliest = null;
    LocalDate latest = null;
    String granularity = null;
    String rule = null;
    String reason = null;
    if (v instanceof TimeValue.Resolved) {
      TimeValue.Resolved r = (TimeValue.Resolved) v;
      kind = "resolved";
      earliest = r.start();
      latest = r.lastDay();
      granularity = lower(r.granularity().name());
    } else if (v instanceof TimeValue.Relative) {
      TimeValue.Relative r = (TimeValue.Relative) v;
      kind = "relative";
      granularity = lower(r.granularity().name());
      rule = r.rule();
    } else if (v instanceof TimeValue.Duration) {
      kind = "duration";
    } else if (v instanceof TimeValue.Unresolvable) {
      kind = "unresolvable";
      reason = ((TimeValue.Unresolvable) v).reason();
    } else {
      throw new AssertionError(v);
    }
    g.writeStartObject();
    g.writeStringField("article", doc.id().value());
    Integer sentence = sentenceOf(doc, t.span());
    if (sentence == null) {
      g.writeNullField("sentence");
    } else {
      g.writeNumberField("sentence", sentence);
    }
    writeSpan(g, t.span());
    g.writeStringField("text", t.text());
    g.writeStringField("type", lower(t.type().name()));
    g.writeStringField("kind", kind);
    g.writeStringField("value", v.timex());
    writeDate(g, "earliest", earliest);
    writeDate(g, "latest", latest);
    g.writeStringField("granularity", granularity);
    g.writeStringField("rule", rule);
    g.writeStringField("reason", reason);
    g.writeEndObject();
  }

  /** {@return the index of the sentence containing the span's start, or null} */
  private static Integer sentenceOf(AnnotatedArticle doc, Span span) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(span.start()) || (s.span().isEmpty() && s.span().start() == span.start())) {
        return s.index();
      }
    }
    return null;
  }

  // ---- small pieces ------------------------------------------------------------------------

  private static void writeCitation(JsonGenerator g, Citation c) throws IOException {
    g.writeStartObject();
    writeCitationFields(g, c);
    g.writeEndObject();
  }

  private static void writeCitationFields(JsonGenerator g, Citation c) throws IOException {
    g.writeStringField("article", c.article().value());
    g.writeNumberField("sentence", c.sentence());
    writeSpan(g, c.span());
    g.writeStringField("text", c.text());
  }

  private static void writeSpan(JsonGenerator g, Span span) throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  private static void writeIds(JsonGenerator g, String field, List<EntityId> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (EntityId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void writeDate(JsonGenerator g, String field, LocalDate date) throws IOException {
    g.writeStringField(field, date == null ? null : date.toString());
  }

  /** NaN and infinities are not JSON numbers: they are written as null. */
  private static void writeNumber(JsonGenerator g, String field, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(field, value);
    } else {
      g.writeNullField(field);
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static void writeAtomically(Path file, StreamWork work) throws IOException {
    Path target = file.toAbsolutePath();
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        work.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
