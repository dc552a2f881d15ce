package org.storyline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;

/**
 * The embedded, transactional store of a story: every analysed article with all its layers,
 * duplicate links, diagnostics and the fused {@link Story}, in one SQLite file {@code
 * <dir>/storyline.db}.
 *
 * <p><b>Durability.</b> SQLite runs in WAL mode with {@code synchronous=FULL} by default (see
 * {@link Durability}). Each {@link #putArticle} is one transaction: when it returns, the article
 * and all its layers are on disk; if the process dies before, nothing of it is. A kill at any
 * moment therefore loses nothing reported stored and never leaves half an article, and a rerun that
 * skips ids for which {@link #containsArticle} is true completes the store.
 *
 * <p><b>Offsets.</b> Everything stored is in offsets into the article's text; writes check that
 * every span lies in its text and throw {@link IllegalStateException} naming the article if not (a
 * bug in the stage that made it), leaving the store as it was.
 *
 * <p><b>Threads.</b> Thread-safe. Writes are serialised on one connection (SQLite has one writer
 * at a time anyway); reads use their own pooled connections and each sees one consistent snapshot,
 * so any number of threads may read while one thread writes, e.g. while analysis runs in parallel
 * and the CLI stores results from one thread. Several processes may open the same store: SQLite
 * locks serialise their writes (waiting up to 30 s).
 *
 * <p><b>Schema.</b> The table {@code schema_version} holds the schema version ({@value
 * #SCHEMA_VERSION}); {@link #open} creates or migrates older stores and refuses newer ones.
 * Tables: articles, sentences, tokens (one compact blob per article), mentions, time_expressions,
 * roles, quotes, event_mentions, duplicates, diagnostics, entities, entity_roles, events,
 * event_citations, event_status_history, contradictions, contradiction_claims; since version 2 the
 * FTS5 full-text tables article_search and event_search, maintained in the same transactions.
 */
public final class StoryStore implements AutoCloseable {
  /** The database file's name inside the store directory. */
  public static final String FILE_NAME = "storyline.db";

  /** The schema version this code reads and writes. */
  public static final int SCHEMA_VERSION = Schema.CURRENT;

  private static final int BUSY_TIMEOUT_MS = 30_000;
  private static final int MAX_IDLE_READERS = 8;

  private final Path file;
  private final String url;
  private final Object writeLock = new Object();
  private final Connection writer;
  private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  private StoryStore(Path file, Connection writer) {
    this.file = file;
    this.url = "jdbc:sqlite:" + file;
    this.writer = writer;
  }

  /** {@return the store in {@code dir}, created if absent} Durability {@link Durability#FULL}. */
  public static StoryStore open(Path dir) {
    return open(dir, Durability.FULL);
  }

