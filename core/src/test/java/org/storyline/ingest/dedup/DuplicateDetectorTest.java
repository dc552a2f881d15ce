package org.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateBasis;
import org.storyline.model.DuplicateLink;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;

class DuplicateDetectorTest {
  private static final DuplicateDetector DETECTOR = new DuplicateDetector();

  static String seed(String prefix) {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Article article(String id, String text, LocalDate published) {
    return article(id, text, published, "");
  }

  static Article article(String id, String text, LocalDate published, String contentHash) {
    PublicationDate date = published == null ? PublicationDate.unknown()
        : PublicationDate.exact(published, DateBasis.METADATA, List.of());
    return new Article(ArticleId.of(id), id + ".html", null, "", null, text, OffsetMap.identity(text.length()), date,
        contentHash);
  }

  private static String replaceWords(String text, int every) {
    String[] words = text.split(" ");
    StringBuilder sb = new StringBuilder();
    int changed = 0;
    for (int i = 0; i < words.length; i++) {
      if (i % every == every / 2 && words[i].length() > 3) {
        sb.append("altered").append(changed++);
      } else {
        sb.append(words[i]);
      }
      sb.append(' ');
    }
    return sb.toString();
  }

  @Test
  void exactCopyAtAnotherPathLinksToTheEarlierOne() {
    String text = seed("004");
    Article early = article("site-b", text, LocalDate.of(2024, 12, 1));
    Article late = article("site-a", text.replace("\n", "\n\n") + "  ", LocalDate.of(2024, 12, 3));
    List<DuplicateLink> links = DETECTOR.detect(List.of(late, early));
    assertThat(links).containsExactly(new DuplicateLink(late.id(), early.id(), DuplicateLink.Kind.EXACT, 1.0));
  }

  @Test
  void sameContentHashIsExactEvenWhenTextsDiffer() {
    Article a = article("a", "One text about talks in Istanbul.", null, "h1");
    Article b = article("b", "Another rendering of the same page.", null, "h1");
    assertThat(DETECTOR.detect(List.of(a, b)))
        .containsExactly(new DuplicateLink(ArticleId.of("b"), ArticleId.of("a"), DuplicateLink.Kind.EXACT, 1.0));
  }

  @Test
  void syndicatedCopyWithOtherHeaderAndFooterIsNear() {
    String body = seed("004");
    Article original = article("wire", body, LocalDate.of(2024, 12, 1));
    Article copy = article("portal", "Portal News | World | Politics | Subscribe now\nShared from our partners.\n"
        + body + "\nRelated: five things to know today. Follow us on social media. Copyright Portal News 2024.",
        LocalDate.of(2024, 12, 2));
    List<DuplicateLink> links = DETECTOR.detect(List.of(copy, original));
    assertThat(links).hasSize(1);
    DuplicateLink l = links.get(0);
    assertThat(l.article()).isEqualTo(copy.id());
    assertThat(l.original()).isEqualTo(original.id());
    assertThat(l.kind()).isEqualTo(DuplicateLink.Kind.NEAR);
    assertThat(l.similarity()).isBetween(0.8, 1.0);
  }

  @Test
  void lightRewriteWithAFewWordsChangedIsNear() {
    String body = seed("004");
    String rewrite = replaceWords(body, 150);
    assertThat(rewrite).contains("altered3");
    List<DuplicateLink> links = DETECTOR.detect(List.of(article("x", body, null), article("y", rewrite, null)));
    assertThat(links).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(DuplicateLink.Kind.NEAR);
      assertThat(l.original()).isEqualTo(ArticleId.of("x"));
    });
  }

  @Test
  void copyEmbeddedInALongerPageIsFoundByContainment() {
    String body = seed("002");
    String page = seed("000") + "\n" + body + "\n" + seed("003");
    List<DuplicateLink> links = DETECTOR.detect(List.of(
        article("page", page, LocalDate.of(2025, 8, 22)), article("story", body, LocalDate.of(2025, 8, 21))));
    assertThat(links).singleElement().satisfies(l -> {
      assertThat(l.article()).isEqualTo(ArticleId.of("page"));
      assertThat(l.original()).isEqualTo(ArticleId.of("story"));
      assertThat(l.similarity()).isGreaterThanOrEqualTo(0.9);
    });
  }

  @Test
  void differentArticlesOnTheSameStoryAreNotLinked() {
    List<Article> seeds = new ArrayList<>();
    for (String p : List.of("000", "001", "002", "003", "004")) {
      seeds.add(article("seed-" + p, seed(p), null));
    }
    assertThat(DETECTOR.detect(seeds)).isEmpty();
    Fingerprint a = Fingerprint.of(seed("001"));
    Fingerprint b = Fingerprint.of(seed("004"));
    double jaccard = (double) a.intersection(b) / (a.shingleCount() + b.shingleCount() - a.intersection(b));
    assertThat(jaccard).isLessThan(0.05);
  }

  @Test
  void originalIsEarliestPublishedThenSmallestIdAndUndatedLast() {
    String text = seed("003");
    Article undated = article("a-undated", text, null);
    Article dated1 = article("z-dated", text, LocalDate.of(2025, 2, 13));
    Article dated2 = article("m-dated", text, LocalDate.of(2025, 2, 13));
    List<DuplicateLink> links = DETECTOR.detect(List.of(undated, dated1, dated2));
    assertThat(links).extracting(DuplicateLink::original).containsOnly(dated2.id());
    assertThat(links).extracting(DuplicateLink::article).containsExactly(undated.id(), dated1.id());
  }

  @Test
  void incrementalIndexReturnsLinksForTheNewArticle() {
    String text = seed("001");
    DuplicateIndex index = DETECTOR.newIndex();
    assertThat(index.add(article("b", text, LocalDate.of(2025, 8, 7)))).isEmpty();
    assertThat(index.add(article("c", seed("002"), LocalDate.of(2025, 8, 7)))).isEmpty();
    assertThat(index.add(article("d", text, LocalDate.of(2025, 8, 8))))
        .containsExactly(new DuplicateLink(ArticleId.of("d"), ArticleId.of("b"), DuplicateLink.Kind.EXACT, 1.0));
    // an earlier copy arrives later: it becomes the original, and the group re-points to it
    assertThat(index.add(article("e", text, LocalDate.of(2025, 8, 6))))
        .extracting(DuplicateLink::article, DuplicateLink::original)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ArticleId.of("b"), ArticleId.of("e")),
            org.assertj.core.groups.Tuple.tuple(ArticleId.of("d"), ArticleId.of("e")));
    assertThat(index.add(article("e", text, LocalDate.of(2025, 8, 6)))).as("same id twice").isEmpty();
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void emptyAndTinyTextsDoNotLinkByAccident() {
    List<Article> in = List.of(article("a", "", null), article("b", "   ", null), article("c", "Putin.", null),
        article("d", "Zelensky.", null));
    assertThat(DETECTOR.detect(in)).isEmpty();
  }

  @Test
  void manyArticlesAreHandledWithoutComparingAllPairs() {
    Random random = new Random(7);
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i, 36);
    }
    List<Article> in = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 200; w++) {
        sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      in.add(article(String.format("a%05d", i), sb.toString(), null));
      if (i % 100 == 0) {
        in.add(article(String.format("a%05d-copy", i), "Header. " + sb + " Footer.", null));
      }
    }
    DuplicateIndex index = DETECTOR.newIndex();
    in.forEach(index::add);
    List<DuplicateLink> links = index.links();
    assertThat(links).hasSize(15).allSatisfy(l -> assertThat(l.article().value()).endsWith("-copy"));
    assertThat(links).isEqualTo(DETECTOR.detect(in));
    long allPairs = (long) in.size() * (in.size() - 1) / 2;
    // the scaling claim is structural (pairs compared), not a wall-clock figure
    assertThat(index.verifiedPairs()).as("verified of %d pairs", allPairs).isLessThan(allPairs / 100);
  }

  @Provide
  Arbitrary<List<Article>> permutations() {
    return Arbitraries.shuffle(Pool.ARTICLES);
  }

  @Property(tries = 25)
  void linksDoNotDependOnInputOrder(@ForAll("permutations") List<Article> permuted) {
    assertThat(DETECTOR.detect(permuted)).isEqualTo(Pool.EXPECTED);
    DuplicateIndex index = DETECTOR.newIndex();
    permuted.forEach(index::add);
    assertThat(index.links()).isEqualTo(Pool.EXPECTED);
  }

  /** Nine articles: two groups of copies (exact, syndicated, rewritten) and three singletons. */
  static final class Pool {
    static final List<Article> ARTICLES = build();
    static final List<DuplicateLink> EXPECTED = DETECTOR.detect(ARTICLES);

    private static List<Article> build() {
      String s1 = seed("001");
      String s4 = seed("004");
      return List.of(
          article("p1", s1, LocalDate.of(2025, 8, 7)),
          article("p2", s1, LocalDate.of(2025, 8, 7)),
          article("p3", "Breaking | " + s1 + " | More news", LocalDate.of(2025, 8, 6)),
          article("p4", replaceWords(s1, 120), null),
          article("p5", s4, LocalDate.of(2024, 12, 1)),
          article("p6", replaceWords(s4, 200), LocalDate.of(2024, 12, 1)),
          article("p7", seed("000"), null),
          article("p8", seed("002"), null),
          article("p9", seed("003"), null));
    }
  }

  @Test
  void poolHasTheExpectedGroups() {
    assertThat(Pool.EXPECTED).extracting(DuplicateLink::article, DuplicateLink::original)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ArticleId.of("p1"), ArticleId.of("p3")),
            org.assertj.core.groups.Tuple.tuple(ArticleId.of("p2"), ArticleId.of("p3")),
            org.assertj.core.groups.Tuple.tuple(ArticleId.of("p4"), ArticleId.of("p3")),
            org.assertj.core.groups.Tuple.tuple(ArticleId.of("p6"), ArticleId.of("p5")));
  }
}
