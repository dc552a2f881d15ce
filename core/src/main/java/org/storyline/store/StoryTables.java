package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventDate;
import org.storyline.model.EventId;
import org.storyline.model.EventStatus;
import org.storyline.model.Granularity;
import org.storyline.model.Role;
import org.storyline.model.StatusChange;
import org.storyline.model.Story;

/**
 * Writes the fused {@link Story} into its tables (entities, entity_roles, events, event_citations,
 * event_status_history, contradictions, contradiction_claims), replacing what was there, and reads
 * it back. The caller owns the transaction.
 */
final class StoryTables {
  private static final List<String> TABLES = List.of("contradiction_claims", "contradictions",
      "event_status_history", "event_citations", "events", "entity_roles", "entities");

  private StoryTables() {}

  /**
   * Replaces the stored story. Every citation must name a stored article and lie inside its text.
   *
   * @throws IllegalStateException naming the article on a dangling or out-of-text citation, or on a
   *     repeated entity or event id
   */
  static void replace(Connection c, Story story) throws SQLException {
    Map<String, Integer> textLengths = textLengths(c);
    try (Statement st = c.createStatement()) {
      for (String table : TABLES) {
        st.executeUpdate("DELETE FROM " + table);
      }
    }
    writeEntities(c, story.entities(), textLengths);
    writeEvents(c, story.events(), textLengths);
    writeContradictions(c, story.contradictions(), textLengths);
  }

  private static Map<String, Integer> textLengths(Connection c) throws SQLException {
    Map<String, Integer> out = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, text_length FROM articles")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }

  private static void check(Citation citation, String what, Map<String, Integer> textLengths) {
    Integer length = textLengths.get(citation.article().value());
    if (length == null) {
      throw new IllegalStateException("article " + citation.article() + ": cited by " + what
          + " but not in the store; store articles before the story built from them");
    }
    new SpanCheck(citation.article(), length).citation(citation, what);
  }

  private static void writeEntities(Connection c, List<Entity> entities, Map<String, Integer> textLengths)
      throws SQLException {
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities (id, ord, type, name, aliases, actor_code,"
            + " mention_count) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement roles = c.prepareStatement("INSERT INTO entity_roles (entity, ord, title, first_stated,"
            + " last_stated, evidence) VALUES (?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Entity e : entities) {
        if (!seen.add(e.id().value())) {
          throw new IllegalStateException("story has two entities with id " + e.id());
        }
        ps.setString(1, e.id().value());
        ps.setInt(2, ord++);
        ps.setString(3, e.type().name());
        ps.setString(4, e.name());
        ps.setString(5, ColumnJson.list(e.aliases(), ColumnJson::string));
        ps.setString(6, e.actorCode());
        ps.setInt(7, e.mentionCount());
        ps.addBatch();
        int roleOrd = 0;
        for (Role r : e.roles()) {
          for (Citation citation : r.evidence()) {
            check(citation, "role '" + r.title() + "' of entity " + e.id(), textLengths);
          }
          roles.setString(1, e.id().value());
          roles.setInt(2, roleOrd++);
          roles.setString(3, r.title());
          roles.setString(4, Sql.date(r.firstStated()));
          roles.setString(5, Sql.date(r.lastStated()));
          roles.setString(6, ColumnJson.list(r.evidence(), ColumnJson::citation));
          roles.addBatch();
        }
      }
      ps.executeBatch();
      roles.executeBatch();
    }
  }

  private static void writeEvents(Connection c, List<Event> events, Map<String, Integer> textLengths)
      throws SQLException {
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, ord, frame, plover, mode, cameo, status,"
            + " sources, targets, location, date_value, date_earliest, date_latest, date_granularity, quantities,"
            + " summary, confidence) VALUES (" + Sql.placeholders(17) + ")");
        PreparedStatement citations = c.prepareStatement("INSERT INTO event_citations (event, ord, article,"
            + " sentence, span_start, span_end, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement history = c.prepareStatement("INSERT INTO event_status_history (event, ord, status,"
            + " as_of, article, sentence, span_start, span_end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Event e : events) {
        String id = e.id().value();
        if (!seen.add(id)) {
          throw new IllegalStateException("story has two events with id " + id);
        }
        EventDate date = e.date();
        ps.setString(1, id);
        ps.setInt(2, ord++);
        ps.setString(3, e.frame());
        ps.setString(4, e.plover());
        ps.setString(5, e.mode());
        ps.setString(6, e.cameo());
        ps.setString(7, e.status().name());
        ps.setString(8, ColumnJson.list(e.sources(), ColumnJson::entityId));
        ps.setString(9, ColumnJson.list(e.targets(), ColumnJson::entityId));
        ps.setString(10, e.location());
        ps.setString(11, date == null ? null : date.value());
        ps.setString(12, date == null ? null : Sql.date(date.earliest()));
        ps.setString(13, date == null ? null : Sql.date(date.latest()));
        ps.setString(14, date == null || date.granularity() == null ? null : date.granularity().name());
        ps.setString(15, ColumnJson.list(e.quantities(), ColumnJson::quantity));
        ps.setString(16, e.summary());
        ps.setDouble(17, e.confidence());
        ps.addBatch();
        int citationOrd = 0;
        for (Citation m : e.mentions()) {
          check(m, "event " + id, textLengths);
          citations.setString(1, id);
          citations.setInt(2, citationOrd++);
          bindCitation(citations, 3, m);
          citations.addBatch();
        }
        int historyOrd = 0;
        for (StatusChange s : e.statusHistory()) {
          check(s.source(), "status history of event " + id, textLengths);
          history.setString(1, id);
          history.setInt(2, historyOrd++);
          history.setString(3, s.status().name());
          history.setString(4, Sql.date(s.asOf()));
          bindCitation(history, 5, s.source());
          history.addBatch();
        }
      }
      ps.executeBatch();
      citations.executeBatch();
      history.executeBatch();
    }
  }

