package org.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.StoryBuilder;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.fusion.entity.EntityResolver;
import org.storyline.ingest.dedup.DuplicateDetector;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;

/** What the embedded engine's rebuild computes from a set of analysed articles (StorylineEngine.rebuild). */
record Embedded(List<DuplicateLink> duplicates, Story story) {
  static Embedded of(List<AnnotatedArticle> docs) {
    List<Article> articles = new ArrayList<>();
    for (AnnotatedArticle d : docs) {
      articles.add(d.article());
    }
    List<DuplicateLink> duplicates = new DuplicateDetector().detect(articles);
    EntityResolution entities = new EntityResolver().resolve(docs);
    Story story = new StoryBuilder().build(docs, duplicates, EntityView.of(entities.entities(), entities.canonicalOf()));
    return new Embedded(duplicates, story);
  }
}
