package org.storyline.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.fusion.EntityLookup;
import org.storyline.fusion.Timeline;
import org.storyline.fusion.TimelineEntry;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventDate;
import org.storyline.model.EventId;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Evidence;
import org.storyline.model.Mention;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quantity;
import org.storyline.model.Quote;
import org.storyline.model.Role;
import org.storyline.model.RoleMention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.StatusChange;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.server.StorySnapshots.Header;
import org.storyline.server.StorySnapshots.QuoteRef;
import org.storyline.server.StorySnapshots.Snapshot;
import org.storyline.store.StoryStore;

/**
 * The read endpoints: JSON views of the stored story (shapes in {@code docs/openapi.yaml}). The
 * timeline is {@link Timeline}'s order and filters, as in {@code storyline timeline}; actor names
 * are matched by {@link EntityLookup}, as in the CLI. Thread-safe.
 */
final class StoryApi {
  private static final Pattern EVENT_IN_SUBJECT = Pattern.compile("\\(event ([^\\s)]+)\\)\\s*$");
  private static final int SNIPPET_WIDTH = 240;

  private final StoryStore store;
  private final StorySnapshots snapshots;

  StoryApi(StoryStore store, StorySnapshots snapshots) {
    this.store = store;
    this.snapshots = snapshots;
  }

  // ---- status ------------------------------------------------------------------------------

  void status(Request r) throws IOException {
    r.sendJson(200, statusJson());
  }

  /** {@return the Status object: version and counts} */
  ObjectNode statusJson() {
    Snapshot s = snapshots.current();
    ObjectNode o = Json.obj();
    o.put("version", s.version());
    o.put("articles", s.articles().size());
    o.put("events", s.story().events().size());
    o.put("entities", s.story().entities().size());
    o.put("contradictions", s.story().contradictions().size());
    return o;
  }

  // ---- articles ----------------------------------------------------------------------------

