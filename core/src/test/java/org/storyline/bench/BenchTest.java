package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.bench.BenchReport.EndToEnd;
import org.storyline.bench.BenchReport.EngineResult;
import org.storyline.bench.BenchReport.Kind;
import org.storyline.bench.BenchReport.Ratio;
import org.storyline.bench.BenchReport.Timing;
import org.storyline.engine.Engine;
import org.storyline.engine.Limits;

public class BenchTest {
  /** Three hand-made articles, as .txt files (first line the title). */
  public static Path articles(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a.txt"), """
        Envoys meet in Geneva
        GENEVA, March 3, 2025 — Russian and Ukrainian envoys met in Geneva on Monday. "We will talk again next week," said Andriy Yermak.
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), """
        Trump calls Putin
        WASHINGTON, March 4, 2025 — Donald Trump spoke with Vladimir Putin by phone on Tuesday. The Kremlin said the call lasted two hours.
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c.txt"), """
        Ceasefire proposal
        KYIV, March 5, 2025 — Volodymyr Zelensky proposed a 30-day ceasefire on Wednesday. Moscow rejected the proposal a day later.
        """, StandardCharsets.UTF_8);
    return dir;
  }

  static BenchConfig config(List<Path> inputs, Path sharedBench, List<String> engines, Path store) {
    return new BenchConfig(inputs, sharedBench, List.of(2, 1), engines, 4, store, Limits.defaults());
  }

  @Test
  void measuresEveryLineForEachEngineAndComparesWithTheReferenceLineByLine(@TempDir Path dir) throws Exception {
    LightEngines engines = new LightEngines();
    List<String> log = new ArrayList<>();
    BenchReport r = new Bench(engines, log::add).run(config(List.of(articles(dir.resolve("in"))), null,
        List.of("fast", "corenlp"), null));

    assertThat(r.corpus().articles()).isEqualTo(3);
    assertThat(r.inputDiagnostics()).isEmpty();
    assertThat(r.engines()).extracting(EngineResult::engine).containsExactly("fast", "corenlp");
    assertThat(engines.built()).isEqualTo(2);
    for (EngineResult e : r.engines()) {
      assertThat(e.startup().seconds()).isPositive();
      assertThat(e.startup().memory().heapPeakBytes()).isPositive();
      assertThat(e.profile().articles()).isEqualTo(3);
      assertThat(e.profile().tokens()).isGreaterThan(60);
      assertThat(e.profile().warmupArticles()).isEqualTo(4);
      assertThat(e.profile().rows()).extracting(Timing::kind).containsExactly(Kind.INGEST, Kind.STAGE, Kind.STAGE,
          Kind.STAGE, Kind.STAGE, Kind.STAGE, Kind.STAGE, Kind.STAGE, Kind.STORE, Kind.FUSE, Kind.ANALYSIS, Kind.TOTAL);
      assertThat(e.profile().rows()).extracting(Timing::name).contains("ingest", "time.tagger", "store write",
          "fuse (rebuild)", "total");
      Timing total = e.profile().rows().get(e.profile().rows().size() - 1);
      assertThat(total.share()).isEqualTo(1.0);
      double shares = e.profile().rows().stream().filter(t -> t.kind() != Kind.ANALYSIS && t.kind() != Kind.TOTAL)
          .mapToDouble(Timing::share).sum();
      assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      for (Timing t : e.profile().rows()) {
        assertThat(t.ms()).as(t.name()).isPositive();
        assertThat(t.articlesPerSecond()).as(t.name()).isPositive();
        assertThat(t.tokensPerSecond()).as(t.name()).isPositive();
      }
      // the end-to-end runs come in the order asked for; speed-up is against the fewest threads
      assertThat(e.endToEnd()).extracting(EndToEnd::threads).containsExactly(2, 1);
      for (EndToEnd run : e.endToEnd()) {
        assertThat(run.read()).isEqualTo(3);
        assertThat(run.stored()).isEqualTo(3);
        assertThat(run.failed()).isZero();
        assertThat(run.rebuildError()).isNull();
        assertThat(run.wallSeconds()).isPositive();
        assertThat(run.articlesPerSecond()).isPositive();
        assertThat(run.tokensPerSecond()).isPositive();
        assertThat(run.speedUpBase()).isEqualTo(1);
        assertThat(run.memory().heapPeakBytes()).isPositive();
        assertThat(run.memory().heapAfterGcBytes()).isPositive();
      }
      assertThat(e.endToEnd().get(1).speedUp()).isEqualTo(1.0);
    }
    assertThat(log).anyMatch(l -> l.contains("[corenlp] end to end, 2 thread(s)"));

    // the analysers differ in name: they are paired by the layers they provide
    assertThat(r.ratios()).extracting(Ratio::line).contains("start-up", "profile, ingest",
        "profile, test.naive vs test.reference", "profile, total",
        "end to end, 1 thread", "end to end, 2 threads", "end to end, 2 threads, peak heap");
    assertThat(r.ratios()).allSatisfy(x -> {
      assertThat(x.engine()).isEqualTo("fast");
      if (x.reference() > 0) {
        assertThat(x.ratio()).isCloseTo(x.value() / x.reference(), org.assertj.core.data.Offset.offset(1e-9));
      }
    });
    Ratio tokens = r.ratios().stream().filter(x -> x.line().equals("profile, tokens")).findFirst().orElseThrow();
    assertThat(tokens.ratio()).isEqualTo(1.0); // the same tokenizer in both light engines
  }

  @Test
  void readsTheSharedBenchmarkTextsAndKeepsTheStoresWhenAskedTo(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("stores");
    BenchReport r = new Bench(new LightEngines(), l -> {}).run(config(List.of(),
        BenchCorpusTest.sharedBench(dir.resolve("bench")), List.of("fast"), store));
    assertThat(r.corpus().articles()).isEqualTo(2);
    assertThat(r.corpus().description()).isEqualTo("TBAQ 1 + MEANTIME 1 documents");
    assertThat(r.corpus().problems()).hasSize(1);
    assertThat(r.engines().get(0).endToEnd()).allSatisfy(run -> assertThat(run.stored()).isEqualTo(2));
    try (Stream<Path> s = Files.list(store)) {
      assertThat(s.map(p -> p.getFileName().toString())).contains("bench-corpus.jsonl", "fast-profile",
          "fast-threads-1", "fast-threads-2");
    }
  }

  @Test
  void oneEngineAloneHasNoRatiosAndItsTemporaryWorkFolderIsDeleted(@TempDir Path dir) throws Exception {
    List<String> log = new ArrayList<>();
    BenchReport r = new Bench(new LightEngines(), log::add).run(config(List.of(articles(dir.resolve("in"))), null,
        List.of("fast"), null));
    assertThat(r.engines()).hasSize(1);
    assertThat(r.ratios()).as("no ratios without the reference engine").isEmpty();
    String line = log.stream().filter(l -> l.startsWith("Work folder: ")).findFirst().orElseThrow();
    Path work = Path.of(line.substring("Work folder: ".length()));
    assertThat(work.getFileName().toString()).startsWith("storyline-bench");
    assertThat(work).doesNotExist();
  }

  @Test
  void anEngineThatCannotBeBuiltIsReportedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
    LightEngines light = new LightEngines();
    BenchEngines withBroken = new BenchEngines() {
      @Override
      public List<String> names() {
        return List.of("fast", "broken", "corenlp");
      }

      @Override
      public List<org.storyline.pipeline.Stage> stages(String engine, Limits limits) {
        if (engine.equals("broken")) {
          throw new IllegalStateException("the models are not built yet");
        }
        return light.stages(engine, limits);
      }
    };
    BenchConfig config = new BenchConfig(List.of(articles(dir.resolve("in"))), null, List.of(1),
        List.of("broken", "corenlp"), 0, null, Limits.defaults());
    BenchReport r = new Bench(withBroken, l -> {}).run(config);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.engine()).isEqualTo("broken");
      assertThat(f.reason()).isEqualTo("IllegalStateException: the models are not built yet");
    });
    assertThat(r.engines()).extracting(EngineResult::engine).containsExactly("corenlp");
  }

  @Test
  void theProductsEnginesAreTheEngineChoiceWithTheDefaultFirst() {
    BenchEngines standard = BenchEngines.standard();
    assertThat(standard.names()).containsExactly(Engine.DEFAULT.id(), Engine.FASTEST.id(), Engine.CORENLP.id());
    assertThat(BenchEngines.REFERENCE).isEqualTo(Engine.CORENLP.id());
    assertThatThrownBy(() -> standard.stages("spacy", Limits.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spacy");
  }

  @Test
  void anUnknownEngineIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws IOException {
    LightEngines engines = new LightEngines();
    assertThatThrownBy(() -> new Bench(engines, l -> {}).run(config(List.of(articles(dir)), null,
        List.of("fast", "spacy"), null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spacy");
    assertThat(engines.built()).isZero();
  }
}
