package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Mention;
import org.storyline.store.StoryStore;

/** {@code storyline analyze} with the default engine (fast: our own taggers) on the seed articles. */
class FastEngineAnalyzeTest {
  @Test
  void analyzeUsesTheFastEngineByDefaultAndRecordsItInProvenance(@TempDir Path store) throws Exception {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Main.run(new String[] {"analyze",
        Path.of("..", "examples").toString(), "--store", store.toString(), "--no-timeline", "--threads", "2"},
        new PrintWriter(o), new PrintWriter(e)));
    assertThat(code).as(o + "\n" + e).isZero();
    assertThat(o.toString()).contains("Read 5 article(s): 5 analysed and stored");
    try (StoryStore s = StoryStore.open(store)) {
      List<AnnotatedArticle> docs = s.loadArticles();
      assertThat(docs).hasSize(5);
      for (AnnotatedArticle doc : docs) {
        assertThat(doc.tokens()).isNotEmpty().allSatisfy(t -> assertThat(t.pos()).isNotEmpty());
        assertThat(doc.events()).as(doc.id().value()).isNotEmpty();
        assertThat(doc.mentions()).extracting(m -> m.provenance().producedBy().name())
            .contains("nlp.tagger").doesNotContain("nlp.corenlp");
      }
      assertThat(docs.stream().flatMap(d -> d.mentions().stream()).map(Mention::text))
          .contains("Putin", "Zelensky");
      assertThat(s.loadStory().events()).isNotEmpty();
    }
  }
}
