package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.engine.AnalyzeReport;
import org.storyline.engine.Engine;
import org.storyline.engine.Limits;
import org.storyline.engine.Pipelines;
import org.storyline.engine.StorylineEngine;
import org.storyline.fusion.Timeline;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryJsonWriter;
import org.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline analyze PATH... [--store DIR] [--json FILE]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {
      "Reads articles, analyses them, adds them to the store and prints the timeline.",
      "PATH may be files or directories (searched recursively): .txt (first non-empty line is the",
      "title), .html/.htm, .jsonl (one article per line: id, url, title, published, text or html)",
      "and .warc/.warc.gz (HTML response records). Articles already in the store are skipped",
      "(re-analysing is a no-op); bad files are reported with the reason and the rest is stored."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EngineOption engineOption;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the whole story as JSON (schema: docs/json-schema.md).")
  Path json;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: number of cores).")
  Integer threads;

  @Option(names = "--no-timeline", description = "Do not print the timeline after the summary.")
  boolean noTimeline;

  @Option(names = "--verbose", description = "List every diagnostic, not only errors.")
  boolean verbose;

  @Option(names = "--max-article-chars", paramLabel = "N",
      description = "Skip articles whose text is longer than N chars (E109; default 1000000).")
  Integer maxArticleChars;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Language analysis of one article may take SECONDS (the rest is left untagged, W802);"
          + " the whole analysis 3 times as long (the article is then abandoned, E803). Default 120.")
  Integer timeLimit;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        err.println("storyline analyze: no such file or directory: " + p);
        return 2;
      }
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 256) {
      err.println("storyline analyze: --threads must be between 1 and 256, got " + n);
      return 2;
    }
    Limits limits = Limits.defaults();
    if (maxArticleChars != null) {
      if (maxArticleChars < 1) {
        err.println("storyline analyze: --max-article-chars must be positive, got " + maxArticleChars);
        return 2;
      }
      limits = limits.withMaxArticleChars(maxArticleChars);
    }
    if (timeLimit != null) {
      if (timeLimit < 1 || timeLimit > 86_400) {
        err.println("storyline analyze: --time-limit must be between 1 and 86400 seconds, got " + timeLimit);
        return 2;
      }
      limits = limits.withTimePerArticle(Duration.ofSeconds(timeLimit));
    }
    // one spelling per file, so "examples", "./examples" and its absolute path are the same articles
    List<Path> inputs = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    // open the store first: a store that cannot be opened should fail before the models load
    StoryStore opened = StoryStore.open(store.dir());
    Progress progress = new Progress(System.err, System.console() != null);
    AnalyzeReport report;
    try (StorylineEngine engine = new StorylineEngine(opened, pipelineOrClose(opened, err, engineOption.engine(), limits),
        new Ingestor(limits.ingest()), n, limits.maxAnalysisTimePerArticle())) {
      try {
        report = engine.analyze(inputs, progress::update);
      } finally {
        progress.finish();
      }
      printReport(out, report, store.dir());
      if (json != null) {
        new StoryJsonWriter().withPrettyPrint(true).write(json, engine.store(), id -> id);
        out.println("Story written as JSON to " + json);
      }
      if (!noTimeline) {
        StoryView view = StoryView.load(engine.store());
        out.println();
        out.print(new StoryRenderer(view).timeline(new Timeline(view.entities).entries(view.story.events())));
      }
    }
    if (report.rebuildError() != null) {
      return 1;
    }
    // nothing usable at all (only unreadable or unknown files): scripts must be able to tell
    return report.read() == 0 && report.skipped() > 0 ? 1 : 0;
  }

  private static Pipeline pipelineOrClose(StoryStore opened, PrintWriter err, Engine engine, Limits limits) {
    err.println("Loading language models…");
    err.flush();
    try {
      return Pipelines.standard(engine, limits);
    } catch (RuntimeException | Error e) {
      opened.close();
      throw e;
    }
  }

  private void printReport(PrintWriter out, AnalyzeReport r, Path dir) {
    out.printf(Locale.ROOT, "Read %d article(s): %d analysed and stored, %d already in the store", r.read(), r.stored(),
        r.alreadyStored());
    if (r.repeated() > 0) {
      out.printf(Locale.ROOT, ", %d repeated in the input", r.repeated());
    }
    if (r.failed() > 0) {
      out.printf(Locale.ROOT, ", %d failed (retried next run)", r.failed());
    }
    out.println(".");
    if (r.skipped() > 0) {
      out.printf(Locale.ROOT, "Skipped %d item(s):%n", r.skipped());
      for (Map.Entry<String, Long> e : r.skippedByReason().entrySet()) {
        out.printf(Locale.ROOT, "  %4d × %s%n", e.getValue(), e.getKey());
      }
    }
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity() == Severity.ERROR || verbose) {
        out.println("  " + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.code() + " " + d.item() + ": " + d.message());
      }
    }
    if (r.diagnosticsDropped() > 0) {
      out.printf(Locale.ROOT, "  … and %d more diagnostic(s) not listed%n", r.diagnosticsDropped());
    }
    if (r.rebuildError() != null) {
      out.println("The articles were stored, but " + r.rebuildError());
    }
    double secs = r.elapsed().toMillis() / 1000.0;
    out.printf(Locale.ROOT, "Store %s now holds %d duplicate link(s), %d entities, %d events, %d contradiction(s).%n",
        dir, r.duplicates(), r.entities(), r.events(), r.contradictions());
    out.printf(Locale.ROOT, "Took %.1f s (%.2f articles/s).%n", secs, secs > 0 ? r.stored() / secs : 0.0);
  }
}
