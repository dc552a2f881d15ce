package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The full-text index (schema version 2): two SQLite FTS5 tables, {@code article_search} (title,
 * text; rowid = the article's seq) and {@code event_search} (summary, supporting sentences),
 * tokenised by {@code unicode61} with diacritics removed. Articles are indexed in the transaction
 * that stores them; events in the transaction that replaces the story.
 */
final class SearchTables {
  /** Statements that take a version 1 store to version 2, indexing what it already holds. */
  static final List<String> V2 = List.of(
      "CREATE VIRTUAL TABLE article_search USING fts5(id UNINDEXED, title, text,"
          + " tokenize = 'unicode61 remove_diacritics 2')",
      "CREATE VIRTUAL TABLE event_search USING fts5(id UNINDEXED, summary, sentences,"
          + " tokenize = 'unicode61 remove_diacritics 2')",
      "INSERT INTO article_search (rowid, id, title, text) SELECT seq, id, title, text FROM articles",
      eventsInsert());

  /** A search word: letters and digits, optionally ending in "*" for a prefix. */
  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]{1,64}\\*?");

  private SearchTables() {}

  private static String eventsInsert() {
    return "INSERT INTO event_search (rowid, id, summary, sentences) SELECT e.ord + 1, e.id, e.summary,"
        + " coalesce((SELECT group_concat(c.text, ' ') FROM event_citations c WHERE c.event = e.id), '')"
        + " FROM events e";
  }

  /** (Re)indexes one stored article; call after its row was written. */
  static void indexArticle(Connection c, String id) throws SQLException {
    try (PreparedStatement del = c.prepareStatement(
        "DELETE FROM article_search WHERE rowid = (SELECT seq FROM articles WHERE id = ?)")) {
      del.setString(1, id);
      del.executeUpdate();
    }
    try (PreparedStatement ins = c.prepareStatement(
        "INSERT INTO article_search (rowid, id, title, text) SELECT seq, id, title, text FROM articles WHERE id = ?")) {
      ins.setString(1, id);
      ins.executeUpdate();
    }
  }

  /** Reindexes every event; call after the story was replaced. */
  static void indexEvents(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM event_search");
      st.executeUpdate(eventsInsert());
    }
  }

  /**
   * {@return ids and scores (higher is better) of the rows holding every term, best first}
   *
   * @param table "article_search" or "event_search"
   */
  static List<StoryStore.SearchHit> search(Connection c, String table, List<String> terms, int limit)
      throws SQLException {
    if (!table.equals("article_search") && !table.equals("event_search")) {
      throw new IllegalArgumentException("no search table " + table);
    }
    String match = matchExpression(terms);
    List<StoryStore.SearchHit> out = new ArrayList<>();
    // the indexed columns come back with the hit, so callers need not load whole articles
    String columns = table.equals("article_search") ? "title, text" : "summary, sentences";
    try (PreparedStatement ps = c.prepareStatement("SELECT id, bm25(" + table + ") AS rank, " + columns + " FROM "
        + table + " WHERE " + table + " MATCH ? ORDER BY rank, rowid LIMIT ?")) {
      ps.setString(1, match);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoryStore.SearchHit(rs.getString(1), -rs.getDouble(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** {@return an FTS5 query: every term quoted (so no operator syntax), ANDed; "w*" is a prefix} */
  static String matchExpression(List<String> terms) {
    if (terms.isEmpty() || terms.size() > 32) {
      throw new IllegalArgumentException("1 to 32 search terms required, got " + terms.size());
    }
    StringBuilder b = new StringBuilder();
    for (String t : terms) {
      if (!TERM.matcher(t).matches()) {
        throw new IllegalArgumentException("invalid search term '" + t + "': letters and digits, optionally ending in *");
      }
      boolean prefix = t.endsWith("*");
      String word = prefix ? t.substring(0, t.length() - 1) : t;
      if (b.length() > 0) {
        b.append(" AND ");
      }
      b.append('"').append(word).append('"');
      if (prefix) {
        b.append('*');
      }
    }
    return b.toString();
  }
}
