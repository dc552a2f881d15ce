package org.storyline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.storyline.model.ArticleId;
import org.storyline.model.Provenance;
import org.storyline.model.Span;
import org.storyline.model.StageRef;

/** JDBC binding and reading helpers for nullable values, dates and provenance columns. */
final class Sql {
  /** Column list of a provenance, in {@link #bindProvenance} order. */
  static final String PROVENANCE_COLUMNS = "prov_article, prov_start, prov_end, prov_stage, prov_version, confidence";

  private Sql() {}

  static void setIntOrNull(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : LocalDate.parse(s);
  }

  static Integer start(Span span) {
    return span == null ? null : span.start();
  }

  static Integer end(Span span) {
    return span == null ? null : span.end();
  }

  static Span span(ResultSet rs, String startColumn, String endColumn) throws SQLException {
    Integer start = intOrNull(rs, startColumn);
    return start == null ? null : new Span(start, rs.getInt(endColumn));
  }

  static Span span(ResultSet rs) throws SQLException {
    return new Span(rs.getInt("span_start"), rs.getInt("span_end"));
  }

  /**
   * Binds a provenance to 6 parameters from {@code index}; prov_article is null when the provenance
   * is the row's own article (nearly always), which saves a repeated id per row. {@return the next
   * free index}
   */
  static int bindProvenance(PreparedStatement ps, int index, Provenance p, String article) throws SQLException {
    ps.setString(index, p.article().value().equals(article) ? null : p.article().value());
    ps.setInt(index + 1, p.evidence().start());
    ps.setInt(index + 2, p.evidence().end());
    ps.setString(index + 3, p.producedBy().name());
    ps.setString(index + 4, p.producedBy().version());
    ps.setDouble(index + 5, p.confidence());
    return index + 6;
  }

  /** Reads a provenance from a row that also has the {@code article} column. */
  static Provenance provenance(ResultSet rs) throws SQLException {
    String article = rs.getString("prov_article");
    return new Provenance(ArticleId.of(article == null ? rs.getString("article") : article),
        new Span(rs.getInt("prov_start"), rs.getInt("prov_end")),
        new StageRef(rs.getString("prov_stage"), rs.getString("prov_version")), rs.getDouble("confidence"));
  }

  /** {@return "?, ?, ..." with n placeholders} */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
