package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.fusion.Corpus;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.OffsetMap;
import org.storyline.testkit.Docs;

class DecomposedStoryTest {
  private static List<AnnotatedArticle> corpus() {
    List<AnnotatedArticle> docs = new ArrayList<>(Corpus.docs());
    docs.addAll(Corpus.ambiguousTalks());
    return docs;
  }

  /** A copy of an article under another id and source: an exact duplicate for the detector. */
  private static AnnotatedArticle copy(AnnotatedArticle doc, String id) {
    Article a = doc.article();
    return doc.withArticle(new Article(ArticleId.of(id), id + ".txt", a.url(), a.title(), a.byline(), a.text(),
        OffsetMap.identity(a.text().length()), a.published(), a.contentHash()));
  }

  @Test
  void decomposedRebuildEqualsTheEmbeddedRebuildOnTheFusionCorpus() {
    List<AnnotatedArticle> docs = corpus();
    Embedded expected = Embedded.of(docs);
    assertThat(expected.story().events()).hasSizeGreaterThan(5);
    assertThat(expected.story().contradictions()).extracting(c -> c.kind()).contains("role-anachronism", "date");

    DecomposedStory.Result actual = new DecomposedStory().build(docs);

    assertThat(actual.duplicates()).isEqualTo(expected.duplicates());
    assertThat(actual.story()).isEqualTo(expected.story());
    // the corpus is one story: components are not all singletons, yet fusion still splits it
    assertThat(actual.largestFusionComponent()).isGreaterThan(1);
  }

  @Test
  void exactAndNearCopiesGiveTheSameLinksAndTheSameStoryInAnyOrder() {
    List<AnnotatedArticle> docs = corpus();
    docs.add(copy(docs.get(0), "zz-copy-of-first"));
    AnnotatedArticle held = docs.get(3);
    docs.add(copy(held, "aa-early-copy"));
    docs.add(Docs.article("other-topic", "Farmers in Kenya harvested a record maize crop this season, officials said.",
        null));
    Embedded expected = Embedded.of(docs);
    assertThat(expected.duplicates()).hasSizeGreaterThanOrEqualTo(2);

    Random random = new Random(11);
    for (int i = 0; i < 5; i++) {
      List<AnnotatedArticle> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      DecomposedStory.Result actual = new DecomposedStory().build(shuffled);

      assertThat(actual.duplicates()).isEqualTo(expected.duplicates());
      assertThat(actual.story()).isEqualTo(expected.story());
    }
  }
}
