package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.exchange.ExchangeImporter;
import org.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline import DIR [--store DIR]}: loads a Spark job's output into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
      "Loads the output of the Spark job (storyline-spark analyze --output DIR) into the store, so",
      "that timeline, entities, contradictions and serve show it. Reads DIR/store (JSON lines beside",
      "the Parquet tables); needs neither Spark nor Hadoop. Articles already stored are kept; when the",
      "store then holds other articles too, duplicates and the story are rebuilt over all of them."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "DIR", description = "Output directory of the Spark job.")
  Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("storyline import: no such directory: " + dir);
      return 2;
    }
    long start = System.nanoTime();
    ExchangeImporter.Report r;
    try (StoryStore opened = StoryStore.open(store.dir())) {
      r = new ExchangeImporter(opened).importFrom(dir);
    }
    double secs = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "Imported %d article(s) from %s: %d added, %d already in the store.%n", r.articles(), dir,
        r.added(), r.alreadyStored());
    out.printf(Locale.ROOT, "Store %s now holds %d duplicate link(s), %d entities, %d events, %d contradiction(s)%s.%n",
        store.dir(), r.duplicates(), r.entities(), r.events(), r.contradictions(),
        r.rebuilt() ? " (rebuilt over every stored article)" : " (as the job fused them)");
    if (r.diagnostics() > 0) {
      out.printf(Locale.ROOT, "%d diagnostic(s) of the job recorded (skipped files and records).%n", r.diagnostics());
    }
    out.printf(Locale.ROOT, "Took %.1f s.%n", secs);
    return 0;
  }
}
