package org.storyline.store;

import static org.storyline.store.Sql.PROVENANCE_COLUMNS;
import static org.storyline.store.Sql.bindProvenance;
import static org.storyline.store.Sql.placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quantity;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.model.RoleMention;
import org.storyline.model.Sentence;
import org.storyline.model.Severity;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.model.Token;

/**
 * Writes an {@link AnnotatedArticle} into the per-article tables and reads it back. The caller owns
 * the transaction: {@link #write} must run inside one so that an exception (a span outside the
 * text, an I/O error) leaves nothing of the article. Every list keeps its order through the
 * {@code ord} column, so a read returns a record equal to the one written.
 */
final class ArticleTables {
  /** Tables holding one article's layers, cleared before the article is (re)written. */
  private static final List<String> LAYER_TABLES = List.of(
      "sentences", "tokens", "mentions", "time_expressions", "roles", "quotes", "event_mentions", "diagnostics");

  private static final String ARTICLE_COLUMNS = "id, source, url, title, byline, text, text_length, offset_map,"
      + " published_date, published_earliest, published_latest, published_basis, published_evidence, content_hash";

  private static final String MENTION_COLUMNS = "article, ord, id, span_start, span_end, text, type, entity, "
      + PROVENANCE_COLUMNS;
  private static final String TIME_COLUMNS = "article, ord, span_start, span_end, text, type, value_kind, timex,"
      + " value_start, value_end_exclusive, granularity, rule, reason, " + PROVENANCE_COLUMNS;
  private static final String ROLE_COLUMNS = "article, ord, entity, role, span_start, span_end, text, "
      + PROVENANCE_COLUMNS;
  private static final String QUOTE_COLUMNS = "article, ord, id, span_start, span_end, text, kind, speaker_text,"
      + " speaker_entity, speaker_code, speaker_start, speaker_end, cue_start, cue_end, " + PROVENANCE_COLUMNS;
  private static final String EVENT_COLUMNS = "article, ord, id, sentence, trigger_start, trigger_end, frame, plover,"
      + " mode, cameo, status, sources, targets, location, time_value, time_start, time_end, quantities, "
      + PROVENANCE_COLUMNS;

  private ArticleTables() {}

  // ---- writing -----------------------------------------------------------------------------

  /**
   * Writes (or replaces) one article with all its layers. Must run inside a transaction.
   *
   * @throws IllegalStateException naming the article when a span lies outside its text
   */
  static void write(Connection c, AnnotatedArticle doc) throws SQLException {
    Article article = doc.article();
    String id = article.id().value();
    String text = article.text();
    SpanCheck check = new SpanCheck(article.id(), text.length());
    check.wellFormed(text);
    writeArticleRow(c, article, check);
    for (String table : LAYER_TABLES) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article = ?")) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
    writeSentences(c, id, doc.sentences(), check);
    writeTokens(c, id, doc.tokens(), text, check);
    writeMentions(c, id, doc.mentions(), check);
    writeTimes(c, id, doc.times(), check);
    writeRoles(c, id, doc.roles(), check);
    writeQuotes(c, id, doc.quotes(), check);
    writeEvents(c, id, doc.events(), check);
    writeDiagnostics(c, id, doc.diagnostics());
  }

