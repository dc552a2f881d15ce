package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.fusion.Corpus;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.fusion.entity.EntityResolver;
import org.storyline.ingest.dedup.DuplicateIndex;
import org.storyline.model.EntityType;
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

  /** Articles whose mentions are linked to ids that only the resolver's cross-id rules merge or keep apart. */
  private static List<AnnotatedArticle> namesCorpus() {
    List<AnnotatedArticle> docs = new ArrayList<>();
    String[][] articles = {
      {"n1", "Olena Zelenskiy spoke in Kyiv. Zelenskyy later met Smith.", "Olena Zelenskiy", "person:olena-zelenskiy",
          "Zelenskyy", "person:zelenskyy", "Smith", "person:smith"},
      {"n2", "Olena Zelenskyy visited Lviv with John Smith and Anna Smith.", "Olena Zelenskyy", "person:olena-zelenskyy",
          "John Smith", "person:john-smith", "Anna Smith", "person:anna-smith"},
      {"n3", "Kellogg and Keith Kellogg are one envoy; Witkoff met Dmitriev.", "Kellogg", "person:kellogg",
          "Keith Kellogg", "person:keith-kellogg", "Witkoff", "person:witkoff"},
      {"n4", "Trump spoke to Putin, and the Kremlin answered Moscow's critics.", "Trump", "person:trump",
          "Putin", "person:putin", "the Kremlin", "org:the-kremlin"},
      {"n5", "Maria Ivanova met Ivanova's lawyer, Petro Ivanov.", "Maria Ivanova", "person:maria-ivanova",
          "Ivanova", "person:ivanova", "Petro Ivanov", "person:petro-ivanov"},
    };
    for (String[] a : articles) {
      AnnotatedArticle doc = Docs.article(a[0], a[1], null);
      for (int i = 2; i < a.length; i += 2) {
        EntityType type = a[i + 1].startsWith("person:") ? EntityType.PERSON : EntityType.ORGANIZATION;
        doc = Docs.withMention(doc, a[i], type, a[i + 1]);
      }
      docs.add(doc);
    }
    return docs;
  }

  @Test
  void entityComponentsResolveLikeTheWholeSetThoughTheyAreResolvedApart() {
    List<AnnotatedArticle> docs = namesCorpus();
    EntityResolution expected = new EntityResolver().resolve(docs);
    // the corpus exercises the cross-id rules: a transliteration pair and a surname join
    assertThat(expected.canonical(org.storyline.model.EntityId.of("person:olena-zelenskiy")))
        .isEqualTo(expected.canonical(org.storyline.model.EntityId.of("person:olena-zelenskyy")));
    assertThat(expected.canonical(org.storyline.model.EntityId.of("person:kellogg")).value())
        .isEqualTo("person:keith-kellogg");

    DecomposedStory decomposed = new DecomposedStory();
    EntityResolution actual = decomposed.entities(docs);

    assertThat(actual).isEqualTo(expected);
    DecomposedStory.Result result = decomposed.build(docs);
    assertThat(result.largestEntityComponent()).isLessThan(expected.canonicalOf().size());
  }

  @Test
  void aFullLshBucketPairsOnlyItsFirstArticlesAsTheIndexDoes() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < DuplicateIndex.MAX_BUCKET + 5; i++) {
      ids.add(String.format("a%05d", i));
    }
    Collections.shuffle(ids, new Random(3));

    List<String[]> pairs = DuplicateBlocking.bucketPairs(ids);

    int kept = DuplicateIndex.MAX_BUCKET + 1;
    String firstLeftOut = String.format("a%05d", kept);
    int ordered = 0;
    int outside = 0;
    for (String[] p : pairs) {
      ordered += p[0].compareTo(p[1]) < 0 ? 1 : 0;
      outside += p[1].compareTo(firstLeftOut) >= 0 ? 1 : 0;
    }
    assertThat(pairs.size()).isEqualTo(kept * (kept - 1) / 2);
    assertThat(ordered).isEqualTo(pairs.size());
    assertThat(outside).isZero();
  }
}
