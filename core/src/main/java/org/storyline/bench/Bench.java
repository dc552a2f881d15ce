package org.storyline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.storyline.bench.BenchReport.EndToEnd;
import org.storyline.bench.BenchReport.EngineResult;
import org.storyline.bench.BenchReport.Kind;
import org.storyline.bench.BenchReport.Profile;
import org.storyline.bench.BenchReport.Ratio;
import org.storyline.bench.BenchReport.Startup;
import org.storyline.bench.BenchReport.Timing;
import org.storyline.engine.AnalyzeReport;
import org.storyline.engine.StorylineEngine;
import org.storyline.ingest.CollectingSink;
import org.storyline.ingest.Ingestor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;
import org.storyline.store.StoryStore;

/**
 * Runs a benchmark (see the package description). Per engine, in this order: start-up (the stages
 * built, models loaded); warm-up (whole pipeline over {@code warmupArticles} articles, the distinct
 * ones among them stored and fused in a scratch store, not measured);
 * the profile (one thread: ingest once more, then per article each stage's {@code apply} timed on its
 * own, each result written to a fresh store and timed, then the fused story rebuilt and timed); then
 * for each thread count the job {@code analyze} runs — {@link StorylineEngine#analyze} into a fresh
 * store — timed from first file read to fused story. Heap peaks (and, on Linux, the resident peak)
 * are reset at the start of each phase. One engine's stages are released before the next is built.
 */
public final class Bench {
  private final BenchEngines engines;
  private final Consumer<String> log;

  /** @param log receives one line per phase begun (for a progress display); may ignore them */
  public Bench(BenchEngines engines, Consumer<String> log) {
    this.engines = engines;
    this.log = log;
  }