  private static void writeArticleRow(Connection c, Article a, SpanCheck check) throws SQLException {
    PublicationDate published = a.published();
    for (Evidence e : published.evidence()) {
      check.span(e.span(), "publication date evidence '" + e.reason() + "'");
    }
    // an upsert keeps the row (and so seq, the order first added) when an article is re-analysed
    String sql = "INSERT INTO articles (" + ARTICLE_COLUMNS + ") VALUES (" + placeholders(14) + ")"
        + " ON CONFLICT (id) DO UPDATE SET source = excluded.source, url = excluded.url,"
        + " title = excluded.title, byline = excluded.byline, text = excluded.text,"
        + " text_length = excluded.text_length, offset_map = excluded.offset_map,"
        + " published_date = excluded.published_date, published_earliest = excluded.published_earliest,"
        + " published_latest = excluded.published_latest, published_basis = excluded.published_basis,"
        + " published_evidence = excluded.published_evidence, content_hash = excluded.content_hash";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a.id().value());
      ps.setString(2, a.source());
      ps.setString(3, a.url());
      ps.setString(4, a.title());
      ps.setString(5, a.byline());
      ps.setString(6, a.text());
      ps.setInt(7, a.text().length());
      ps.setString(8, a.toSource().encode());
      ps.setString(9, Sql.date(published.date()));
      ps.setString(10, Sql.date(published.earliest()));
      ps.setString(11, Sql.date(published.latest()));
      ps.setString(12, published.basis().name());
      ps.setString(13, ColumnJson.list(published.evidence(), ColumnJson::evidence));
      ps.setString(14, a.contentHash());
      ps.executeUpdate();
    }
  }

  private static void writeSentences(Connection c, String id, List<Sentence> sentences, SpanCheck check)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO sentences (article, ord, idx, span_start, span_end) VALUES (?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Sentence s : sentences) {
        check.span(s.span(), "sentence " + s.index());
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setInt(3, s.index());
        ps.setInt(4, s.span().start());
        ps.setInt(5, s.span().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeTokens(Connection c, String id, List<Token> tokens, String text, SpanCheck check)
      throws SQLException {
    for (Token t : tokens) {
      check.span(t.span(), "token '" + t.text() + "'");
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO tokens (article, token_count, data) VALUES (?, ?, ?)")) {
      ps.setString(1, id);
      ps.setInt(2, tokens.size());
      ps.setBytes(3, TokenCodec.encode(tokens, text));
      ps.executeUpdate();
    }
  }

  private static void writeMentions(Connection c, String id, List<Mention> mentions, SpanCheck check)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO mentions (" + MENTION_COLUMNS + ") VALUES (" + placeholders(14) + ")")) {
      int ord = 0;
      for (Mention m : mentions) {
        check.span(m.span(), "mention " + m.id());
        check.provenance(m.provenance(), "mention " + m.id());
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setString(3, m.id().value());
        ps.setInt(4, m.span().start());
        ps.setInt(5, m.span().end());
        ps.setString(6, m.text());
        ps.setString(7, m.type().name());
        ps.setString(8, m.entity() == null ? null : m.entity().value());
        bindProvenance(ps, 9, m.provenance(), id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeTimes(Connection c, String id, List<TimeExpression> times, SpanCheck check)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO time_expressions (" + TIME_COLUMNS + ") VALUES (" + placeholders(19) + ")")) {
      int ord = 0;
      for (TimeExpression t : times) {
        check.span(t.span(), "time expression '" + t.text() + "'");
        check.provenance(t.provenance(), "time expression '" + t.text() + "'");
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setInt(3, t.span().start());
        ps.setInt(4, t.span().end());
        ps.setString(5, t.text());
        ps.setString(6, t.type().name());
        bindTimeValue(ps, 7, t.value());
        bindProvenance(ps, 14, t.provenance(), id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Binds value_kind, timex, value_start, value_end_exclusive, granularity, rule, reason. */
  private static void bindTimeValue(PreparedStatement ps, int i, TimeValue value) throws SQLException {
    String kind;
    String start = null;
    String end = null;
    Granularity granularity = null;
    String rule = null;
    String reason = null;
    if (value instanceof TimeValue.Resolved) {
      TimeValue.Resolved r = (TimeValue.Resolved) value;
      kind = "resolved";
      start = r.start().toString();
      end = r.endExclusive().toString();
      granularity = r.granularity();
    } else if (value instanceof TimeValue.Relative) {
      TimeValue.Relative r = (TimeValue.Relative) value;
      kind = "relative";
      granularity = r.granularity();
      rule = r.rule();
    } else if (value instanceof TimeValue.Duration) {
      kind = "duration";
    } else if (value instanceof TimeValue.Unresolvable) {
      kind = "unresolvable";
      reason = ((TimeValue.Unresolvable) value).reason();
    } else {
      throw new AssertionError(value);
    }
    ps.setString(i, kind);
    ps.setString(i + 1, value.timex());
    ps.setString(i + 2, start);
    ps.setString(i + 3, end);
    ps.setString(i + 4, granularity == null ? null : granularity.name());
    ps.setString(i + 5, rule);
    ps.setString(i + 6, reason);
  }

  private static void writeRoles(Connection c, String id, List<RoleMention> roles, SpanCheck check)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO roles (" + ROLE_COLUMNS + ") VALUES (" + placeholders(13) + ")")) {
      int ord = 0;
      for (RoleMention r : roles) {
        check.span(r.span(), "role '" + r.role() + "'");
        check.provenance(r.provenance(), "role '" + r.role() + "'");
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setString(3, r.entity().value());
        ps.setString(4, r.role());
        ps.setInt(5, r.span().start());
        ps.setInt(6, r.span().end());
        ps.setString(7, r.text());
        bindProvenance(ps, 8, r.provenance(), id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeQuotes(Connection c, String id, List<Quote> quotes, SpanCheck check)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO quotes (" + QUOTE_COLUMNS + ") VALUES (" + placeholders(20) + ")")) {
      int ord = 0;
      for (Quote q : quotes) {
        check.span(q.span(), "quote " + q.id());
        check.span(q.cue(), "quote " + q.id() + " cue");
        check.provenance(q.provenance(), "quote " + q.id());
        ActorRef speaker = q.speaker();
        if (speaker != null) {
          check.span(speaker.span(), "quote " + q.id() + " speaker");
        }
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setString(3, q.id());
        ps.setInt(4, q.span().start());
        ps.setInt(5, q.span().end());
        ps.setString(6, q.text());
        ps.setString(7, q.kind().name());
        ps.setString(8, speaker == null ? null : speaker.text());
        ps.setString(9, speaker == null || speaker.entity() == null ? null : speaker.entity().value());
        ps.setString(10, speaker == null ? null : speaker.actorCode());
        Sql.setIntOrNull(ps, 11, speaker == null ? null : Sql.start(speaker.span()));
        Sql.setIntOrNull(ps, 12, speaker == null ? null : Sql.end(speaker.span()));
        Sql.setIntOrNull(ps, 13, Sql.start(q.cue()));
        Sql.setIntOrNull(ps, 14, Sql.end(q.cue()));
        bindProvenance(ps, 15, q.provenance(), id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeEvents(Connection c, String id, List<EventMention> events, SpanCheck check)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO event_mentions (" + EVENT_COLUMNS + ") VALUES (" + placeholders(24) + ")")) {
      int ord = 0;
      for (EventMention e : events) {
        String what = "event mention " + e.id();
        check.span(e.trigger(), what + " trigger");
        check.span(e.whenSpan(), what + " time");
        for (ActorRef a : e.sources()) {
          check.span(a.span(), what + " source '" + a.text() + "'");
        }
        for (ActorRef a : e.targets()) {
          check.span(a.span(), what + " target '" + a.text() + "'");
        }
        if (e.location() != null) {
          check.span(e.location().span(), what + " location");
        }
        for (Quantity q : e.quantities()) {
          check.span(q.span(), what + " quantity '" + q.text() + "'");
        }
        check.provenance(e.provenance(), what);
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setString(3, e.id());
        ps.setInt(4, e.sentence());
        ps.setInt(5, e.trigger().start());
        ps.setInt(6, e.trigger().end());
        ps.setString(7, e.frame());
        ps.setString(8, e.plover());
        ps.setString(9, e.mode());
        ps.setString(10, e.cameo());
        ps.setString(11, e.status().name());
        ps.setString(12, ColumnJson.list(e.sources(), ColumnJson::actor));
        ps.setString(13, ColumnJson.list(e.targets(), ColumnJson::actor));
        ps.setString(14, ColumnJson.actorOrNull(e.location()));
        ps.setString(15, ColumnJson.timeOrNull(e.when()));
        Sql.setIntOrNull(ps, 16, Sql.start(e.whenSpan()));
        Sql.setIntOrNull(ps, 17, Sql.end(e.whenSpan()));
        ps.setString(18, ColumnJson.list(e.quantities(), ColumnJson::quantity));
        bindProvenance(ps, 19, e.provenance(), id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Writes diagnostics of one article ({@code article} non-null) or of the run (null). */
  static void writeDiagnostics(Connection c, String article, List<Diagnostic> diagnostics) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO diagnostics (article, code, severity, stage, item, message) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Diagnostic d : diagnostics) {
        ps.setString(1, article);
        ps.setString(2, d.code());
        ps.setString(3, d.severity().name());
        ps.setString(4, d.stage());
        ps.setString(5, d.item());
        ps.setString(6, d.message());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  /**
   * Reads articles with all their layers, in the order first added.
   *
   * @param only one article id, or null for all
   */
  static List<AnnotatedArticle> read(Connection c, String only) throws SQLException {
    Map<String, Article> articles = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles"
        + (only == null ? "" : " WHERE id = ?") + " ORDER BY seq")) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Article a = article(rs);
          articles.put(a.id().value(), a);
        }
      }
    }
    if (articles.isEmpty()) {
      return List.of();
    }
    Map<String, List<Sentence>> sentences = layer(c, "SELECT article, idx, span_start, span_end FROM sentences",
        only, rs -> new Sentence(rs.getInt("idx"), Sql.span(rs)));
    Map<String, List<Token>> tokens = tokens(c, only, articles);
    Map<String, List<Mention>> mentions = layer(c, "SELECT " + MENTION_COLUMNS + " FROM mentions", only,
        ArticleTables::mention);
    Map<String, List<TimeExpression>> times = layer(c, "SELECT " + TIME_COLUMNS + " FROM time_expressions", only,
        ArticleTables::time);
    Map<String, List<RoleMention>> roles = layer(c, "SELECT " + ROLE_COLUMNS + " FROM roles", only,
        ArticleTables::role);
    Map<String, List<Quote>> quotes = layer(c, "SELECT " + QUOTE_COLUMNS + " FROM quotes", only,
        ArticleTables::quote);
    Map<String, List<EventMention>> events = layer(c, "SELECT " + EVENT_COLUMNS + " FROM event_mentions", only,
        ArticleTables::eventMention);
    Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT article, code, severity, stage, item, message FROM diagnostics WHERE "
            + (only == null ? "article IS NOT NULL" : "article = ?") + " ORDER BY seq")) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          diagnostics.computeIfAbsent(rs.getString("article"), k -> new ArrayList<>()).add(diagnostic(rs));
        }
      }
    }
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (Map.Entry<String, Article> e : articles.entrySet()) {
      String id = e.getKey();
      out.add(new AnnotatedArticle(e.getValue(), sentences.getOrDefault(id, List.of()),
          tokens.getOrDefault(id, List.of()), mentions.getOrDefault(id, List.of()),
          times.getOrDefault(id, List.of()), roles.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of()),
          events.getOrDefault(id, List.of()), diagnostics.getOrDefault(id, List.of())));
    }
    return out;
  }

  /** Maps one result row to a record. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static <T> Map<String, List<T>> layer(Connection c, String select, String only, RowMapper<T> mapper)
      throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        select + (only == null ? "" : " WHERE article = ?") + " ORDER BY article, ord")) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString("article"), k -> new ArrayList<>()).add(mapper.map(rs));
        }
      }
    }
    return out;
  }

  private static Map<String, List<Token>> tokens(Connection c, String only, Map<String, Article> articles)
      throws SQLException {
    Map<String, List<Token>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT article, data FROM tokens" + (only == null ? "" : " WHERE article = ?"))) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("article");
          Article a = articles.get(id);
          if (a != null) {
            out.put(id, TokenCodec.decode(rs.getBytes("data"), a.text()));
          }
        }
      }
    }
    return out;
  }

  private static Article article(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    String text = rs.getString("text");
    if (text.length() != rs.getInt("text_length")) {
      throw new StoreException("article " + id + ": stored text has " + text.length() + " chars, expected "
          + rs.getInt("text_length") + "; the store is corrupt");
    }
    PublicationDate published = new PublicationDate(Sql.date(rs, "published_date"),
        Sql.date(rs, "published_earliest"), Sql.date(rs, "published_latest"),
        DateBasis.valueOf(rs.getString("published_basis")),
        ColumnJson.list(rs.getString("published_evidence"), ColumnJson::evidence));
    return new Article(ArticleId.of(id), rs.getString("source"), rs.getString("url"), rs.getString("title"),
        rs.getString("byline"), text, OffsetMap.decode(rs.getString("offset_map")), published,
        rs.getString("content_hash"));
  }

  private static Mention mention(ResultSet rs) throws SQLException {
    String entity = rs.getString("entity");
    return new Mention(MentionId.of(rs.getString("id")), Sql.span(rs), rs.getString("text"),
        EntityType.valueOf(rs.getString("type")), entity == null ? null : EntityId.of(entity), Sql.provenance(rs));
  }

  private static TimeExpression time(ResultSet rs) throws SQLException {
    String timex = rs.getString("timex");
    String kind = rs.getString("value_kind");
    String granularity = rs.getString("granularity");
    TimeValue value;
    switch (kind) {
      case "resolved":
        value = new TimeValue.Resolved(Sql.date(rs, "value_start"), Sql.date(rs, "value_end_exclusive"),
            Granularity.valueOf(granularity), timex);
        break;
      case "relative":
        value = new TimeValue.Relative(rs.getString("rule"), Granularity.valueOf(granularity), timex);
        break;
      case "duration":
        value = new TimeValue.Duration(timex);
        break;
      case "unresolvable":
        value = new TimeValue.Unresolvable(rs.getString("reason"), timex);
        break;
      default:
        throw new StoreException("unknown time value kind '" + kind + "'");
    }
    return new TimeExpression(Sql.span(rs), rs.getString("text"), TimexType.valueOf(rs.getString("type")), value,
        Sql.provenance(rs));
  }

  private static RoleMention role(ResultSet rs) throws SQLException {
    return new RoleMention(EntityId.of(rs.getString("entity")), rs.getString("role"), Sql.span(rs),
        rs.getString("text"), Sql.provenance(rs));
  }

  private static Quote quote(ResultSet rs) throws SQLException {
    String speakerText = rs.getString("speaker_text");
    ActorRef speaker = null;
    if (speakerText != null) {
      String entity = rs.getString("speaker_entity");
      speaker = new ActorRef(Sql.span(rs, "speaker_start", "speaker_end"), speakerText,
          entity == null ? null : EntityId.of(entity), rs.getString("speaker_code"));
    }
    return new Quote(rs.getString("id"), Sql.span(rs), rs.getString("text"), QuoteKind.valueOf(rs.getString("kind")),
        speaker, Sql.span(rs, "cue_start", "cue_end"), Sql.provenance(rs));
  }

  private static EventMention eventMention(ResultSet rs) throws SQLException {
    return new EventMention(rs.getString("id"), rs.getInt("sentence"),
        new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")), rs.getString("frame"),
        rs.getString("plover"), rs.getString("mode"), rs.getString("cameo"),
        EventStatus.valueOf(rs.getString("status")), ColumnJson.list(rs.getString("sources"), ColumnJson::actor),
        ColumnJson.list(rs.getString("targets"), ColumnJson::actor), ColumnJson.actorOrNull(rs.getString("location")),
        ColumnJson.timeOrNull(rs.getString("time_value")), Sql.span(rs, "time_start", "time_end"),
        ColumnJson.list(rs.getString("quantities"), ColumnJson::quantity), Sql.provenance(rs));
  }

  static Diagnostic diagnostic(ResultSet rs) throws SQLException {
    return new Diagnostic(rs.getString("code"), Severity.valueOf(rs.getString("severity")), rs.getString("stage"),
        rs.getString("item"), rs.getString("message"));
  }
}
