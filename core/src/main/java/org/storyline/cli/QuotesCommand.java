package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.QuoteBatch;
import org.storyline.nlp.LanguageAnalyzer;
import org.storyline.engine.Limits;
import org.storyline.engine.Pipelines;
import org.storyline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline quotes IN_DIR OUT.jsonl}. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {
      "Finds quotes and their speakers in plain-text files.",
      "Reads every file under IN_DIR (recursively, in path order; IN_DIR may also be one file) as text",
      "(UTF-8, else ISO-8859-1), runs the pipeline up to quote attribution (language analysis, time, entities,",
      "quotes) and writes one JSON line per file to OUT.jsonl:",
      "  {\"doc\":NAME,\"quotes\":[{\"start\",\"end\",\"kind\",\"speaker\":{\"start\",\"end\",\"text\"}|null,",
      "   \"cue\":{\"start\",\"end\"}|null}]}",
      "NAME is the path relative to IN_DIR. Offsets are half-open Unicode code point offsets into the",
      "file's text as read (nothing is removed). start/end is the content without quotation marks.",
      "An empty, binary or unanalysable file is reported and skipped. Exit code 1 if any was."
    })
final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOption engineOption;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder (or file) of plain-text articles.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT.jsonl", description = "The JSON lines file to write.")
  Path out;

  /** {@return the pipeline up to quotes around a loaded analyzer (no event coding)} */
  static Pipeline pipeline(LanguageAnalyzer analyzer) {
    return Pipeline.of(Pipelines.throughQuotes(analyzer));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IoArgs args = IoArgs.of("quotes", err).exists(in).notDirectory(out, "OUT.jsonl");
    if (!args.ok() || !args.check(!QuoteBatch.inputs(in).isEmpty(), "no files in " + in).ok()) {
      return 2;
    }
    err.println("Loading language models…");
    err.flush();
    QuoteBatch.Report report = new QuoteBatch(pipeline(engineOption.engine().analyzer(Limits.defaults())))
        .run(in, out);
    for (String w : report.warnings()) {
      err.println("warning: " + w);
    }
    for (String e : report.errors()) {
      err.println("error: " + e);
    }
    o.printf(Locale.ROOT, "Wrote %d document(s) with %d quote(s) to %s; %d file(s) skipped.%n",
        report.documents(), report.quotes(), out, report.errors().size());
    return report.errors().isEmpty() ? 0 : 1;
  }
}
