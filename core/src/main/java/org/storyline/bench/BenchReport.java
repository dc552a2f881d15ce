package org.storyline.bench;

import java.util.List;
import java.util.Map;
import org.storyline.model.Diagnostic;

/**
 * Everything one benchmark run measured, ready to print as a table or JSON. Figures that could not
 * be measured (resident memory off Linux, a ratio without both engines) are null.
 *
 * @param environment the JVM and machine
 * @param corpus what was read
 * @param engines one result per engine, in the order they ran
 * @param ratios each engine's figures divided by the reference engine's ({@value
 *     BenchEngines#REFERENCE}), line by line; empty unless the reference ran with another engine
 * @param failures engines that could not be built or run, with the reason (the others still ran)
 * @param inputDiagnostics errors met while reading the inputs (unreadable files and the like)
 * @param skippedByReason input items skipped, by code
 */
public record BenchReport(Environment environment, Corpus corpus, List<EngineResult> engines, List<Ratio> ratios,
    List<EngineFailure> failures, List<Diagnostic> inputDiagnostics, Map<String, Long> skippedByReason) {
  public BenchReport {
    engines = List.copyOf(engines);
    failures = List.copyOf(failures);
    ratios = List.copyOf(ratios);
    inputDiagnostics = List.copyOf(inputDiagnostics);
    skippedByReason = Map.copyOf(skippedByReason);
  }

  /**
   * The JVM and machine the figures come from.
   *
   * @param java the Java runtime version
   * @param cores processors available to the JVM
   * @param maxHeapBytes the heap limit (-Xmx)
   * @param jvmStartMillis milliseconds from JVM start until the benchmark began (JVM and CLI start-up)
   * @param residentMemoryKnown whether /proc/self/status could be read
   * @param residentPeakPerPhase whether VmHWM could be reset per phase (else it is the peak since start)
   */
  public record Environment(String java, int cores, long maxHeapBytes, long jvmStartMillis,
      boolean residentMemoryKnown, boolean residentPeakPerPhase) {}

  /**
   * The articles measured.
   *
   * @param description where the articles came from
   * @param articles articles read (the same for every engine)
   * @param chars characters of article text
   * @param problems benchmark files that could not be parsed
   */
  public record Corpus(String description, int articles, long chars, List<String> problems) {
    public Corpus {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Every figure of one engine.
   *
   * @param engine the engine's name
   * @param startup building its pipeline (models loaded)
   * @param profile one thread, each stage timed separately
   * @param endToEnd the whole {@code analyze} job, one per thread count
   */
  public record EngineResult(String engine, Startup startup, Profile profile, List<EndToEnd> endToEnd) {
    public EngineResult {
      endToEnd = List.copyOf(endToEnd);
    }
  }

  /**
   * An engine that could not be measured.
   *
   * @param engine its name
   * @param reason the exception's class and message
   */
  public record EngineFailure(String engine, String reason) {}

  /**
   * Building one engine's pipeline.
   *
   * @param seconds wall time to build the stages (models loaded)
   * @param memory heap and resident memory of that phase
   */
  public record Startup(double seconds, MemoryUse memory) {}

  /**
   * The one-thread, stage-by-stage pass.
   *
   * @param articles articles analysed in the profile
   * @param tokens tokens the engine produced for them (the tokens/s basis of every line)
   * @param warmupArticles articles analysed before, not measured
   * @param rows ingest, each stage, store write, fuse, then the analysis and overall totals
   * @param memory heap and resident memory of the profile phase
   */
  public record Profile(int articles, long tokens, int warmupArticles, List<Timing> rows, MemoryUse memory) {
    public Profile {
      rows = List.copyOf(rows);
    }
  }

  /** What a profile line measures. */
  public enum Kind {
    /** Reading the inputs into articles (files, HTML extraction, cleaning, dates). */
    INGEST,
    /** One per-article stage. */
    STAGE,
    /** Writing each analysed article to the store, one transaction each. */
    STORE,
    /** Rebuilding duplicates and the fused story from the store. */
    FUSE,
    /** All per-article stages together. */
    ANALYSIS,
    /** Ingest, analysis, store and fuse together. */
    TOTAL
  }

  /**
   * One line of the profile.
   *
   * @param name the stage name, or the phase ("ingest", "store write", "fuse (rebuild)", ...)
   * @param kind what the line measures
   * @param provides the layers a stage provides (empty for other lines)
   * @param ms time spent, milliseconds
   * @param share fraction of the total line
   * @param articlesPerSecond articles divided by the time
   * @param tokensPerSecond tokens divided by the time
   * @param allocatedBytes bytes the measuring thread allocated in it, or null where the JVM cannot tell
   */
  public record Timing(String name, Kind kind, List<String> provides, double ms, double share,
      double articlesPerSecond, double tokensPerSecond, Long allocatedBytes) {
    public Timing {
      provides = List.copyOf(provides);
    }
  }

  /**
   * One run of the whole {@code analyze} job.
   *
   * @param threads analysis threads
   * @param read articles read
   * @param stored articles analysed and stored
   * @param failed articles that failed or were abandoned
   * @param wallSeconds the job's wall time, ingest to fused story
   * @param articlesPerSecond stored articles divided by the wall time
   * @param tokensPerSecond the profile's tokens per article times stored articles, divided by the wall time
   * @param speedUp articles/s divided by that of the run with {@code speedUpBase} threads
   * @param speedUpBase the smallest thread count measured
   * @param memory heap and resident memory of the run
   * @param rebuildError why the fused story could not be rebuilt, or null
   */
  public record EndToEnd(int threads, long read, long stored, long failed, double wallSeconds,
      double articlesPerSecond, double tokensPerSecond, double speedUp, int speedUpBase, MemoryUse memory,
      String rebuildError) {}

  /**
   * One line of an engine compared with the reference engine.
   *
   * @param line what is compared, e.g. "end to end, 2 threads"
   * @param unit the figure's unit, e.g. "articles/s" (higher is better) or "s" (lower is better)
   * @param engine the engine compared
   * @param value its figure
   * @param reference the reference engine's figure
   * @param ratio value / reference, or null when the reference figure is zero or unknown
   */
  public record Ratio(String line, String unit, String engine, double value, double reference, Double ratio) {}
}
