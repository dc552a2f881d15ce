package org.storyline.nlp.time;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.eval.FormatException;
import org.storyline.eval.TimeMl;
import org.storyline.eval.TimeMlBatch;
import org.storyline.eval.TimeMlDocument;
import org.storyline.eval.TimexAnnotator;
import org.storyline.eval.TimexScorer;

/**
 * Development check (not a unit test) for the time stages, in memory: tags the TEXT of TimeML
 * gold files with {@link TimexAnnotator} (DCT as anchor) and scores it with {@link TimexScorer}
 * (TempEval-3 metrics), printing error lines. The same figures come from {@code storyline eval
 * timex --bench DIR --errors N}, which also writes and re-reads the TimeML output. Usage: {@code
 * TempEvalDevCheck <dir-or-file>... [--errors N] [--repeat N]} (--repeat: warm throughput).
 */
public final class TempEvalDevCheck {
  private TempEvalDevCheck() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int errors = 0;
    int repeat = 0;
    List<TimeMlDocument> docs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--errors")) {
        errors = Integer.parseInt(args[++i]);
      } else {
        for (Path f : TimeMlBatch.inputs(Paths.get(args[i]))) {
          try {
            docs.add(TimeMl.parse(f.toString(), Files.readAllBytes(f)));
          } catch (FormatException e) {
            out.println("skipped: " + e.getMessage());
          }
        }
      }
    }
    TimexAnnotator annotator = new TimexAnnotator();
    TimexScorer scorer = new TimexScorer(errors);
    for (TimeMlDocument d : docs) {
      scorer.add(d.timexes(), annotator.annotate(d.name(), d.text(), d.dct()), d.text());
    }
    TimexScorer.Counts c = scorer.counts();
    out.printf(Locale.ROOT, "docs %d  gold %d  system %d%n", docs.size(), c.gold(), c.system());
    out.println("strict extent   " + c.strict());
    out.println("relaxed extent  " + c.relaxed());
    out.println("value           " + c.value());
    out.println("type            " + c.type());
    out.printf(Locale.ROOT, "value accuracy on relaxed matches %.4f  type accuracy %.4f%n", c.valueAccuracy(),
        c.typeAccuracy());
    if (repeat > 0) {
      long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
      long best = Long.MAX_VALUE;
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        for (TimeMlDocument d : docs) {
          annotator.annotate(d.name(), d.text(), d.dct());
        }
        best = Math.min(best, System.nanoTime() - t0);
      }
      out.printf(Locale.ROOT, "warm tagger+resolver: best of %d passes %.1f ms for %d docs, %d chars (%.2f ms/doc)%n",
          repeat, best / 1e6, docs.size(), chars, best / 1e6 / Math.max(1, docs.size()));
    }
    scorer.errors().forEach(out::println);
  }
}
