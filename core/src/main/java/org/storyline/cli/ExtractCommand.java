package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.ArticleExtraction;
import org.storyline.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline extract FILE.html[.gz] [--url URL]} and {@code storyline extract --batch DIR OUT.jsonl}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {
      "Extracts the main text and metadata of HTML pages (.html, .htm, optionally gzip-compressed .gz).",
      "  extract FILE [--url URL]     prints {\"title\",\"author\",\"published\",\"text\"} as JSON",
      "  extract --batch DIR OUT.jsonl  one line per page under DIR (recursively, sorted by path):",
      "                               {\"id\",\"title\",\"author\",\"published\",\"text\"}; id = the file name",
      "                               without .gz and .html/.htm",
      "published is the page's publication date (YYYY-MM-DD) from its metadata or a dateline, else null.",
      "A page that cannot be read (binary, empty, corrupt gzip, no main text) is reported with its file name;",
      "in batch mode the other pages are still written. Exit code 1 if any page failed, 2 for wrong usage."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE | DIR OUT.jsonl", arity = "1..2",
      description = "The page; with --batch, the folder of pages and the output file.")
  List<Path> args;

  @Option(names = "--batch", description = "Extract every page under DIR into OUT.jsonl.")
  boolean batch;

  @Option(names = "--url", paramLabel = "URL", description = "The page's URL (single page only).")
  String url;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleExtraction job = new ArticleExtraction(new Ingestor());
    if (!batch) {
      if (args.size() != 1) {
        err.println("storyline extract: one FILE expected (use --batch DIR OUT.jsonl for a folder)");
        return 2;
      }
      Path file = args.get(0);
      if (!IoArgs.of("extract", err).check(!Files.isDirectory(file), file + " is a directory; use --batch DIR OUT.jsonl").ok()) {
        return 2;
      }
      ArticleExtraction.Outcome o = job.extract(file, null, url);
      o.warnings().forEach(w -> err.println("warning: " + w));
      if (o.error() != null) {
        err.println("error: " + o.error());
        return 1;
      }
      out.println(o.article().toJson().toPrettyString());
      return 0;
    }
    if (args.size() != 2) {
      err.println("storyline extract: --batch needs DIR and OUT.jsonl");
      return 2;
    }
    if (url != null) {
      err.println("storyline extract: --url applies to a single page, not to --batch");
      return 2;
    }
    Path dir = args.get(0);
    Path target = args.get(1);
    IoArgs checks = IoArgs.of("extract", err).directory(dir).notDirectory(target, "OUT.jsonl");
    if (!checks.ok() || !checks.check(!ArticleExtraction.pages(List.of(dir)).isEmpty(),
        "no .html, .htm, .html.gz or .htm.gz files in " + dir).ok()) {
      return 2;
    }
    ArticleExtraction.Report r = job.batch(List.of(dir), target);
    r.warnings().forEach(w -> err.println("warning: " + w));
    r.errors().forEach(e -> err.println("error: " + e));
    out.printf(Locale.ROOT, "Wrote %d page(s) to %s; %d page(s) failed.%n", r.written(), target, r.errors().size());
    return r.errors().isEmpty() ? 0 : 1;
  }
}
