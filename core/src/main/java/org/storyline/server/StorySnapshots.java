package org.storyline.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.engine.ArticleLabels;
import org.storyline.fusion.EntityView;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventId;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.store.StoryStore;

/**
 * The stored story as the read endpoints see it, loaded once per store change instead of once per
 * request: the fused story, article headers (without their layers), labels, duplicate links and
 * attributed quotes by speaker. A snapshot is reloaded when the {@link UpdateFeed} version moves
 * (a write through this server) or after {@value #MAX_AGE_MS} ms (writes by another process, such
 * as {@code storyline analyze} on the same store). Thread-safe; snapshots are immutable.
 */
final class StorySnapshots {
  static final long MAX_AGE_MS = 30_000;

  private final StoryStore store;
  private final UpdateFeed feed;
  private Snapshot current;

  /** An article without its text and layers. */
  record Header(ArticleId id, String source, String label, String title, String url, String byline,
      PublicationDate published, int length) {}

  /** A quote with the article it is in. */
  record QuoteRef(ArticleId article, Quote quote) {}

  /** Everything the read endpoints answer from. */
  record Snapshot(
      long version,
      long loadedAtNanos,
      Story story,
      EntityView entities,
      Map<EntityId, Entity> entityById,
      Map<EventId, Event> eventById,
      List<Header> articles,
      Map<ArticleId, Header> articleById,
      Map<ArticleId, DuplicateLink> duplicateOf,
      Map<EntityId, List<QuoteRef>> quotesBySpeaker,
      Map<EventId, EventId> formerIds) {

    /**
     * {@return the event with this id, or the event that took over an id this server answered
     * before} An event's id is a hash of its earliest report, so an article that brings an earlier
     * report of it renames the event; the old id then leads to its successor (in this process).
     */
    Event event(EventId id) {
      Event e = eventById.get(id);
      if (e == null && formerIds.containsKey(id)) {
        e = eventById.get(formerIds.get(id));
      }
      return e;
    }

    String label(ArticleId id) {
      Header h = articleById.get(id);
      return h == null ? id.value() : h.label();
    }

    String title(ArticleId id) {
      Header h = articleById.get(id);
      return h == null ? "" : h.title();
    }

    String name(EntityId id) {
      return entities.nameOf(id, id.value());
    }
  }

  StorySnapshots(StoryStore store, UpdateFeed feed) {
    this.store = store;
    this.feed = feed;
  }

  /** {@return a snapshot no older than the last write through this server} */
  synchronized Snapshot current() {
    long version = feed.version();
    long now = System.nanoTime();
    if (current == null || current.version() != version || now - current.loadedAtNanos() > MAX_AGE_MS * 1_000_000) {
      current = load(version, now);
    }
    return current;
  }

  private Snapshot load(long version, long now) {
    Story story = store.loadStory();
    Map<ArticleId, String> sources = store.articleSources();
    Map<ArticleId, String> labels = ArticleLabels.of(sources);
    Map<ArticleId, Header> byId = new HashMap<>();
    Map<EntityId, List<QuoteRef>> quotes = new HashMap<>();
    // one article at a time: the headers and quotes are kept, the layers dropped
    store.forEachArticle(doc -> {
      Article a = doc.article();
      // the text is kept out of the header: article pages load it from the store when asked
      byId.put(a.id(), new Header(a.id(), a.source(), labels.getOrDefault(a.id(), a.id().value()), a.title(),
          a.url(), a.byline(), a.published(), a.text().length()));
      collectQuotes(doc, quotes);
    });
    List<Header> ordered = new ArrayList<>();
    for (ArticleId id : sources.keySet()) {
      Header h = byId.get(id);
      if (h != null) {
        ordered.add(h);
      }
    }
    Map<ArticleId, DuplicateLink> dup = new HashMap<>();
    for (DuplicateLink link : store.duplicates()) {
      dup.merge(link.article(), link, (a, b) -> better(a, b) ? a : b);
    }
    Map<EntityId, Entity> entityById = new LinkedHashMap<>();
    story.entities().forEach(e -> entityById.putIfAbsent(e.id(), e));
    Map<EventId, Event> eventById = new LinkedHashMap<>();
    story.events().forEach(e -> eventById.putIfAbsent(e.id(), e));
    quotes.replaceAll((k, v) -> List.copyOf(v));
    Map<EventId, EventId> former = current == null ? Map.of() : successors(current, story.events(), eventById);
    return new Snapshot(version, now, story, EntityView.of(story.entities(), Map.of()),
        Collections.unmodifiableMap(entityById), Collections.unmodifiableMap(eventById), List.copyOf(ordered),
        Map.copyOf(byId), Map.copyOf(dup), Map.copyOf(quotes), Map.copyOf(former));
  }

  /** Former ids kept at most (oldest renames are forgotten first). */
  private static final int MAX_FORMER_IDS = 100_000;

  /**
   * {@return every id of the previous snapshot that is gone, mapped to the new event that cites most
   * of its sentences (ties: the first in timeline order), and the earlier renames carried forward}
   */
  static Map<EventId, EventId> successors(Snapshot previous, List<Event> events, Map<EventId, Event> byId) {
    Map<String, List<EventId>> bySentence = new HashMap<>();
    for (Event e : events) {
      for (Citation c : e.mentions()) {
        List<EventId> ids = bySentence.computeIfAbsent(c.article().value() + "#" + c.sentence(), k -> new ArrayList<>());
        if (!ids.contains(e.id())) {
          ids.add(e.id());
        }
      }
    }
    Map<EventId, Integer> order = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      order.putIfAbsent(events.get(i).id(), i);
    }
    Map<EventId, EventId> out = new LinkedHashMap<>();
    for (Event old : previous.story().events()) {
      if (byId.containsKey(old.id())) {
        continue;
      }
      Map<EventId, Integer> shared = new HashMap<>();
      for (Citation c : old.mentions()) {
        for (EventId id : bySentence.getOrDefault(c.article().value() + "#" + c.sentence(), List.of())) {
          shared.merge(id, 1, Integer::sum);
        }
      }
      shared.entrySet().stream()
          .max(Comparator.<Map.Entry<EventId, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparing(en -> -order.get(en.getKey())))
          .ifPresent(best -> out.put(old.id(), best.getKey()));
    }
    for (Map.Entry<EventId, EventId> e : previous.formerIds().entrySet()) {
      EventId target = byId.containsKey(e.getValue()) ? e.getValue() : out.get(e.getValue());
      if (target != null && out.size() < MAX_FORMER_IDS) {
        out.putIfAbsent(e.getKey(), target);
      }
    }
    return out;
  }

  private static void collectQuotes(AnnotatedArticle doc, Map<EntityId, List<QuoteRef>> into) {
    for (Quote q : doc.quotes()) {
      if (q.speaker() != null && q.speaker().entity() != null) {
        into.computeIfAbsent(q.speaker().entity(), k -> new ArrayList<>()).add(new QuoteRef(doc.id(), q));
      }
    }
  }

  /** An exact link wins over a near one, then the higher similarity. */
  private static boolean better(DuplicateLink a, DuplicateLink b) {
    if (a.kind() != b.kind()) {
      return a.kind() == DuplicateLink.Kind.EXACT;
    }
    return a.similarity() >= b.similarity();
  }
}
