package org.storyline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's SQL schema and its migrations. Version {@code n} is reached from {@code n - 1} by
 * {@code MIGRATIONS.get(n - 1)}; an empty database is at version 0, so creating a store and
 * upgrading one run the same code. The version lives in the one-row table {@code schema_version}.
 * Version 2 adds the full-text index ({@link SearchTables}) and fills it from the stored rows.
 */
final class Schema {
  /** The schema version this code reads and writes. */
  static final int CURRENT = 2;

  /** "STLY": marks the SQLite file as a Storyline store ({@code PRAGMA application_id}). */
  static final int APPLICATION_ID = 0x53544C59;

  private static final String PROVENANCE =
      // prov_article is null when the provenance is the row's own article
      "prov_article TEXT, prov_start INTEGER NOT NULL, prov_end INTEGER NOT NULL,"
          + " prov_stage TEXT NOT NULL, prov_version TEXT NOT NULL, confidence REAL NOT NULL";

  private static final String ARTICLE_FK = "article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE";

  /** Version 1: articles with every layer, duplicates, diagnostics and the fused story. */
  private static final List<String> V1 = List.of(
      "CREATE TABLE schema_version (version INTEGER NOT NULL)",
      "INSERT INTO schema_version (version) VALUES (0)",
      // seq is the rowid: the order articles were first added (kept when an article is replaced)
      "CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
          + " url TEXT, title TEXT NOT NULL, byline TEXT, text TEXT NOT NULL,"
          // UTF-16 length: SQLite's length() counts code points, spans count chars
          + " text_length INTEGER NOT NULL, offset_map TEXT NOT NULL,"
          + " published_date TEXT, published_earliest TEXT, published_latest TEXT,"
          + " published_basis TEXT NOT NULL, published_evidence TEXT NOT NULL, content_hash TEXT NOT NULL)",
      "CREATE INDEX articles_by_content_hash ON articles (content_hash)",
      "CREATE TABLE sentences (" + ARTICLE_FK + ", ord INTEGER NOT NULL, idx INTEGER NOT NULL,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY (article, ord)) WITHOUT ROWID",
      // tokens are ~20x more numerous than sentences: one compact blob per article (see TokenCodec)
      "CREATE TABLE tokens (" + ARTICLE_FK + " PRIMARY KEY, token_count INTEGER NOT NULL,"
          + " data BLOB NOT NULL)",
      "CREATE TABLE mentions (" + ARTICLE_FK + ", ord INTEGER NOT NULL, id TEXT NOT NULL,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,"
          + " entity TEXT, " + PROVENANCE + ", PRIMARY KEY (article, ord)) WITHOUT ROWID",
      "CREATE INDEX mentions_by_entity ON mentions (entity)",
      "CREATE TABLE time_expressions (" + ARTICLE_FK + ", ord INTEGER NOT NULL,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,"
          + " value_kind TEXT NOT NULL, timex TEXT NOT NULL, value_start TEXT, value_end_exclusive TEXT,"
          + " granularity TEXT, rule TEXT, reason TEXT, " + PROVENANCE + ", PRIMARY KEY (article, ord)) WITHOUT ROWID",
      "CREATE TABLE roles (" + ARTICLE_FK + ", ord INTEGER NOT NULL, entity TEXT NOT NULL, role TEXT NOT NULL,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, " + PROVENANCE
          + ", PRIMARY KEY (article, ord)) WITHOUT ROWID",
      "CREATE TABLE quotes (" + ARTICLE_FK + ", ord INTEGER NOT NULL, id TEXT NOT NULL,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,"
          + " speaker_text TEXT, speaker_entity TEXT, speaker_code TEXT, speaker_start INTEGER, speaker_end INTEGER,"
          + " cue_start INTEGER, cue_end INTEGER, " + PROVENANCE + ", PRIMARY KEY (article, ord)) WITHOUT ROWID",
      "CREATE TABLE event_mentions (" + ARTICLE_FK + ", ord INTEGER NOT NULL, id TEXT NOT NULL,"
          + " sentence INTEGER NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,"
          + " frame TEXT NOT NULL, plover TEXT NOT NULL, mode TEXT NOT NULL, cameo TEXT NOT NULL,"
          + " status TEXT NOT NULL, sources TEXT NOT NULL, targets TEXT NOT NULL, location TEXT,"
          + " time_value TEXT, time_start INTEGER, time_end INTEGER, quantities TEXT NOT NULL, " + PROVENANCE
          + ", PRIMARY KEY (article, ord)) WITHOUT ROWID",
      "CREATE TABLE duplicates (article TEXT NOT NULL, original TEXT NOT NULL, kind TEXT NOT NULL,"
          + " similarity REAL NOT NULL, UNIQUE (article, original))",
      // article is null for run-level diagnostics (unreadable files, skipped records)
      "CREATE TABLE diagnostics (seq INTEGER PRIMARY KEY, article TEXT REFERENCES articles(id) ON DELETE CASCADE,"
          + " code TEXT NOT NULL, severity TEXT NOT NULL, stage TEXT NOT NULL, item TEXT NOT NULL, message TEXT NOT NULL)",
      "CREATE INDEX diagnostics_by_article ON diagnostics (article)",
      "CREATE TABLE entities (id TEXT PRIMARY KEY, ord INTEGER NOT NULL UNIQUE, type TEXT NOT NULL,"
          + " name TEXT NOT NULL, aliases TEXT NOT NULL, actor_code TEXT, mention_count INTEGER NOT NULL)",
      "CREATE TABLE entity_roles (entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
          + " ord INTEGER NOT NULL, title TEXT NOT NULL, first_stated TEXT, last_stated TEXT,"
          + " evidence TEXT NOT NULL, PRIMARY KEY (entity, ord)) WITHOUT ROWID",
      "CREATE TABLE events (id TEXT PRIMARY KEY, ord INTEGER NOT NULL UNIQUE, frame TEXT NOT NULL,"
          + " plover TEXT NOT NULL, mode TEXT NOT NULL, cameo TEXT NOT NULL, status TEXT NOT NULL,"
          + " sources TEXT NOT NULL, targets TEXT NOT NULL, location TEXT, date_value TEXT, date_earliest TEXT,"
          + " date_latest TEXT, date_granularity TEXT, quantities TEXT NOT NULL, summary TEXT NOT NULL,"
          + " confidence REAL NOT NULL)",
      "CREATE TABLE event_citations (event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
          + " ord INTEGER NOT NULL, article TEXT NOT NULL, sentence INTEGER NOT NULL,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,"
          + " PRIMARY KEY (event, ord)) WITHOUT ROWID",
      "CREATE INDEX event_citations_by_article ON event_citations (article)",
      "CREATE TABLE event_status_history (event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
          + " ord INTEGER NOT NULL, status TEXT NOT NULL, as_of TEXT, article TEXT NOT NULL,"
          + " sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
          + " text TEXT NOT NULL, PRIMARY KEY (event, ord)) WITHOUT ROWID",
      "CREATE TABLE contradictions (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL)",
      "CREATE TABLE contradiction_claims (contradiction INTEGER NOT NULL"
          + " REFERENCES contradictions(id) ON DELETE CASCADE, ord INTEGER NOT NULL, value TEXT NOT NULL,"
          + " article TEXT NOT NULL, sentence INTEGER NOT NULL, span_start INTEGER NOT NULL,"
          + " span_end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (contradiction, ord)) WITHOUT ROWID",
      "PRAGMA application_id = " + APPLICATION_ID);

