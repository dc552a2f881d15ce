package org.storyline.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storyline.fusion.EntityView;
import org.storyline.model.ArticleId;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Story;
import org.storyline.store.StoryStore;

/**
 * The stored story as the read-only commands see it: the fused story, canonical entities and a
 * short label for each article ("004_9ff5" from its file name), loaded without any NLP model.
 */
final class StoryView {
  final Story story;
  final EntityView entities;
  final Map<ArticleId, String> labels;

  private StoryView(Story story, Map<ArticleId, String> labels) {
    this.story = story;
    this.entities = EntityView.of(story.entities(), Map.of());
    this.labels = labels;
  }

  static StoryView load(StoryStore store) {
    // only the sources are needed: reading whole articles (tokens, layers) here would be wasted I/O
    Map<ArticleId, String> labels = new HashMap<>();
    store.articleSources().forEach((id, source) -> labels.put(id, label(source, id)));
    return new StoryView(store.loadStory(), unique(labels));
  }

  /** Labels shared by several articles (many records of one WARC, long common prefixes) get an id suffix. */
  static Map<ArticleId, String> unique(Map<ArticleId, String> labels) {
    Map<String, Long> counts = new HashMap<>();
    labels.values().forEach(l -> counts.merge(l, 1L, Long::sum));
    Map<ArticleId, String> out = new HashMap<>();
    labels.forEach((id, l) -> out.put(id, counts.get(l) > 1 ? l + "~" + id.value().substring(1, Math.min(5, id.value().length())) : l));
    return out;
  }

  /** A short, readable label for an article: its file name without extension, cut to 16 chars. */
  static String label(String source, ArticleId id) {
    String name = source;
    try {
      Path p = Path.of(source.replaceFirst("#.*$", ""));
      if (p.getFileName() != null) {
        name = p.getFileName().toString();
      }
    } catch (RuntimeException e) {
      name = source;
    }
    name = name.replaceFirst("\\.(txt|html?|jsonl|warc(\\.gz)?)$", "");
    int hash = source.indexOf('#');
    if (hash >= 0 && hash + 1 < source.length()) {
      name = name + "#" + source.substring(hash + 1);
    }
    if (name.isBlank()) {
      name = id.value();
    }
    return name.length() > 16 ? name.substring(0, 16) : name;
  }

  String label(ArticleId id) {
    return labels.getOrDefault(id, id.value());
  }

  String name(EntityId id) {
    return entities.nameOf(id, id.value());
  }

  /**
   * {@return the entity a user means by {@code name}: exact id, exact name or alias (ignoring case),
   * else the most mentioned entity whose name or alias contains it}
   */
  Optional<Entity> findActor(String name) {
    String q = name.strip().toLowerCase(Locale.ROOT);
    Entity best = null;
    for (Entity e : story.entities()) {
      if (e.id().value().equalsIgnoreCase(q) || e.name().equalsIgnoreCase(q)
          || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))) {
        return Optional.of(e);
      }
    }
    for (Entity e : story.entities()) {
      boolean hit = e.name().toLowerCase(Locale.ROOT).contains(q)
          || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q));
      if (hit && (best == null || e.mentionCount() > best.mentionCount())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  List<Entity> entityList() {
    return story.entities();
  }
}
