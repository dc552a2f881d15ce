package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.OffsetAssertions.assertMapsInto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Evidence;

/** The five seed articles, as bundled in the repository's {@code examples/}. */
class SeedsTest {
  private static Path seeds;
  private static List<Article> articles;

  @BeforeAll
  static void readSeeds() {
    seeds = findSeeds();
    if (seeds == null) {
      return;
    }
    CollectingSink sink = new CollectingSink();
    new Ingestor().ingest(List.of(seeds), sink);
    assertThat(sink.diagnostics()).isEmpty();
    articles = sink.articles();
  }

  /** The seeds are bundled as the examples; tests run in the {@code core} module directory. */
  private static Path findSeeds() {
    Path examples = Path.of("..", "examples");
    return Files.isDirectory(examples) ? examples : null;
  }

  private static Article seed(String prefix) {
    Assumptions.assumeTrue(seeds != null, "seed articles not available");
    return articles.stream().filter(a -> Path.of(a.source()).getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow();
  }

  private static String raw(Article article) throws IOException {
    return Files.readString(Path.of(article.source()), UTF_8);
  }

  @Test
  void allFiveSeedsAreReadInOrderWithValidOffsets() throws IOException {
    Assumptions.assumeTrue(seeds != null, "seed articles not available");
    assertThat(articles).hasSize(5);
    try (Stream<Path> files = Files.list(seeds)) {
      assertThat(articles).extracting(Article::source)
          .containsExactlyElementsOf(files.map(Path::toString).sorted().toList());
    }
    for (Article article : articles) {
      assertMapsInto(article, raw(article));
      assertThat(article.title()).isNotBlank();
      assertThat(article.text()).doesNotStartWith(article.title());
    }
  }

  @Test
  void seed000LosesAvatarLoneByRepeatedTitleAndTruncatedLead() throws IOException {
    Article article = seed("000_");
    String text = article.text();
    assertThat(article.title()).isEqualTo("Trump Shifts Dynamics in Ukraine Conflict Ahead of Key Meeting with Putin");
    assertThat(text).doesNotContain("Liam Avatar").doesNotContain(article.title());
    assertThat(text.split("\n\n")).doesNotContain("By");
    String lead = "Former President Donald Trump played a large role";
    assertThat(text.indexOf(lead)).isZero();
    assertThat(text.indexOf(lead, 1)).as("one copy of the lead").isEqualTo(-1);
    assertThat(text).contains("in support of Ukraine – here’s what needs to happen next.");
    // the kept copy is the second, fuller one in the file
    String raw = raw(article);
    assertThat(article.toSource().toSource(0)).isEqualTo(raw.indexOf(lead, raw.indexOf(lead) + 1));
    assertThat(text).endsWith("the geopolitical landscape at large.");
  }

  @Test
  void seed003GetsItsDatelineAndLosesTheMoreArticlesLink() {
    Article article = seed("003_");
    assertThat(article.published().basis()).isEqualTo(DateBasis.DATELINE);
    assertThat(article.published().date()).isEqualTo(LocalDate.of(2025, 2, 13));
    Evidence evidence = article.published().evidence().get(0);
    assertThat(evidence.span().coveredText(article.text())).isEqualTo("Thu 13th Feb, 2025").isEqualTo(evidence.text());
    assertThat(article.text()).doesNotContain("More Quick Read Articles");
    assertThat(article.text()).endsWith("both the United States and Russia.");
  }

  @Test
  void seed004LosesTheAuthorBioCreditsAndBackToTop() {
    Article article = seed("004_");
    assertThat(article.text()).doesNotContain("Mukesh Singh", "Back To Top", "Courtesy: Bloomberg", "TQM");
    assertThat(article.text().split("\n\n")).doesNotContain("References");
    assertThat(article.text()).endsWith("the geopolitical landscape in Eastern Europe.");
    assertThat(article.text()).startsWith("Trump Announces Plans for Meeting with Putin Amid Ukraine War Tensions");
    assertThat(article.published().isKnown()).as("no dateline in seed 004").isFalse();
  }

  @Test
  void seed002LosesTableOfContentsAndTheSharePrompt() {
    Article article = seed("002_");
    assertThat(article.text()).doesNotContain("Table of Contents", "We encourage you to share this article", "|---|");
    assertThat(article.text()).startsWith("Washington, D.C. – In a strategic shift");
    assertThat(article.text()).contains("Steve Witkoff, Trump’s special envoy, previously stated");
    assertThat(article.text()).contains("| August 18, 2025 | Trump meets with Zelenskyy");
    assertThat(article.published().isKnown()).isFalse();
  }

  @Test
  void seed001LosesTheCommentPrompt() {
    Article article = seed("001_");
    assertThat(article.text()).doesNotContain("Share your thoughts in the comments");
    assertThat(article.text()).startsWith("A staggering 723 strikes hit Ukrainian settlements");
  }

  @Test
  void rereadingTheSeedsGivesTheSameIds() {
    Assumptions.assumeTrue(seeds != null, "seed articles not available");
    CollectingSink again = new CollectingSink();
    new Ingestor().ingest(List.of(seeds), again);
    assertThat(again.articles()).extracting(Article::id).containsExactlyElementsOf(articles.stream().map(Article::id).toList());
  }
}
