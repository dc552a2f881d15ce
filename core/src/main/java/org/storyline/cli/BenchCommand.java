package org.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.bench.Bench;
import org.storyline.bench.BenchConfig;
import org.storyline.bench.BenchEngines;
import org.storyline.bench.BenchReport;
import org.storyline.bench.BenchReport.EndToEnd;
import org.storyline.bench.BenchReport.EngineResult;
import org.storyline.bench.BenchReport.Ratio;
import org.storyline.bench.BenchReport.Timing;
import org.storyline.bench.MemoryUse;
import org.storyline.engine.Limits;
import org.storyline.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline bench [PATH...] [--bench DIR] [--threads 1,2] [--engine E,...] [--warmup N] [--store DIR] [--json]}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
      "Measures throughput and memory: start-up (models loaded), a one-thread",
      "profile of every stage (plus ingest, store writes and the final fuse) and",
      "the whole analyze job at each thread count: articles/s, tokens/s, heap",
      "(peak, after GC) and resident memory (Linux /proc/self/status). With the",
      "corenlp reference engine and another, every line also gets their ratio.",
      "PATH is read as analyze reads it; --bench DIR adds the TBAQ and MEANTIME",
      "texts of the shared benchmark folder, read in place. Run on a quiet",
      "machine: other processes change the figures."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to read (as analyze).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--bench", paramLabel = "DIR",
      description = "Shared benchmark folder (e.g. ../shared/bench): adds TBAQ-cleaned and MEANTIME texts.")
  Path bench;

  @Option(names = "--threads", paramLabel = "N", split = ",",
      description = "Thread counts of the end-to-end runs (default: 1,2).")
  List<Integer> threads;

  @Option(names = "--engine", paramLabel = "NAME", split = ",",
      description = "Engines to measure, in order (default: every engine known).")
  List<String> engine;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Articles analysed before measuring each engine, not counted (default: 20).")
  int warmup = 20;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Keep the stores made (one per engine and run) in DIR, which must be empty or new"
          + " (default: a temporary folder, deleted afterwards).")
  Path store;

  @Option(names = "--json", description = "Print the report as JSON instead of tables.")
  boolean json;

  private final BenchEngines engines;

  BenchCommand() {
    this(BenchEngines.standard());
  }

  /** A command measuring these engines (tests use a light pipeline). */
  BenchCommand(BenchEngines engines) {
    this.engines = engines;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String usage = usageError();
    if (usage != null) {
      err.println("storyline bench: " + usage);
      return 2;
    }
    List<Integer> threadCounts = threads == null ? List.of(1, 2) : threads;
    List<String> engineNames = engine == null ? engines.names() : engine;
    List<Path> inputs = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    BenchConfig config = new BenchConfig(inputs, bench, threadCounts, engineNames, warmup, store, Limits.defaults());
    BenchReport report = new Bench(engines, line -> {
      err.println(line);
      err.flush();
    }).run(config);
    if (json) {
      out.println(jsonMapper().writeValueAsString(report));
    } else {
      out.print(render(report));
    }
    if (report.corpus().articles() == 0) {
      err.println("storyline bench: no article could be read from the inputs; nothing measured");
      return 1;
    }
    // an engine that could not be measured fails the run (the others are still reported)
    return report.failures().isEmpty() ? 0 : 1;
  }

  /** {@return why the options cannot run, or null} */
  private String usageError() throws IOException {
    if (paths.isEmpty() && bench == null) {
      return "give PATH(s) to read, or --bench DIR (e.g. --bench ../shared/bench)";
    }
    for (Path p : paths) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return "no such file or directory: " + p;
      }
    }
    if (bench != null && !Files.isDirectory(bench)) {
      return "--bench needs the shared benchmark folder; not a directory: " + bench;
    }
    if (threads != null) {
      if (threads.isEmpty()) {
        return "--threads needs at least one thread count";
      }
      for (Integer t : threads) {
        if (t == null || t < 1 || t > 256) {
          return "--threads counts must be between 1 and 256, got " + t;
        }
      }
    }
    if (engine != null) {
      // as --engine elsewhere: case and surrounding blanks do not matter
      engine = engine.stream().map(e -> e == null ? "" : e.strip().toLowerCase(Locale.ROOT)).toList();
      for (String e : engine) {
        if (!engines.names().contains(e)) {
          return "unknown engine '" + e + "'; known: " + String.join(", ", engines.names());
        }
      }
    }
    if (warmup < 0) {
      return "--warmup must not be negative, got " + warmup;
    }
    if (store != null && Files.exists(store)) {
      if (!Files.isDirectory(store)) {
        return "--store must be a directory: " + store;
      }
      try (Stream<Path> s = Files.list(store)) {
        if (s.findAny().isPresent()) {
          return "--store DIR must be empty or new (each run needs a fresh store): " + store;
        }
      }
    }
    return null;
  }

  static ObjectMapper jsonMapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** {@return the report as plain-text tables} */
  static String render(BenchReport r) {
    StringBuilder s = new StringBuilder();
    BenchReport.Environment env = r.environment();
    s.append(String.format(Locale.ROOT, "Corpus: %s — %d article(s), %,d chars%n", r.corpus().description(),
        r.corpus().articles(), r.corpus().chars()));
    s.append(String.format(Locale.ROOT, "JVM: Java %s, %d core(s), max heap %.0f MB, %.1f s from JVM start to bench;"
        + " resident memory %s%n", env.java(), env.cores(), Bench.mb(env.maxHeapBytes()), env.jvmStartMillis() / 1000.0,
        !env.residentMemoryKnown() ? "n/a (no /proc/self/status)"
            : env.residentPeakPerPhase() ? "from /proc/self/status, peak reset per phase"
                : "from /proc/self/status, peak since JVM start (could not reset per phase)"));
    for (String p : r.corpus().problems()) {
      s.append("  problem: ").append(p).append('\n');
    }
    if (!r.skippedByReason().isEmpty()) {
      long total = r.skippedByReason().values().stream().mapToLong(Long::longValue).sum();
      s.append(String.format(Locale.ROOT, "Skipped %d input item(s):%n", total));
      for (Diagnostic d : r.inputDiagnostics()) {
        s.append("  error ").append(d.code()).append(' ').append(d.item()).append(": ").append(d.message()).append('\n');
      }
    }
    for (BenchReport.EngineFailure f : r.failures()) {
      s.append("Engine ").append(f.engine()).append(" could not be measured: ").append(f.reason()).append('\n');
    }
    if (r.engines().isEmpty()) {
      return s.toString();
    }

    s.append("\nStart-up (pipeline built, models loaded)\n");
    TextTable startup = new TextTable(List.of("engine", "s", "peak heap MB", "heap after GC MB", "RSS MB", "peak RSS MB"),
        12, 8, 12, 16, 8, 11);
    for (EngineResult e : r.engines()) {
      MemoryUse m = e.startup().memory();
      startup.add(List.of(e.engine(), num(e.startup().seconds(), 2), mb(m.heapPeakBytes()), mb(m.heapAfterGcBytes()),
          mb(m.rssBytes()), mb(m.hwmBytes())));
    }
    s.append(startup.render());

    for (EngineResult e : r.engines()) {
      BenchReport.Profile p = e.profile();
      s.append(String.format(Locale.ROOT, "%nProfile [%s]: %d article(s), %,d tokens, one thread, after %d warm-up"
          + " article(s); peak heap %s MB, after GC %s MB, RSS %s MB%n", e.engine(), p.articles(), p.tokens(),
          p.warmupArticles(), mb(p.memory().heapPeakBytes()), mb(p.memory().heapAfterGcBytes()), mb(p.memory().rssBytes())));
      TextTable t = new TextTable(List.of("line", "ms", "share", "articles/s", "tokens/s", "alloc MB"),
          26, 10, 6, 10, 10, 9);
      for (Timing row : p.rows()) {
        t.add(List.of(row.name(), num(row.ms(), 1), pct(row.share()), num(row.articlesPerSecond(), 1),
            num(row.tokensPerSecond(), 0), row.allocatedBytes() == null ? "n/a" : num(Bench.mb(row.allocatedBytes()), 1)));
      }
      s.append(t.render());
    }

    s.append("\nEnd to end (analyze: ingest → analyse → store → fuse, fresh store per run)\n");
    TextTable e2e = new TextTable(List.of("engine", "threads", "stored", "wall s", "articles/s", "tokens/s", "speed-up",
        "peak heap MB", "heap after GC MB", "RSS MB", "peak RSS MB"), 12, 7, 6, 7, 10, 10, 8, 12, 16, 7, 11);
    for (EngineResult e : r.engines()) {
      for (EndToEnd run : e.endToEnd()) {
        MemoryUse m = run.memory();
        e2e.add(List.of(e.engine(), Integer.toString(run.threads()),
            run.stored() + (run.failed() > 0 ? " (" + run.failed() + " failed)" : ""), num(run.wallSeconds(), 2),
            num(run.articlesPerSecond(), 2), num(run.tokensPerSecond(), 0),
            run.speedUp() > 0 ? num(run.speedUp(), 2) + "×" : "n/a", mb(m.heapPeakBytes()), mb(m.heapAfterGcBytes()),
            mb(m.rssBytes()), mb(m.hwmBytes())));
      }
    }
    s.append(e2e.render());
    for (EngineResult e : r.engines()) {
      for (EndToEnd run : e.endToEnd()) {
        if (run.rebuildError() != null) {
          s.append("  [").append(e.engine()).append(", ").append(run.threads()).append(" threads] ")
              .append(run.rebuildError()).append('\n');
        }
      }
    }
    int base = r.engines().get(0).endToEnd().isEmpty() ? 1 : r.engines().get(0).endToEnd().get(0).speedUpBase();
    s.append(String.format(Locale.ROOT, "(speed-up: articles/s divided by that with %d thread%s)%n", base,
        base == 1 ? "" : "s"));

    if (!r.ratios().isEmpty()) {
      s.append("\nRatio to the " + BenchEngines.REFERENCE + " reference engine, same run"
          + " (articles/s and tokens/s: above 1 is faster; s and MB: below 1 is less)\n");
      TextTable t = new TextTable(List.of("line", "unit", "engine", "value", BenchEngines.REFERENCE, "ratio"),
          40, 10, 10, 10, 10, 7);
      for (Ratio x : r.ratios()) {
        t.add(List.of(x.line(), x.unit(), x.engine(), num(x.value(), 2), num(x.reference(), 2),
            x.ratio() == null ? "n/a" : num(x.ratio(), 2)));
      }
      s.append(t.render());
    }
    return s.toString();
  }

  private static String num(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String mb(Long bytes) {
    return bytes == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", Bench.mb(bytes));
  }
}