  void articles(Request r) throws IOException {
    int offset = r.intParam("offset", 0, 0, Integer.MAX_VALUE);
    int limit = r.intParam("limit", 50, 1, 500);
    Snapshot s = snapshots.current();
    ObjectNode o = Json.obj();
    o.put("total", s.articles().size());
    o.put("offset", offset);
    o.put("limit", limit);
    ArrayNode items = o.putArray("items");
    List<Header> all = s.articles();
    for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
      items.add(articleSummary(s, all.get(i)));
    }
    r.sendJson(200, o);
  }

  void article(Request r, String id) throws IOException {
    Optional<AnnotatedArticle> found = store.findArticle(ArticleId.of(id));
    if (found.isEmpty()) {
      throw ApiException.notFound("no article with id " + id);
    }
    AnnotatedArticle doc = found.get();
    Snapshot s = snapshots.current();
    Header h = s.articleById().get(doc.id());
    ObjectNode o = h != null ? articleSummary(s, h)
        : articleSummary(s, new Header(doc.id(), doc.article().source(), doc.id().value(), doc.article().title(),
            doc.article().url(), doc.article().byline(), doc.article().published(), doc.text().length()));
    o.put("text", doc.text());
    ArrayNode sentences = o.putArray("sentences");
    for (Sentence sentence : doc.sentences()) {
      ObjectNode x = sentences.addObject();
      x.put("index", sentence.index());
      x.put("start", sentence.span().start());
      x.put("end", sentence.span().end());
    }
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : doc.mentions()) {
      ObjectNode x = mentions.addObject();
      x.put("id", m.id().value());
      x.put("start", m.span().start());
      x.put("end", m.span().end());
      x.put("text", m.text());
      x.put("type", m.type().name().toLowerCase(Locale.ROOT));
      x.put("entity", m.entity() == null ? null : m.entity().value());
    }
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : doc.times()) {
      times.add(time(t));
    }
    ArrayNode roles = o.putArray("roles");
    for (RoleMention rm : doc.roles()) {
      ObjectNode x = roles.addObject();
      x.put("entity", rm.entity().value());
      x.put("role", rm.role());
      x.put("start", rm.span().start());
      x.put("end", rm.span().end());
      x.put("text", rm.text());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : doc.quotes()) {
      ObjectNode x = quotes.addObject();
      x.put("id", q.id());
      x.put("start", q.span().start());
      x.put("end", q.span().end());
      x.put("text", q.text());
      x.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
      if (q.speaker() == null) {
        x.putNull("speaker");
      } else {
        ObjectNode sp = x.putObject("speaker");
        sp.put("text", q.speaker().text());
        sp.put("entity", q.speaker().entity() == null ? null : q.speaker().entity().value());
        putSpanOrNull(sp, q.speaker().span());
      }
      x.set("cue", Json.span(q.cue()));
    }
    ArrayNode events = o.putArray("events");
    for (EventMention m : doc.events()) {
      ObjectNode x = events.addObject();
      x.put("id", m.id());
      x.put("sentence", m.sentence());
      x.put("start", m.trigger().start());
      x.put("end", m.trigger().end());
      x.put("trigger", m.trigger().coveredText(doc.text()));
      x.put("frame", m.frame());
      x.put("plover", m.plover());
      x.put("mode", m.mode());
      x.put("cameo", m.cameo());
      x.put("status", m.status().json());
      ArrayNode src = x.putArray("sources");
      m.sources().forEach(a -> src.add(actor(a)));
      ArrayNode tgt = x.putArray("targets");
      m.targets().forEach(a -> tgt.add(actor(a)));
      x.set("location", m.location() == null ? null : actor(m.location()));
      x.put("when", m.when() == null ? null : m.when().timex());
      x.set("whenSpan", Json.span(m.whenSpan()));
    }
    ArrayNode diagnostics = o.putArray("diagnostics");
    for (Diagnostic d : doc.diagnostics()) {
      ObjectNode x = diagnostics.addObject();
      x.put("code", d.code());
      x.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      x.put("stage", d.stage());
      x.put("message", d.message());
    }
    r.sendJson(200, o);
  }

  private static ObjectNode articleSummary(Snapshot s, Header h) {
    ObjectNode o = Json.obj();
    o.put("id", h.id().value());
    o.put("title", h.title());
    o.put("source", displaySource(h.source()));
    o.put("label", h.label());
    o.put("url", h.url());
    o.put("byline", h.byline());
    o.set("published", published(h.published()));
    o.put("length", h.length());
    DuplicateLink dup = s.duplicateOf().get(h.id());
    o.put("duplicateOf", dup == null ? null : dup.original().value());
    return o;
  }

  /** {@return a source without server directories: a URL as is, else the file name (and its #record)} */
  static String displaySource(String source) {
    if (source.matches("(?i)https?://.*")) {
      return source;
    }
    int cut = Math.max(source.lastIndexOf('/', source.contains("#") ? source.indexOf('#') : source.length()),
        source.lastIndexOf('\\'));
    return cut >= 0 ? source.substring(cut + 1) : source;
  }

  private static ObjectNode published(PublicationDate p) {
    ObjectNode o = Json.obj();
    o.put("date", Json.date(p.date()));
    o.put("earliest", Json.date(p.earliest()));
    o.put("latest", Json.date(p.latest()));
    o.put("basis", p.basis().json());
    ArrayNode ev = o.putArray("evidence");
    for (Evidence e : p.evidence()) {
      ObjectNode x = ev.addObject();
      x.put("reason", e.reason());
      x.put("start", e.span().start());
      x.put("end", e.span().end());
      x.put("text", e.text());
    }
    return o;
  }

  private static ObjectNode time(TimeExpression t) {
    ObjectNode x = Json.obj();
    x.put("start", t.span().start());
    x.put("end", t.span().end());
    x.put("text", t.text());
    x.put("type", t.type().name().toLowerCase(Locale.ROOT));
    TimeValue v = t.value();
    x.put("value", v.timex());
    String kind;
    LocalDate first = null;
    LocalDate last = null;
    String granularity = null;
    if (v instanceof TimeValue.Resolved) {
      TimeValue.Resolved res = (TimeValue.Resolved) v;
      kind = "resolved";
      first = res.start();
      last = res.endExclusive().minusDays(1);
      granularity = res.granularity().name().toLowerCase(Locale.ROOT);
    } else if (v instanceof TimeValue.Relative) {
      kind = "relative";
    } else if (v instanceof TimeValue.Duration) {
      kind = "duration";
    } else if (v instanceof TimeValue.Unresolvable) {
      kind = "unresolvable";
    } else {
      throw new AssertionError(v);
    }
    x.put("kind", kind);
    x.put("valueStart", Json.date(first));
    x.put("valueEnd", Json.date(last));
    x.put("granularity", granularity);
    return x;
  }

  private static ObjectNode actor(ActorRef a) {
    ObjectNode x = Json.obj();
    x.put("text", a.text());
    x.put("entity", a.entity() == null ? null : a.entity().value());
    x.put("actorCode", a.actorCode());
    putSpanOrNull(x, a.span());
    return x;
  }

  private static void putSpanOrNull(ObjectNode x, Span span) {
    if (span == null) {
      x.putNull("start");
      x.putNull("end");
    } else {
      x.put("start", span.start());
      x.put("end", span.end());
    }
  }

  // ---- timeline and events -------------------------------------------------------------------

  void timeline(Request r) throws IOException {
    LocalDate from = r.dateParam("from", false);
    LocalDate to = r.dateParam("to", true);
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("'to' is before 'from'");
    }
    EventStatus status = null;
    if (r.param("status") != null) {
      try {
        status = EventStatus.parse(r.param("status"));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("parameter 'status' must be one of occurred, ongoing, planned, proposed,"
            + " requested, agreed, refused, denied, hypothetical, cancelled");
      }
    }
    String type = r.param("type");
    if (type != null && !type.matches("[A-Za-z0-9_-]{1,40}")) {
      throw ApiException.badRequest("parameter 'type' must be a PLOVER type, frame or CAMEO code");
    }
    Snapshot s = snapshots.current();
    Entity who = null;
    if (r.param("actor") != null) {
      if (r.param("actor").length() > 200) {
        throw ApiException.badRequest("parameter 'actor' is too long");
      }
      who = EntityLookup.find(s.story().entities(), r.param("actor"))
          .orElseThrow(() -> ApiException.notFound("no entity matches the actor given"));
    }
    List<TimelineEntry> entries = new Timeline(s.entities())
        .entries(s.story().events(), from, to, who == null ? null : who.id());
    ObjectNode o = Json.obj();
    ArrayNode events = Json.arr();
    for (TimelineEntry e : entries) {
      if ((status == null || e.event().status() == status) && (type == null || hasType(e.event(), type))) {
        events.add(eventSummary(s, e.event()));
      }
    }
    o.put("total", events.size());
    o.set("actor", who == null ? null : entityRef(s, who.id()));
    o.set("events", events);
    r.sendJson(200, o);
  }

  private static boolean hasType(Event e, String type) {
    return e.plover().equalsIgnoreCase(type) || e.frame().equalsIgnoreCase(type)
        || (type.matches("\\d+") && e.cameo().startsWith(type));
  }

  void event(Request r, String id) throws IOException {
    Snapshot s = snapshots.current();
    Event e = s.event(EventId.of(id));
    if (e == null) {
      throw ApiException.notFound("no event with id " + id);
    }
    ObjectNode o = eventSummary(s, e);
    ArrayNode history = o.putArray("statusHistory");
    for (StatusChange c : e.statusHistory()) {
      ObjectNode x = history.addObject();
      x.put("status", c.status().json());
      x.put("asOf", Json.date(c.asOf()));
      x.set("citation", citation(s, c.source()));
    }
    ArrayNode citations = o.putArray("citations");
    e.mentions().forEach(c -> citations.add(citation(s, c)));
    ArrayNode contradictions = o.putArray("contradictions");
    for (Contradiction c : s.story().contradictions()) {
      if (id.equals(eventOf(c))) {
        contradictions.add(contradiction(s, c));
      }
    }
    r.sendJson(200, o);
  }

  private static ObjectNode eventSummary(Snapshot s, Event e) {
    ObjectNode o = Json.obj();
    o.put("id", e.id().value());
    o.set("date", eventDate(e.date()));
    o.put("dated", e.date() != null && e.date().isResolved());
    o.put("summary", e.summary());
    o.put("frame", e.frame());
    o.put("plover", e.plover());
    o.put("mode", e.mode());
    o.put("cameo", e.cameo());
    o.put("status", e.status().json());
    ArrayNode path = o.putArray("statusPath");
    Set<EventStatus> seen = new LinkedHashSet<>();
    e.statusHistory().forEach(c -> seen.add(c.status()));
    seen.forEach(st -> path.add(st.json()));
    ArrayNode sources = o.putArray("sources");
    e.sources().forEach(id -> sources.add(entityRef(s, id)));
    ArrayNode targets = o.putArray("targets");
    e.targets().forEach(id -> targets.add(entityRef(s, id)));
    o.put("location", e.location());
    ArrayNode quantities = o.putArray("quantities");
    for (Quantity q : e.quantities()) {
      ObjectNode x = quantities.addObject();
      x.put("text", q.text());
      x.put("value", q.value());
      x.put("unit", q.unit());
    }
    o.put("confidence", e.confidence());
    o.put("citationCount", e.mentions().size());
    ArrayNode articles = o.putArray("articles");
    new LinkedHashSet<>(e.mentions().stream().map(c -> c.article().value()).toList()).forEach(articles::add);
    return o;
  }

  private static ObjectNode eventDate(EventDate d) {
    if (d == null) {
      return null;
    }
    ObjectNode o = Json.obj();
    o.put("value", d.value());
    o.put("earliest", Json.date(d.earliest()));
    o.put("latest", Json.date(d.latest()));
    o.put("granularity", d.granularity() == null ? null : d.granularity().name().toLowerCase(Locale.ROOT));
    return o;
  }

  private static ObjectNode entityRef(Snapshot s, EntityId id) {
    ObjectNode o = Json.obj();
    EntityId canonical = s.entities().canonical(id);
    o.put("id", canonical.value());
    o.put("name", s.name(canonical));
    return o;
  }

  private static ObjectNode citation(Snapshot s, Citation c) {
    ObjectNode o = Json.obj();
    o.put("article", c.article().value());
    o.put("title", s.title(c.article()));
    o.put("label", s.label(c.article()));
    o.put("sentence", c.sentence());
    o.put("start", c.span().start());
    o.put("end", c.span().end());
    o.put("text", c.text());
    return o;
  }

  // ---- entities ------------------------------------------------------------------------------

  void entities(Request r) throws IOException {
    String type = r.param("type");
    String q = r.param("q");
    if (q != null && q.length() > 200) {
      throw ApiException.badRequest("parameter 'q' is too long");
    }
    int min = r.intParam("minMentions", 0, 0, Integer.MAX_VALUE);
    Snapshot s = snapshots.current();
    List<Entity> list = new ArrayList<>();
    String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
    for (Entity e : s.story().entities()) {
      if (e.mentionCount() < min) {
        continue;
      }
      if (type != null && !e.type().name().equalsIgnoreCase(type)) {
        continue;
      }
      if (needle != null && !e.name().toLowerCase(Locale.ROOT).contains(needle)
          && e.aliases().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))) {
        continue;
      }
      list.add(e);
    }
    list.sort(Comparator.comparingInt(Entity::mentionCount).reversed().thenComparing(e -> e.id().value()));
    ObjectNode o = Json.obj();
    o.put("total", list.size());
    ArrayNode items = o.putArray("items");
    list.forEach(e -> items.add(entitySummary(e)));
    r.sendJson(200, o);
  }

  private static ObjectNode entitySummary(Entity e) {
    ObjectNode o = Json.obj();
    o.put("id", e.id().value());
    o.put("type", e.type().name().toLowerCase(Locale.ROOT));
    o.put("name", e.name());
    ArrayNode aliases = o.putArray("aliases");
    e.aliases().forEach(aliases::add);
    o.put("actorCode", e.actorCode());
    o.put("mentionCount", e.mentionCount());
    ArrayNode roles = o.putArray("roles");
    for (Role role : e.roles()) {
      ObjectNode x = roles.addObject();
      x.put("title", role.title());
      x.put("firstStated", Json.date(role.firstStated()));
      x.put("lastStated", Json.date(role.lastStated()));
    }
    return o;
  }

  void entity(Request r, String id) throws IOException {
    Snapshot s = snapshots.current();
    Entity e = s.entityById().get(EntityId.of(id));
    if (e == null) {
      throw ApiException.notFound("no entity with id " + id);
    }
    ObjectNode o = entitySummary(e);
    ArrayNode evidence = o.putArray("roleEvidence");
    for (Role role : e.roles()) {
      ObjectNode x = evidence.addObject();
      x.put("title", role.title());
      ArrayNode cites = x.putArray("citations");
      role.evidence().forEach(c -> cites.add(citation(s, c)));
    }
    ArrayNode events = o.putArray("events");
    for (TimelineEntry t : new Timeline(s.entities()).entries(s.story().events(), null, null, e.id())) {
      events.add(eventSummary(s, t.event()));
    }
    ArrayNode quotes = o.putArray("quotes");
    for (QuoteRef q : s.quotesBySpeaker().getOrDefault(e.id(), List.of())) {
      ObjectNode x = quotes.addObject();
      x.put("article", q.article().value());
      x.put("title", s.title(q.article()));
      x.put("label", s.label(q.article()));
      x.put("id", q.quote().id());
      x.put("start", q.quote().span().start());
      x.put("end", q.quote().span().end());
      x.put("text", q.quote().text());
      x.put("kind", q.quote().kind().name().toLowerCase(Locale.ROOT));
    }
    r.sendJson(200, o);
  }

  // ---- contradictions and network -----------------------------------------------------------

  void contradictions(Request r) throws IOException {
    Snapshot s = snapshots.current();
    ObjectNode o = Json.obj();
    o.put("total", s.story().contradictions().size());
    ArrayNode items = o.putArray("items");
    s.story().contradictions().forEach(c -> items.add(contradiction(s, c)));
    r.sendJson(200, o);
  }

  private static String eventOf(Contradiction c) {
    Matcher m = EVENT_IN_SUBJECT.matcher(c.subject());
    return m.find() ? m.group(1) : null;
  }

  private static ObjectNode contradiction(Snapshot s, Contradiction c) {
    ObjectNode o = Json.obj();
    o.put("kind", c.kind());
    o.put("subject", c.subject());
    String event = eventOf(c);
    o.put("event", event != null && s.eventById().containsKey(EventId.of(event)) ? event : null);
    ArrayNode claims = o.putArray("claims");
    for (Contradiction.Claim claim : c.claims()) {
      ObjectNode x = claims.addObject();
      x.put("value", claim.value());
      x.set("citation", citation(s, claim.citation()));
    }
    return o;
  }

  void network(Request r) throws IOException {
    int minCount = r.intParam("minCount", 1, 1, Integer.MAX_VALUE);
    Snapshot s = snapshots.current();
    Map<EntityId, Integer> eventCount = new TreeMap<>();
    Map<List<EntityId>, Edge> edges = new LinkedHashMap<>();
    for (Event e : s.story().events()) {
      Set<EntityId> actors = new LinkedHashSet<>();
      e.sources().forEach(id -> actors.add(s.entities().canonical(id)));
      e.targets().forEach(id -> actors.add(s.entities().canonical(id)));
      actors.forEach(id -> eventCount.merge(id, 1, Integer::sum));
      for (EntityId src : e.sources()) {
        for (EntityId tgt : e.targets()) {
          EntityId a = s.entities().canonical(src);
          EntityId b = s.entities().canonical(tgt);
          if (!a.equals(b)) {
            edges.computeIfAbsent(List.of(a, b), k -> new Edge()).add(e);
          }
        }
      }
    }
    ObjectNode o = Json.obj();
    ArrayNode edgeArray = o.putArray("edges");
    Set<EntityId> linked = new LinkedHashSet<>();
    edges.forEach((pair, edge) -> {
      if (edge.events.size() < minCount) {
        return;
      }
      linked.addAll(pair);
      ObjectNode x = edgeArray.addObject();
      x.put("source", pair.get(0).value());
      x.put("target", pair.get(1).value());
      x.put("count", edge.events.size());
      ArrayNode types = x.putArray("types");
      edge.types.forEach((plover, n) -> {
        ObjectNode t = types.addObject();
        t.put("plover", plover);
        t.put("count", n);
      });
      ArrayNode ids = x.putArray("events");
      edge.events.forEach(ids::add);
    });
    ArrayNode nodes = Json.arr();
    eventCount.forEach((id, n) -> {
      if (minCount > 1 && !linked.contains(id)) {
        return;
      }
      Optional<Entity> entity = s.entities().find(id);
      ObjectNode x = nodes.addObject();
      x.put("id", id.value());
      x.put("name", s.name(id));
      x.put("type", entity.map(en -> en.type().name().toLowerCase(Locale.ROOT)).orElse("unknown"));
      x.put("mentionCount", entity.map(Entity::mentionCount).orElse(0));
      x.put("eventCount", n);
    });
    ObjectNode out = Json.obj();
    out.set("nodes", nodes);
    out.set("edges", edgeArray);
    r.sendJson(200, out);
  }

  /** Events from one actor to another, counted by PLOVER type. */
  private static final class Edge {
    final Set<String> events = new LinkedHashSet<>();
    final Map<String, Integer> types = new TreeMap<>();

    void add(Event e) {
      if (events.add(e.id().value())) {
        types.merge(e.plover(), 1, Integer::sum);
      }
    }
  }

  // ---- search --------------------------------------------------------------------------------

  void search(Request r) throws IOException {
    String q = r.param("q");
    if (q == null) {
      throw ApiException.badRequest("parameter 'q' is required");
    }
    if (q.length() > 200) {
      throw ApiException.badRequest("parameter 'q' is longer than 200 characters");
    }
    int limit = r.intParam("limit", 20, 1, 100);
    List<String> terms = Snippets.terms(q);
    Snapshot s = snapshots.current();
    ObjectNode o = Json.obj();
    o.put("query", q);
    ArrayNode termArray = o.putArray("terms");
    terms.forEach(termArray::add);
    ArrayNode articles = o.putArray("articles");
    for (StoryStore.SearchHit hit : store.searchArticles(terms, limit)) {
      String title = hit.title();
      ObjectNode x = articles.addObject();
      x.put("id", hit.id());
      x.put("title", title);
      x.put("label", s.label(ArticleId.of(hit.id())));
      x.put("score", hit.score());
      ArrayNode th = x.putArray("titleHighlights");
      Snippets.highlights(title, terms).forEach(sp -> th.add(Json.span(sp)));
      x.set("snippet", snippet(Snippets.snippet(hit.text(), terms, SNIPPET_WIDTH)));
    }
    ArrayNode events = o.putArray("events");
    for (StoryStore.SearchHit hit : store.searchEvents(terms, limit)) {
      Event e = s.eventById().get(EventId.of(hit.id()));
      if (e == null) {
        continue; // indexed by a newer story than this snapshot; the next search sees it
      }
      ObjectNode x = events.addObject();
      x.put("id", e.id().value());
      x.put("summary", e.summary());
      x.set("date", eventDate(e.date()));
      x.put("status", e.status().json());
      x.put("score", hit.score());
      ArrayNode sh = x.putArray("summaryHighlights");
      Snippets.highlights(e.summary(), terms).forEach(sp -> sh.add(Json.span(sp)));
      Citation best = null;
      for (Citation c : e.mentions()) {
        if (!Snippets.highlights(c.text(), terms).isEmpty()) {
          best = c;
          break;
        }
      }
      x.set("snippet", best == null ? null : snippet(Snippets.snippet(best.text(), terms, SNIPPET_WIDTH)));
      x.set("citation", best == null ? null : citation(s, best));
    }
    r.sendJson(200, o);
  }

  private static ObjectNode snippet(Snippets.Snippet sn) {
    ObjectNode o = Json.obj();
    o.put("start", sn.start());
    o.put("end", sn.end());
    o.put("text", sn.text());
    ArrayNode h = o.putArray("highlights");
    sn.highlights().forEach(sp -> h.add(Json.span(sp)));
    return o;
  }
}
