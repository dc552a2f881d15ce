package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.EventCodeBatch;
import org.storyline.events.EventCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline code IN.jsonl OUT.jsonl}. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {
      "Codes political events in single sentences (PLOVER type and mode, CAMEO code, status, actors).",
      "Reads JSON lines {\"id\",\"text\",\"date\"} (date: optional ISO publication date) from IN.jsonl and",
      "writes one line per sentence to OUT.jsonl, events most confident first:",
      "  {\"id\",\"events\":[{\"plover\",\"mode\",\"cameo\",\"status\",\"source\",\"target\",\"sourceCode\",\"targetCode\"}]}",
      "source/target are actor texts; the codes are CAMEO actor codes where known, else null.",
      "Plain-text coding, no language models. A malformed line is reported as FILE:LINE and skipped;",
      "exit code 1 if any was."
    })
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN.jsonl", description = "Sentences, one JSON object per line.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT.jsonl", description = "The JSON lines file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(in)) {
      err.println("storyline code: no such file: " + in);
      return 2;
    }
    if (Files.isDirectory(out)) {
      err.println("storyline code: OUT.jsonl is a directory: " + out);
      return 2;
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      err.println("storyline code: OUT.jsonl must differ from IN.jsonl");
      return 2;
    }
    EventCodeBatch.Report report = new EventCodeBatch(new EventCoder()).run(in, out);
    for (String e : report.errors()) {
      err.println("error: " + e);
    }
    o.printf(Locale.ROOT, "Wrote %d sentence(s) with %d event(s) to %s; %d line(s) skipped.%n",
        report.sentences(), report.events(), out, report.errors().size());
    return report.errors().isEmpty() ? 0 : 1;
  }
}
