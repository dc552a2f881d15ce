package org.storyline.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Ingestor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;
import org.storyline.store.StoryStore;

/** The engine's batch guarantees, with a stand-in pipeline (no language models). */
class StorylineEngineTest {
  /** Fails hard on articles that contain "BOOM"; passes others through unchanged. */
  private static final Stage FRAGILE = new Stage() {
    @Override
    public StageInfo info() {
      return new StageInfo("test.fragile", "v1", Set.of(Layer.TEXT), Set.of());
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle doc) {
      if (doc.text().contains("BOOM")) {
        throw new OutOfMemoryError("simulated");
      }
      if (doc.text().contains("ASSERT")) {
        throw new AssertionError("simulated bug");
      }
      return doc;
    }
  };

  @Test
  void anArticleWhoseAnalysisFailsOrThrowsAnErrorIsSkippedAndTheBatchGoesOn(@TempDir Path in, @TempDir Path store) throws Exception {
    for (int i = 0; i < 12; i++) {
      String body = i % 4 == 0 ? (i % 8 == 0 ? "BOOM" : "ASSERT") + " goes article " + i
          : "Ordinary article number " + i + " about talks.";
      Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Title " + i + "\n\n" + body, UTF_8);
    }
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(store), Pipeline.of(FRAGILE), new Ingestor(), 2)) {
      AnalyzeReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> engine.analyze(List.of(in), StorylineEngine.Listener.none()));
      assertThat(report.read()).isEqualTo(12);
      assertThat(report.stored()).isEqualTo(9);
      assertThat(report.skippedByReason()).containsKey("E002 analysis failed");
      assertThat(report.failed()).isEqualTo(3);
      assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("E002"))
          .extracting(d -> Path.of(d.item()).getFileName().toString())
          .containsExactlyInAnyOrder("a00.txt", "a04.txt", "a08.txt");
      assertThat(engine.store().articleIds()).hasSize(9);
    }
    // the failed ones are retried by a later run rather than remembered as stored
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(store), Pipeline.of(FRAGILE), new Ingestor(), 1)) {
      AnalyzeReport again = engine.analyze(List.of(in), StorylineEngine.Listener.none());
      assertThat(again.alreadyStored()).isEqualTo(9);
      assertThat(again.stored()).isZero();
      assertThat(again.skipped()).isEqualTo(3);
      // a failed article's diagnostic is recorded once per item, not once per run
      assertThat(engine.store().diagnostics()).filteredOn(d -> d.code().equals("E002")).hasSize(3);
    }
  }

  /** Never returns on articles that contain "HANG" until released, and ignores interrupts. */
  private static final java.util.concurrent.atomic.AtomicBoolean RELEASED = new java.util.concurrent.atomic.AtomicBoolean();
  private static final Stage STUCK = new Stage() {
    @Override
    public StageInfo info() {
      return new StageInfo("test.stuck", "v1", Set.of(Layer.TEXT), Set.of());
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle doc) {
      while (doc.text().contains("HANG") && !RELEASED.get()) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          // like a stage that never looks at interrupts
        }
      }
      return doc;
    }
  };

  @Test
  void anArticleThatNeverFinishesIsAbandonedAndTheBatchGoesOn(@TempDir Path in, @TempDir Path store) throws Exception {
    for (int i = 0; i < 8; i++) {
      String body = i % 4 == 1 ? "HANG forever, article " + i : "Ordinary article number " + i + " about talks.";
      Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Title " + i + "\n\n" + body, UTF_8);
    }
    try {
      // one thread: without the time limit the first stuck article would stall everything after it
      try (StorylineEngine engine = new StorylineEngine(StoryStore.open(store), Pipeline.of(STUCK), new Ingestor(), 1,
          Duration.ofSeconds(1))) {
        AnalyzeReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> engine.analyze(List.of(in), StorylineEngine.Listener.none()));
        assertThat(report.read()).isEqualTo(8);
        assertThat(report.stored()).isEqualTo(6);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.diagnostics()).filteredOn(d -> d.code().equals(StorylineEngine.ANALYSIS_TIMEOUT))
            .extracting(d -> Path.of(d.item()).getFileName().toString())
            .containsExactlyInAnyOrder("a01.txt", "a05.txt");
        assertThat(engine.store().articleIds()).hasSize(6);
      }
    } finally {
      RELEASED.set(true);
    }
    // abandoned articles are not remembered as stored: a later run retries them
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(store), Pipeline.of(STUCK), new Ingestor(), 1)) {
      AnalyzeReport again = engine.analyze(List.of(in), StorylineEngine.Listener.none());
      assertThat(again.alreadyStored()).isEqualTo(6);
      assertThat(again.stored()).isEqualTo(2);
    }
  }
}
