package org.storyline.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.events.EventCoder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.quotes.QuoteAttributor;

/**
 * The per-article stages on the seeds, each fed the input it gets in {@code analyze} (see {@link
 * AnalysedSeeds}; {@code -p engine=fast,corenlp} for both engines). Score: passes over all seeds
 * per second; {@code articles} and {@code tokens}: per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class StageBenchmarks {
  /**
   * The engine's language analysis: sentences, tokens, POS, lemmas, NER ({@code nlp.corenlp} for
   * the reference engine, {@code nlp.tagger} for the fast one).
   */
  @Benchmark
  @Warmup(iterations = 3, time = 10)
  @Measurement(iterations = 5, time = 10)
  public void languageAnalysis(AnalysedSeeds s, Counters c, Blackhole bh) {
    s.run(s.analyzer, c, bh);
  }

  /** Time expressions found and normalised. */
  @Benchmark
  public void timeTagger(AnalysedSeeds s, Counters c, Blackhole bh) {
    s.run("time.tagger", c, bh);
  }

  /** Entity types fixed, descriptors added, mentions linked. */
  @Benchmark
  public void entityLinker(AnalysedSeeds s, Counters c, Blackhole bh) {
    s.run("entities.linker", c, bh);
  }

  /** Quotes found and attributed. */
  @Benchmark
  public void quoteAttributor(AnalysedSeeds s, Counters c, Blackhole bh) {
    s.run(QuoteAttributor.NAME, c, bh);
  }

  /** PLOVER/CAMEO events coded. */
  @Benchmark
  public void eventCoder(AnalysedSeeds s, Counters c, Blackhole bh) {
    s.run(EventCoder.INFO.name(), c, bh);
  }

  /** Every stage, as one article goes through {@code analyze} (without ingest and store). */
  @Benchmark
  @Warmup(iterations = 3, time = 10)
  @Measurement(iterations = 5, time = 10)
  public void wholePipeline(AnalysedSeeds s, Counters c, Blackhole bh) {
    for (Article a : s.articles) {
      bh.consume(s.pipeline.apply(AnnotatedArticle.of(a)));
    }
    c.articles += s.articles.size();
    c.tokens += s.tokens;
  }
}