  private static void writeContradictions(Connection c, List<Contradiction> contradictions,
      Map<String, Integer> textLengths) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO contradictions (id, kind, subject) VALUES (?, ?, ?)");
        PreparedStatement claims = c.prepareStatement("INSERT INTO contradiction_claims (contradiction, ord, value,"
            + " article, sentence, span_start, span_end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Contradiction k : contradictions) {
        int id = ord++;
        ps.setInt(1, id);
        ps.setString(2, k.kind());
        ps.setString(3, k.subject());
        ps.addBatch();
        int claimOrd = 0;
        for (Contradiction.Claim claim : k.claims()) {
          check(claim.citation(), k.kind() + " contradiction about '" + k.subject() + "'", textLengths);
          claims.setInt(1, id);
          claims.setInt(2, claimOrd++);
          claims.setString(3, claim.value());
          bindCitation(claims, 4, claim.citation());
          claims.addBatch();
        }
      }
      ps.executeBatch();
      claims.executeBatch();
    }
  }

  /** Binds article, sentence, span_start, span_end, text. */
  private static void bindCitation(PreparedStatement ps, int i, Citation c) throws SQLException {
    ps.setString(i, c.article().value());
    ps.setInt(i + 1, c.sentence());
    ps.setInt(i + 2, c.span().start());
    ps.setInt(i + 3, c.span().end());
    ps.setString(i + 4, c.text());
  }

  private static Citation citation(ResultSet rs) throws SQLException {
    return new Citation(ArticleId.of(rs.getString("article")), rs.getInt("sentence"), Sql.span(rs),
        rs.getString("text"));
  }

  // ---- reading -----------------------------------------------------------------------------

  static Story read(Connection c) throws SQLException {
    Map<String, List<Role>> roles = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT entity, title, first_stated, last_stated, evidence FROM entity_roles ORDER BY entity, ord")) {
      while (rs.next()) {
        roles.computeIfAbsent(rs.getString("entity"), k -> new ArrayList<>()).add(new Role(rs.getString("title"),
            Sql.date(rs, "first_stated"), Sql.date(rs, "last_stated"),
            ColumnJson.list(rs.getString("evidence"), ColumnJson::citation)));
      }
    }
    List<Entity> entities = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT id, type, name, aliases, actor_code, mention_count FROM entities ORDER BY ord")) {
      while (rs.next()) {
        String id = rs.getString("id");
        entities.add(new Entity(EntityId.of(id), EntityType.valueOf(rs.getString("type")),
            rs.getString("name"), ColumnJson.list(rs.getString("aliases"), ColumnJson::string),
            roles.getOrDefault(id, List.of()), rs.getString("actor_code"), rs.getInt("mention_count")));
      }
    }
    Map<String, List<Citation>> citations = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT event, article, sentence, span_start, span_end, text FROM event_citations ORDER BY event, ord")) {
      while (rs.next()) {
        citations.computeIfAbsent(rs.getString("event"), k -> new ArrayList<>()).add(citation(rs));
      }
    }
    Map<String, List<StatusChange>> histories = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT event, status, as_of, article,"
        + " sentence, span_start, span_end, text FROM event_status_history ORDER BY event, ord")) {
      while (rs.next()) {
        histories.computeIfAbsent(rs.getString("event"), k -> new ArrayList<>()).add(new StatusChange(
            EventStatus.valueOf(rs.getString("status")), Sql.date(rs, "as_of"), citation(rs)));
      }
    }
    List<Event> events = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, frame, plover, mode, cameo,"
        + " status, sources, targets, location, date_value, date_earliest, date_latest, date_granularity,"
        + " quantities, summary, confidence FROM events ORDER BY ord")) {
      while (rs.next()) {
        String id = rs.getString("id");
        String dateValue = rs.getString("date_value");
        String granularity = rs.getString("date_granularity");
        EventDate date = dateValue == null ? null : new EventDate(dateValue, Sql.date(rs, "date_earliest"),
            Sql.date(rs, "date_latest"), granularity == null ? null : Granularity.valueOf(granularity));
        events.add(new Event(EventId.of(id), rs.getString("frame"), rs.getString("plover"), rs.getString("mode"),
            rs.getString("cameo"), EventStatus.valueOf(rs.getString("status")),
            ColumnJson.list(rs.getString("sources"), ColumnJson::entityId),
            ColumnJson.list(rs.getString("targets"), ColumnJson::entityId), rs.getString("location"), date,
            ColumnJson.list(rs.getString("quantities"), ColumnJson::quantity), rs.getString("summary"),
            histories.getOrDefault(id, List.of()), citations.getOrDefault(id, List.of()),
            rs.getDouble("confidence")));
      }
    }
    Map<Integer, List<Contradiction.Claim>> claims = new HashMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT contradiction, value, article,"
        + " sentence, span_start, span_end, text FROM contradiction_claims ORDER BY contradiction, ord")) {
      while (rs.next()) {
        claims.computeIfAbsent(rs.getInt("contradiction"), k -> new ArrayList<>())
            .add(new Contradiction.Claim(rs.getString("value"), citation(rs)));
      }
    }
    Map<Integer, Contradiction> contradictions = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, kind, subject FROM contradictions ORDER BY id")) {
      while (rs.next()) {
        int id = rs.getInt("id");
        contradictions.put(id, new Contradiction(rs.getString("kind"), rs.getString("subject"),
            claims.getOrDefault(id, List.of())));
      }
    }
    return new Story(entities, events, new ArrayList<>(contradictions.values()));
  }
}