  /**
   * Opens the store in {@code dir}, creating the directory and the database when absent and
   * migrating an older schema.
   *
   * @throws StoreException if the file cannot be opened, is not a Storyline store, or was written by
   *     a newer Storyline (the message names both schema versions)
   */
  public static StoryStore open(Path dir, Durability durability) {
    Path file = dir.toAbsolutePath().resolve(FILE_NAME);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + dir, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(durability == Durability.FULL
        ? SQLiteConfig.SynchronousMode.FULL
        : SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // take the write lock at BEGIN, so a transaction never fails half-way for lack of it
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Connection writer = null;
    try {
      writer = config.createConnection("jdbc:sqlite:" + file);
      Schema.ensureCurrent(writer, file.toString());
      return new StoryStore(file, writer);
    } catch (SQLException e) {
      closeQuietly(writer);
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(writer);
      throw e;
    }
  }

  /** {@return the database file} */
  public Path file() {
    return file;
  }

  // ---- articles ----------------------------------------------------------------------------

  /** {@return whether an article with this id is stored (with all its layers)} */
  public boolean containsArticle(ArticleId id) {
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /**
   * {@return the first-added stored article with this content hash} Empty for a blank hash (an
   * article without one matches nothing).
   */
  public Optional<ArticleId> findByContentHash(String contentHash) {
    if (contentHash == null || contentHash.isBlank()) {
      return Optional.empty();
    }
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1")) {
        ps.setString(1, contentHash);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ArticleId.of(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  /**
   * Stores an article with all its layers (and its diagnostics) in one transaction, replacing a
   * stored article with the same id (which keeps its place in the added order). Durable when it
   * returns.
   *
   * @throws IllegalStateException naming the article when a span lies outside its text, or its text
   *     has an unpaired surrogate; the store is then unchanged
   */
  public void putArticle(AnnotatedArticle doc) {
    write("store article " + doc.id(), c -> {
      ArticleTables.write(c, doc);
      SearchTables.indexArticle(c, doc.id().value());
    });
  }

  /** {@return every stored article with all its layers, in the order first added} */
  public List<AnnotatedArticle> loadArticles() {
    return read(c -> ArticleTables.read(c, null));
  }

  /** {@return the stored article with this id, with all its layers} */
  public Optional<AnnotatedArticle> findArticle(ArticleId id) {
    return read(c -> ArticleTables.read(c, id.value()).stream().findFirst());
  }

  /**
   * {@return the stored article with this id}
   *
   * @throws NoSuchElementException if there is none
   */
  public AnnotatedArticle article(ArticleId id) {
    return findArticle(id).orElseThrow(() -> new NoSuchElementException("no article " + id + " in " + file));
  }

  /** {@return the ids of the stored articles, in the order first added} */
  public List<ArticleId> articleIds() {
    return read(c -> {
      List<ArticleId> ids = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY seq")) {
        while (rs.next()) {
          ids.add(ArticleId.of(rs.getString(1)));
        }
      }
      return ids;
    });
  }

  /** {@return each stored article's source (path or URL as given), by id, in added order} */
  public java.util.LinkedHashMap<ArticleId, String> articleSources() {
    return read(c -> {
      java.util.LinkedHashMap<ArticleId, String> sources = new java.util.LinkedHashMap<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, source FROM articles ORDER BY seq")) {
        while (rs.next()) {
          sources.put(ArticleId.of(rs.getString(1)), rs.getString(2));
        }
      }
      return sources;
    });
  }

  /**
   * Passes every stored article, in id order, to {@code action}, loading one at a time, so a store
   * larger than memory can be exported. All articles come from one snapshot: writes made meanwhile
   * are not seen (not even those {@code action} makes itself).
   */
  public void forEachArticle(Consumer<? super AnnotatedArticle> action) {
    read(c -> {
      List<String> ids = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY id")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      for (String id : ids) {
        for (AnnotatedArticle doc : ArticleTables.read(c, id)) {
          action.accept(doc);
        }
      }
      return null;
    });
  }

  // ---- duplicates and diagnostics ----------------------------------------------------------

  /**
   * Adds duplicate links in one transaction; a link between the same two articles replaces the
   * stored one (its kind and similarity).
   */
  public void putDuplicates(List<DuplicateLink> links) {
    write("store duplicate links", c -> insertDuplicates(c, links));
  }

  /** Replaces all duplicate links in one transaction, for a detector rerun over the whole store. */
  public void replaceDuplicates(List<DuplicateLink> links) {
    write("replace duplicate links", c -> {
      try (Statement st = c.createStatement()) {
        st.executeUpdate("DELETE FROM duplicates");
      }
      insertDuplicates(c, links);
    });
  }

  private static void insertDuplicates(Connection c, List<DuplicateLink> links) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO duplicates (article, original, kind, similarity)"
        + " VALUES (?, ?, ?, ?) ON CONFLICT (article, original)"
        + " DO UPDATE SET kind = excluded.kind, similarity = excluded.similarity")) {
      for (DuplicateLink link : links) {
        ps.setString(1, link.article().value());
        ps.setString(2, link.original().value());
        ps.setString(3, link.kind().name());
        ps.setDouble(4, link.similarity());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** {@return the stored duplicate links, in the order first added} */
  public List<DuplicateLink> duplicates() {
    return read(c -> {
      List<DuplicateLink> out = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT article, original, kind, similarity FROM duplicates ORDER BY rowid")) {
        while (rs.next()) {
          out.add(new DuplicateLink(ArticleId.of(rs.getString(1)), ArticleId.of(rs.getString(2)),
              DuplicateLink.Kind.valueOf(rs.getString(3)), rs.getDouble(4)));
        }
      }
      return out;
    });
  }

  /**
   * Appends run-level diagnostics (unreadable files, skipped records, fusion warnings) in one
   * transaction. Per-article diagnostics travel with their article in {@link #putArticle}.
   */
  public void putDiagnostics(List<Diagnostic> diagnostics) {
    write("store diagnostics", c -> ArticleTables.writeDiagnostics(c, null, diagnostics));
  }

  /**
   * Records a run's run-level diagnostics in one transaction, replacing those stored earlier for
   * the same items, so re-running on the same bad file does not pile up copies.
   */
  public void replaceRunDiagnostics(List<Diagnostic> diagnostics) {
    write("store diagnostics", c -> {
      try (java.sql.PreparedStatement del = c.prepareStatement("DELETE FROM diagnostics WHERE article IS NULL AND item = ?")) {
        for (String item : new java.util.TreeSet<>(diagnostics.stream().map(Diagnostic::item).toList())) {
          del.setString(1, item);
          del.executeUpdate();
        }
      }
      ArticleTables.writeDiagnostics(c, null, diagnostics);
    });
  }

  /** {@return the run-level diagnostics, in the order stored} */
  public List<Diagnostic> diagnostics() {
    return read(c -> {
      List<Diagnostic> out = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, severity, stage, item,"
          + " message FROM diagnostics WHERE article IS NULL ORDER BY seq")) {
        while (rs.next()) {
          out.add(ArticleTables.diagnostic(rs));
        }
      }
      return out;
    });
  }

  // ---- the fused story ---------------------------------------------------------------------

  /**
   * Replaces the stored story (entities, events, contradictions) in one transaction.
   *
   * @throws IllegalStateException naming the article when a citation names an article that is not
   *     stored or a span outside its text, or when two entities or events share an id; the stored
   *     story is then unchanged
   */
  public void replaceStory(Story story) {
    write("store story", c -> {
      StoryTables.replace(c, story);
      SearchTables.indexEvents(c);
    });
  }

  /** {@return the stored story, {@link Story#empty()} if none was stored} */
  public Story loadStory() {
    return read(StoryTables::read);
  }

  // ---- full-text search --------------------------------------------------------------------

  /**
   * A full-text match: the id of an article or event, its relevance (higher is better; BM25 from
   * SQLite FTS5, so only comparable within one search) and the indexed text: an article's title
   * and text, or an event's summary and its supporting sentences joined by spaces.
   */
  public record SearchHit(String id, double score, String title, String text) {}

  /**
   * {@return the articles whose title or text holds every term, best first}
   *
   * @param terms words of letters and digits, matched case- and accent-insensitively; a term
   *     ending in "*" matches as a prefix
   * @throws IllegalArgumentException for no terms, more than 32, or a term with other characters
   */
  public List<SearchHit> searchArticles(List<String> terms, int limit) {
    SearchTables.matchExpression(terms);
    return read(c -> SearchTables.search(c, "article_search", terms, limit));
  }

  /** {@return the events whose summary or supporting sentences hold every term, best first} Terms as in {@link #searchArticles}. */
  public List<SearchHit> searchEvents(List<String> terms, int limit) {
    SearchTables.matchExpression(terms);
    return read(c -> SearchTables.search(c, "event_search", terms, limit));
  }

  /** {@return row counts for a summary} */
  public StoreCounts counts() {
    return read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT"
          + " (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
          + " (SELECT coalesce(sum(token_count), 0) FROM tokens), (SELECT count(*) FROM mentions),"
          + " (SELECT count(*) FROM time_expressions), (SELECT count(*) FROM roles),"
          + " (SELECT count(*) FROM quotes), (SELECT count(*) FROM event_mentions),"
          + " (SELECT count(*) FROM duplicates), (SELECT count(*) FROM diagnostics),"
          + " (SELECT count(*) FROM entities), (SELECT count(*) FROM events),"
          + " (SELECT count(*) FROM event_citations), (SELECT count(*) FROM contradictions)")) {
        rs.next();
        return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
            rs.getLong(12), rs.getLong(13), rs.getLong(14));
      }
    });
  }

  /** Closes every connection; SQLite then checkpoints the WAL into the database file. Idempotent. */
  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        writer.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close store " + file, e);
      } finally {
        Connection c;
        while ((c = idleReaders.poll()) != null) {
          closeQuietly(c);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "StoryStore[" + file + "]";
  }

  // ---- transactions ------------------------------------------------------------------------

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  private interface SqlWork {
    void run(Connection c) throws SQLException;
  }

  /** A read on a connection inside a transaction. */
  @FunctionalInterface
  private interface SqlRead<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one IMMEDIATE transaction on the write connection: all or nothing. */
  private void write(String what, SqlWork work) {
    synchronized (writeLock) {
      ensureOpen();
      boolean committed = false;
      try {
        writer.setAutoCommit(false); // BEGIN IMMEDIATE
        work.run(writer);
        writer.setAutoCommit(true); // COMMIT
        committed = true;
      } catch (SQLException e) {
        throw new StoreException(what + " failed in " + file + ": " + e.getMessage(), e);
      } finally {
        if (!committed) {
          rollback();
        }
      }
    }
  }

  private void rollback() {
    try {
      if (!writer.getAutoCommit()) {
        writer.rollback();
        writer.setAutoCommit(true);
      } else {
        // the COMMIT itself failed after the driver switched to auto-commit: end the transaction
        try (Statement st = writer.createStatement()) {
          st.execute("ROLLBACK");
        }
      }
    } catch (SQLException e) {
      // nothing more to do: SQLite rolls back an open transaction when the connection closes
    }
  }

  /** Runs {@code body} in one read transaction: every query in it sees the same snapshot. */
  private <T> T read(SqlRead<T> body) {
    ensureOpen();
    Connection c = borrowReader();
    boolean healthy = false;
    try {
      c.setAutoCommit(false); // BEGIN (deferred): the snapshot starts at the first read
      T result = body.run(c);
      c.setAutoCommit(true);
      healthy = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("read from " + file + " failed: " + e.getMessage(), e);
    } finally {
      if (!healthy) {
        try {
          c.rollback();
          c.setAutoCommit(true);
          healthy = true;
        } catch (SQLException e) {
          closeQuietly(c);
        }
      }
      if (healthy) {
        returnReader(c);
      }
    }
  }

  private Connection borrowReader() {
    Connection c = idleReaders.poll();
    if (c != null) {
      return c;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    try {
      c = config.createConnection(url);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA query_only = 1");
      }
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException("cannot open a read connection to " + file + ": " + e.getMessage(), e);
    }
  }

  private void returnReader(Connection c) {
    if (closed || idleReaders.size() >= MAX_IDLE_READERS) {
      closeQuietly(c);
      return;
    }
    idleReaders.push(c);
    if (closed && idleReaders.remove(c)) {
      // close() ran meanwhile and may have missed this connection
      closeQuietly(c);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("store " + file + " is closed");
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // already failing or closing; the first error is the one reported
      }
    }
  }
}