  /** {@code MIGRATIONS.get(n)} takes a database from version {@code n} to {@code n + 1}. */
  private static final List<List<String>> MIGRATIONS = List.of(V1, SearchTables.V2);

  private Schema() {}

  /**
   * Brings the database to {@link #CURRENT}: creates an empty one, migrates an older one in one
   * transaction, refuses a newer one or a foreign SQLite file.
   *
   * @throws StoreException naming the versions when the store is newer than this code
   */
  static void ensureCurrent(Connection c, String where) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      int version = version(c, where);
      if (version > CURRENT) {
        throw new StoreException("store " + where + " has schema version " + version
            + ", newer than this Storyline understands (" + CURRENT + "); use a newer Storyline to read it");
      }
      try (Statement st = c.createStatement()) {
        for (int v = version; v < CURRENT; v++) {
          for (String sql : MIGRATIONS.get(v)) {
            st.execute(sql);
          }
          st.executeUpdate("UPDATE schema_version SET version = " + (v + 1));
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** {@return the schema version, 0 for an empty database} */
  static int version(Connection c, String where) throws SQLException {
    try (Statement st = c.createStatement()) {
      int appId;
      try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
        appId = rs.next() ? rs.getInt(1) : 0;
      }
      boolean hasVersionTable;
      int tables;
      try (ResultSet rs = st.executeQuery(
          "SELECT count(*), coalesce(sum(name = 'schema_version'), 0) FROM sqlite_master WHERE type = 'table'")) {
        rs.next();
        tables = rs.getInt(1);
        hasVersionTable = rs.getInt(2) > 0;
      }
      if (appId != 0 && appId != APPLICATION_ID) {
        throw new StoreException("store " + where + " is an SQLite database of another application (application_id "
            + Integer.toHexString(appId) + "), not a Storyline store");
      }
      if (!hasVersionTable) {
        if (tables > 0) {
          throw new StoreException("store " + where + " has tables but no schema_version table: not a Storyline store");
        }
        return 0;
      }
      try (ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
        if (!rs.next()) {
          throw new StoreException("store " + where + " has an empty schema_version table");
        }
        int version = rs.getInt(1);
        if (rs.next()) {
          throw new StoreException("store " + where + " has several rows in schema_version");
        }
        return version;
      }
    }
  }
}
