package org.storyline.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.ingest.CollectingSink;
import org.storyline.ingest.HtmlExtractor;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;

/**
 * Ingest of the seeds: the text files as {@code analyze} reads them, the same texts already in
 * memory (cleaning, datelines, offsets), and the HTML extractor on the seeds as web pages. Score:
 * passes over all seeds per second; {@code articles} and {@code chars}: per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class IngestBenchmarks {
  private Ingestor ingestor;
  private HtmlExtractor extractor;
  private long pageChars;

  /** One ingestor and one extractor, as in a run. */
  @Setup
  public void create(SeedArticles seeds) {
    ingestor = new Ingestor();
    extractor = new HtmlExtractor();
    pageChars = seeds.pages.stream().mapToLong(String::length).sum();
  }

  /** The seed files: read, decoded, cleaned, dated. */
  @Benchmark
  public void textFiles(SeedArticles s, TextCounters c, Blackhole bh) {
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(s.files, sink);
    bh.consume(sink.articles());
    c.articles += s.files.size();
    c.chars += s.chars;
  }

  /** The seed texts from memory: cleaning, offset map, dateline. */
  @Benchmark
  public void cleanText(SeedArticles s, TextCounters c, Blackhole bh) {
    for (Article a : s.articles) {
      bh.consume(ingestor.fromText(a.source(), a.title(), a.text(), null));
    }
    c.articles += s.articles.size();
    c.chars += s.chars;
  }

  /** The seeds as web pages: main text, title, date and byline extracted. */
  @Benchmark
  public void htmlExtractor(SeedArticles s, TextCounters c, Blackhole bh) {
    for (int i = 0; i < s.pages.size(); i++) {
      bh.consume(extractor.extract("page-" + i, s.pages.get(i)));
    }
    c.articles += s.pages.size();
    c.chars += pageChars;
  }
}
