package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleId;

class StoryViewTest {
  @Test
  void labelsAnArticleByItsFileNameWithoutExtension() {
    assertThat(StoryView.label("examples/002_3f0cc6531bcb269c.txt", ArticleId.of("a1"))).isEqualTo("002_3f0cc6531bcb");
    assertThat(StoryView.label("/data/feed.jsonl#x7", ArticleId.of("a1"))).isEqualTo("feed#x7");
  }

  @Test
  void disambiguatesLabelsSharedBySeveralArticles() {
    Map<ArticleId, String> labels = StoryView.unique(Map.of(
        ArticleId.of("a1111aaaa"), "crawl#https://ex", ArticleId.of("a2222bbbb"), "crawl#https://ex",
        ArticleId.of("a3333cccc"), "004_9ff570318fbf"));
    assertThat(labels).containsEntry(ArticleId.of("a1111aaaa"), "crawl#https://ex~1111")
        .containsEntry(ArticleId.of("a2222bbbb"), "crawl#https://ex~2222")
        .containsEntry(ArticleId.of("a3333cccc"), "004_9ff570318fbf");
  }
}