  /**
   * Runs the benchmark.
   *
   * @throws IllegalArgumentException for an engine this harness does not know
   * @throws IOException when the benchmark folder or the work folder cannot be read or written
   */
  public BenchReport run(BenchConfig config) throws IOException, InterruptedException {
    for (String e : config.engines()) {
      if (!engines.names().contains(e)) {
        throw new IllegalArgumentException("unknown engine '" + e + "'; known: " + String.join(", ", engines.names()));
      }
    }
    long jvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
    boolean temporary = config.storeDir() == null;
    Path work = temporary ? Files.createTempDirectory("storyline-bench") : config.storeDir();
    Files.createDirectories(work);
    log.accept("Work folder: " + work);
    try {
      List<Path> inputs = new ArrayList<>(config.inputs());
      String description = inputs.isEmpty() ? "" : inputs.size() + " input path(s)";
      List<String> problems = new ArrayList<>();
      if (config.sharedBench() != null) {
        log.accept("Reading the benchmark texts under " + config.sharedBench() + " …");
        BenchCorpus corpus = BenchCorpus.load(config.sharedBench());
        Path jsonl = work.resolve("bench-corpus.jsonl");
        corpus.writeJsonl(jsonl);
        inputs.add(jsonl);
        problems.addAll(corpus.problems());
        description = description.isEmpty() ? corpus.describe() : description + " + " + corpus.describe();
      }
      Ingestor ingestor = new Ingestor(config.limits().ingest());
      CollectingSink first = new CollectingSink();
      ingestor.ingest(inputs, first);
      List<Article> articles = first.articles();
      List<Diagnostic> errors = new ArrayList<>();
      Map<String, Long> skipped = new TreeMap<>();
      for (Diagnostic d : first.diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          errors.add(d);
          skipped.merge(d.code(), 1L, Long::sum);
        }
      }
      long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
      BenchReport.Corpus corpus = new BenchReport.Corpus(description, articles.size(), chars, problems);
      List<EngineResult> results = new ArrayList<>();
      List<BenchReport.EngineFailure> failures = new ArrayList<>();
      boolean hwmResettable = ProcStatus.resetPeak();
      if (!articles.isEmpty()) {
        for (String engine : config.engines()) {
          try {
            results.add(runEngine(engine, config, inputs, articles, work));
          } catch (RuntimeException e) {
            // e.g. an engine whose models are missing: say so and measure the others
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            log.accept("[" + engine + "] failed: " + reason);
            failures.add(new BenchReport.EngineFailure(engine, reason));
          }
          System.gc();
        }
      }
      BenchReport.Environment env = new BenchReport.Environment(System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), jvmStart,
          ProcStatus.read().rssBytes().isPresent(), hwmResettable);
      return new BenchReport(env, corpus, results, ratios(results), failures, errors, skipped);
    } finally {
      if (temporary) {
        deleteTree(work);
      }
    }
  }

  private EngineResult runEngine(String engine, BenchConfig config, List<Path> inputs, List<Article> articles,
      Path work) throws IOException, InterruptedException {
    log.accept("[" + engine + "] building the pipeline (loading models) …");
    MemoryUse.Start startPhase = MemoryUse.start();
    long t0 = System.nanoTime();
    List<Stage> stages = engines.stages(engine, config.limits());
    double startupSeconds = (System.nanoTime() - t0) / 1e9;
    Startup startup = new Startup(startupSeconds, startPhase.end());
    Pipeline pipeline = Pipeline.of(stages);

    if (config.warmupArticles() > 0) {
      log.accept("[" + engine + "] warm-up: " + config.warmupArticles() + " article(s) …");
      // the pipeline, and the store writes and fuse of the distinct articles among them, so the
      // JIT has compiled those paths too before anything is timed
      try (StorylineEngine scratch = new StorylineEngine(StoryStore.open(work.resolve(engine + "-warmup")), pipeline,
          new Ingestor(config.limits().ingest()), 1, config.limits().maxAnalysisTimePerArticle())) {
        for (int i = 0; i < config.warmupArticles(); i++) {
          AnnotatedArticle doc = pipeline.apply(AnnotatedArticle.of(articles.get(i % articles.size())));
          if (i < articles.size()) {
            scratch.store().putArticle(doc);
          }
        }
        scratch.rebuild();
      }
    }

    log.accept("[" + engine + "] profile: " + articles.size() + " article(s), one thread, stage by stage …");
    Profile profile = profile(engine, stages, pipeline, config, inputs, articles, work);

    List<EndToEnd> runs = new ArrayList<>();
    int base = config.threads().stream().mapToInt(Integer::intValue).min().orElse(1);
    double baseRate = Double.NaN;
    double tokensPerArticle = profile.articles() == 0 ? 0 : (double) profile.tokens() / profile.articles();
    List<Integer> order = new ArrayList<>(config.threads());
    order.sort(null); // the base run first, so every speed-up has its divisor
    Map<Integer, EndToEnd> byThreads = new LinkedHashMap<>();
    for (int threads : order) {
      if (byThreads.containsKey(threads)) {
        continue;
      }
      log.accept("[" + engine + "] end to end, " + threads + " thread(s) …");
      Path dir = work.resolve(engine + "-threads-" + threads);
      MemoryUse.Start phase = MemoryUse.start();
      AnalyzeReport report;
      try (StorylineEngine job = new StorylineEngine(StoryStore.open(dir), pipeline, new Ingestor(config.limits().ingest()),
          threads, config.limits().maxAnalysisTimePerArticle())) {
        report = job.analyze(inputs, StorylineEngine.Listener.none());
      }
      MemoryUse memory = phase.end();
      double wall = report.elapsed().toNanos() / 1e9;
      double rate = wall > 0 ? report.stored() / wall : 0;
      if (threads == base) {
        baseRate = rate;
      }
      byThreads.put(threads, new EndToEnd(threads, report.read(), report.stored(), report.failed(), wall, rate,
          wall > 0 ? tokensPerArticle * report.stored() / wall : 0, baseRate > 0 ? rate / baseRate : 0, base, memory,
          report.rebuildError()));
    }
    for (int threads : config.threads()) {
      EndToEnd r = byThreads.remove(threads);
      if (r != null) {
        runs.add(r);
      }
    }
    return new EngineResult(engine, startup, profile, runs);
  }

  private Profile profile(String engine, List<Stage> stages, Pipeline pipeline, BenchConfig config, List<Path> inputs,
      List<Article> articles, Path work) throws IOException {
    MemoryUse.Start phase = MemoryUse.start();
    // ingest again, now warm, timed on its own
    long a0 = MemoryUse.allocatedByThisThread();
    long t0 = System.nanoTime();
    CollectingSink sink = new CollectingSink();
    new Ingestor(config.limits().ingest()).ingest(inputs, sink);
    long ingestNanos = System.nanoTime() - t0;
    long ingestAlloc = delta(a0, MemoryUse.allocatedByThisThread());

    int n = stages.size();
    long[] nanos = new long[n];
    long[] alloc = new long[n];
    long storeNanos = 0;
    long storeAlloc = 0;
    long tokens = 0;
    Path dir = work.resolve(engine + "-profile");
    long fuseNanos;
    long fuseAlloc;
    try (StorylineEngine job = new StorylineEngine(StoryStore.open(dir), pipeline, new Ingestor(config.limits().ingest()), 1,
        config.limits().maxAnalysisTimePerArticle())) {
      for (Article article : articles) {
        AnnotatedArticle doc = AnnotatedArticle.of(article);
        for (int i = 0; i < n; i++) {
          Stage s = stages.get(i);
          long b = MemoryUse.allocatedByThisThread();
          long t = System.nanoTime();
          try {
            doc = s.apply(doc);
          } catch (RuntimeException | StackOverflowError e) {
            // as Pipeline.apply does: the stage's failure is the article's diagnostic, the rest still runs
            doc = doc.withDiagnostic(Diagnostic.error("E001", s.info().name(), doc.id().value(),
                "stage failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
          }
          nanos[i] += System.nanoTime() - t;
          alloc[i] += delta(b, MemoryUse.allocatedByThisThread());
        }
        tokens += doc.tokens().size();
        long b = MemoryUse.allocatedByThisThread();
        long t = System.nanoTime();
        job.store().putArticle(doc);
        storeNanos += System.nanoTime() - t;
        storeAlloc += delta(b, MemoryUse.allocatedByThisThread());
      }
      long b = MemoryUse.allocatedByThisThread();
      long t = System.nanoTime();
      job.rebuild();
      fuseNanos = System.nanoTime() - t;
      fuseAlloc = delta(b, MemoryUse.allocatedByThisThread());
    }
    boolean allocKnown = a0 >= 0;
    long analysisNanos = 0;
    long analysisAlloc = 0;
    for (int i = 0; i < n; i++) {
      analysisNanos += nanos[i];
      analysisAlloc += alloc[i];
    }
    long total = ingestNanos + analysisNanos + storeNanos + fuseNanos;
    int count = articles.size();
    List<Timing> rows = new ArrayList<>();
    rows.add(timing("ingest", Kind.INGEST, List.of(), ingestNanos, total, count, tokens, allocKnown, ingestAlloc));
    for (int i = 0; i < n; i++) {
      List<String> provides = new ArrayList<>();
      for (Layer l : stages.get(i).info().provides()) {
        provides.add(l.name());
      }
      provides.sort(null);
      rows.add(timing(stages.get(i).info().name(), Kind.STAGE, provides, nanos[i], total, count, tokens, allocKnown,
          alloc[i]));
    }
    rows.add(timing("store write", Kind.STORE, List.of(), storeNanos, total, count, tokens, allocKnown, storeAlloc));
    rows.add(timing("fuse (rebuild)", Kind.FUSE, List.of(), fuseNanos, total, count, tokens, allocKnown, fuseAlloc));
    rows.add(timing("analysis (all stages)", Kind.ANALYSIS, List.of(), analysisNanos, total, count, tokens, allocKnown,
        analysisAlloc));
    rows.add(timing("total", Kind.TOTAL, List.of(), total, total, count, tokens, allocKnown,
        ingestAlloc + analysisAlloc + storeAlloc + fuseAlloc));
    return new Profile(count, tokens, config.warmupArticles(), rows, phase.end());
  }

  private static long delta(long before, long after) {
    return before < 0 || after < 0 ? 0 : after - before;
  }

  private static Timing timing(String name, Kind kind, List<String> provides, long nanos, long total, int articles,
      long tokens, boolean allocKnown, long alloc) {
    double seconds = nanos / 1e9;
    return new Timing(name, kind, provides, nanos / 1e6, total > 0 ? (double) nanos / total : 0,
        seconds > 0 ? articles / seconds : 0, seconds > 0 ? tokens / seconds : 0, allocKnown ? alloc : null);
  }

  /** Each engine's lines divided by the reference engine's, where both ran. */
  static List<Ratio> ratios(List<EngineResult> results) {
    EngineResult ref = results.stream().filter(r -> r.engine().equals(BenchEngines.REFERENCE)).findFirst().orElse(null);
    List<Ratio> out = new ArrayList<>();
    if (ref == null) {
      return out;
    }
    for (EngineResult e : results) {
      if (e == ref) {
        continue;
      }
      String name = e.engine();
      out.add(ratio("start-up", "s", name, e.startup().seconds(), ref.startup().seconds()));
      out.add(ratio("start-up, heap after GC", "MB", name, mb(e.startup().memory().heapAfterGcBytes()),
          mb(ref.startup().memory().heapAfterGcBytes())));
      for (Timing t : e.profile().rows()) {
        Timing r = counterpart(t, ref.profile().rows());
        if (r != null) {
          String line = "profile, " + (r.name().equals(t.name()) ? t.name() : t.name() + " vs " + r.name());
          out.add(ratio(line, "articles/s", name, t.articlesPerSecond(), r.articlesPerSecond()));
        }
      }
      out.add(ratio("profile, tokens", "tokens", name, e.profile().tokens(), ref.profile().tokens()));
      out.add(ratio("profile, peak heap", "MB", name, mb(e.profile().memory().heapPeakBytes()),
          mb(ref.profile().memory().heapPeakBytes())));
      for (EndToEnd run : e.endToEnd()) {
        for (EndToEnd r : ref.endToEnd()) {
          if (r.threads() == run.threads()) {
            String line = "end to end, " + run.threads() + (run.threads() == 1 ? " thread" : " threads");
            out.add(ratio(line, "articles/s", name, run.articlesPerSecond(), r.articlesPerSecond()));
            out.add(ratio(line + ", tokens/s", "tokens/s", name, run.tokensPerSecond(), r.tokensPerSecond()));
            out.add(ratio(line + ", peak heap", "MB", name, mb(run.memory().heapPeakBytes()),
                mb(r.memory().heapPeakBytes())));
            out.add(ratio(line + ", heap after GC", "MB", name, mb(run.memory().heapAfterGcBytes()),
                mb(r.memory().heapAfterGcBytes())));
            if (run.memory().rssBytes() != null && r.memory().rssBytes() != null) {
              out.add(ratio(line + ", RSS", "MB", name, mb(run.memory().rssBytes()), mb(r.memory().rssBytes())));
            }
            if (run.memory().hwmBytes() != null && r.memory().hwmBytes() != null) {
              out.add(ratio(line + ", peak RSS", "MB", name, mb(run.memory().hwmBytes()), mb(r.memory().hwmBytes())));
            }
          }
        }
      }
    }
    return out;
  }

  /** The reference line matching {@code t}: the same name, else (for stages) the stage providing the same layers. */
  private static Timing counterpart(Timing t, List<Timing> reference) {
    for (Timing r : reference) {
      if (r.kind() == t.kind() && r.name().equals(t.name())) {
        return r;
      }
    }
    if (t.kind() == Kind.STAGE) {
      for (Timing r : reference) {
        if (r.kind() == Kind.STAGE && r.provides().equals(t.provides())) {
          return r;
        }
      }
    }
    return null;
  }

  private static Ratio ratio(String line, String unit, String engine, double value, double reference) {
    return new Ratio(line, unit, engine, value, reference, reference > 0 ? value / reference : null);
  }

  /** {@return bytes in mebibytes} */
  public static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing a finished benchmark for
    }
  }
}
