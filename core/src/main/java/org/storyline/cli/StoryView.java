package org.storyline.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.engine.ArticleLabels;
import org.storyline.fusion.EntityLookup;
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
    return new StoryView(store.loadStory(), ArticleLabels.of(store.articleSources()));
  }

  /** Labels shared by several articles get an id suffix (see {@link ArticleLabels#unique}). */
  static Map<ArticleId, String> unique(Map<ArticleId, String> labels) {
    return ArticleLabels.unique(labels);
  }

  /** {@return a short, readable label for an article (see {@link ArticleLabels#label})} */
  static String label(String source, ArticleId id) {
    return ArticleLabels.label(source, id);
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
    return EntityLookup.find(story.entities(), name);
  }

  List<Entity> entityList() {
    return story.entities();
  }
}
