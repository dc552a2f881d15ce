package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.TimeMlBatch;
import org.storyline.eval.TimexAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline timeml IN_DIR OUT_DIR}. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
    description = {
      "Tags time expressions in TimeML (TempEval-3) files.",
      "Reads every .tml and .tml.TE3input file under IN_DIR (recursively; IN_DIR may also be one file),",
      "tags the TEXT with TIMEX3 tid/type/value, resolving relative expressions against the DCT, and",
      "writes OUT_DIR/<same folders>/NAME.tml. The text is unchanged; tags already inside TEXT (gold",
      "EVENT, TIMEX3, SIGNAL) are removed first, and annotations after TEXT (TLINK, ...) are dropped.",
      "A file that cannot be parsed is reported with its line and skipped. Exit code 1 if any was."
    })
final class TimemlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOption engineOption;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder (or file) of TimeML input.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Folder for the tagged NAME.tml files (created if missing).")
  Path out;

  @Option(names = "--no-pos", description = "Do not run a part-of-speech tagger: tense from word lists only (faster start).")
  boolean noPos;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IoArgs args = IoArgs.of("timeml", err).exists(in).directoryOrAbsent(out, "OUT_DIR");
    if (!args.ok() || !args.check(!TimeMlBatch.inputs(in).isEmpty(), "no .tml or .tml.TE3input files in " + in).ok()) {
      return 2;
    }
    TimeMlBatch.Report report = new TimeMlBatch(noPos ? new TimexAnnotator() : new TimexAnnotator(engineOption.engine().analyzer(TimexAnnotator.SETTINGS))).run(in, out);
    for (String w : report.warnings()) {
      err.println("warning: " + w);
    }
    for (String e : report.errors()) {
      err.println("error: " + e);
    }
    int timexes = report.written().stream().mapToInt(TimeMlBatch.Written::timexes).sum();
    o.printf(Locale.ROOT, "Wrote %d file(s) with %d TIMEX3 tag(s) to %s; %d file(s) skipped.%n",
        report.written().size(), timexes, out, report.errors().size());
    return report.errors().isEmpty() ? 0 : 1;
  }
}
