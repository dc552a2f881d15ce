package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.storyline.eval.ArticleExtraction;
import org.storyline.eval.BenchEvaluation;
import org.storyline.eval.EventCodeEvaluation;
import org.storyline.eval.ExtractionScorer;
import org.storyline.eval.FormatException;
import org.storyline.eval.MeantimeEvaluation;
import org.storyline.eval.PetrarchEvaluation;
import org.storyline.eval.PetrarchScorer;
import org.storyline.eval.QuoteBatch;
import org.storyline.eval.TimexAnnotator;
import org.storyline.events.EventLexicon;
import org.storyline.ingest.Ingestor;
import org.storyline.engine.Limits;
import org.storyline.nlp.LanguageAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval timex|conll|extract|quotes|code|petrarch|meantime|all --bench DIR}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
      "Scores Storyline on public development data and prints data set, metric, figure and anchor.",
      "  timex  TempEval-3 TBAQ-cleaned: the timeml job on every file, TE3 strict/relaxed extent F1,",
      "         value F1 and type F1 against the gold TIMEX3 (DCT excluded)",
      "  conll  CoNLL-2003 eng.testa: the conll job, conlleval entity F1 overall and per type",
      "  extract  trafilatura-eval: the extract job on every page, trafilatura's with/without snippet",
      "         main-text P/R/accuracy/F1, a 4-token-shingle variant, title, date and author accuracy",
      "  quotes PolNeAR dev: the quotes job on polnear/dev/text, content word/overlap/exact F1 and",
      "         speaker accuracy against the dev attributions (first annotator's file per article)",
      "  code   PLOVER gold-standard records (dev half): the code job on every sentence, PLOVER",
      "         event-type accuracy of the most confident event (2016 type names)",
      "  petrarch  PETRARCH-2 unit-test records: the code job with the suite's own actor/agent",
      "         dictionaries; records matched exactly, (source, target, code) / full / root-code F1,",
      "         actor-code agreement, no-event records left uncoded, per category and failure class",
      "  meantime  MEANTIME English (120 Wikinews docs): language analysis + time + entity stages with the",
      "         creation time as anchor; named-entity mention F1 (partial overlap / strict, typed",
      "         PER/ORG/LOC/MISC) and TIMEX3 extent F1, value accuracy and value F1",
      "  all    all of them (the language models are loaded once)",
      "timex, conll, quotes and meantime run the language analysis of --engine (default fast).",
      "DIR is laid out like ../shared/bench (tempeval3/TBAQ-cleaned, conll2003-en/eng.testa,",
      "trafilatura-eval/{evaldata.json,cache,eval}, polnear/dev, plover/PLOVER_GSR_CAMEO.dev.json,",
      "cameo-petrarch/unit-tests, meantime-en/intra_cross-doc_annotation)."
    })
final class EvalCommand implements Callable<Integer> {
  /** What to evaluate. */
  enum Task { timex, conll, extract, quotes, code, petrarch, meantime, all }

  @Spec CommandSpec spec;
  @Mixin EngineOption engineOption;

  @Parameters(index = "0", paramLabel = "WHAT", description = "timex, conll, extract, quotes, code, petrarch, meantime or all.")
  Task task;

  @Option(names = "--bench", required = true, paramLabel = "DIR", description = "The bench data directory.")
  Path bench;

  @Option(names = "--errors", paramLabel = "N", description = "Also print up to N timex, quote, PETRARCH and MEANTIME timex errors and the N extraction pages with the lowest F1.")
  int errors;

  @Option(names = "--no-pos", description = "Timex: do not run a part-of-speech tagger (tense from word lists only).")
  boolean noPos;

  @Option(names = "--quotes-file", paramLabel = "FILE",
      description = "quotes: score this JSON lines file (storyline quotes format) instead of running the job.")
  Path quotesFile;

  @Option(names = "--polnear-split", paramLabel = "DIR",
      description = "quotes: score on this PolNeAR split folder (text/ and attributions/, e.g. an unpacked train) instead of BENCH/polnear/dev.")
  Path polnearSplit;

  @Option(names = "--keep", paramLabel = "DIR", description = "Keep the tagged output files in DIR (default: temporary, deleted).")
  Path keep;

  private LanguageAnalyzer sharedAnalyzer;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(bench)) {
      err.println("storyline eval: --bench is not a directory: " + bench);
      return 2;
    }
    if (errors < 0) {
      err.println("storyline eval: --errors must be >= 0, got " + errors);
      return 2;
    }
    if ((task == Task.quotes || task == Task.all) && !Files.isDirectory(bench.resolve(BenchEvaluation.POLNEAR_DEV))) {
      err.println("storyline eval: no PolNeAR data: " + bench.resolve(BenchEvaluation.POLNEAR_DEV) + " is not a directory");
      return 1;
    }
    List<BenchEvaluation.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (task == Task.timex || task == Task.all) {
      long t0 = System.nanoTime();
      BenchEvaluation.TimexResult r = BenchEvaluation.timex(bench, keep == null ? null : keep.resolve("timeml"),
          noPos ? new TimexAnnotator() : new TimexAnnotator(analyzer(err)), errors);
      rows.addAll(r.rows());
      var c = r.counts();
      notes.add(String.format(Locale.ROOT,
          "timex: %d gold, %d system, %d relaxed / %d strict matches, value accuracy %.4f, type accuracy %.4f (%.1f s)",
          c.gold(), c.system(), c.relaxedMatches(), c.strictMatches(), c.valueAccuracy(), c.typeAccuracy(),
          (System.nanoTime() - t0) / 1e9));
      for (String e : r.batch().errors()) {
        err.println("error: " + e);
      }
      for (String e : r.errors()) {
        out.println("  " + e);
      }
    }
    if (task == Task.conll || task == Task.all) {
      long t0 = System.nanoTime();
      LanguageAnalyzer analyzer = analyzer(err);
      if (keep != null) {
        Files.createDirectories(keep);
      }
      BenchEvaluation.ConllResult r = BenchEvaluation.conll(bench, keep == null ? null : keep.resolve("eng.testa.tagged"),
          ConllCommand.tagger(analyzer));
      rows.addAll(r.rows());
      var c = r.overall();
      notes.add(String.format(Locale.ROOT, "conll: %d gold, %d predicted, %d correct entities (%.1f s with model loading)",
          c.gold(), c.predicted(), c.correct(), (System.nanoTime() - t0) / 1e9));
      for (String p : r.problems()) {
        err.println("warning: " + p);
      }
    }
    if (task == Task.extract || task == Task.all) {
      long t0 = System.nanoTime();
      BenchEvaluation.ExtractionResult r;
      try {
        if (keep != null) {
          Files.createDirectories(keep);
        }
        r = BenchEvaluation.extraction(bench, keep == null ? null : keep.resolve("extract.jsonl"),
            new ArticleExtraction(new Ingestor()));
      } catch (FormatException e) {
        throw new IOException(e.getMessage(), e);
      }
      rows.addAll(r.rows());
      var c = r.scorer().snippets();
      notes.add(String.format(Locale.ROOT,
          "extract: %d pages written, %d failed; snippets TP %d FP %d FN %d TN %d; dates %d right, %d wrong, %d none (%.1f s)",
          r.report().written(), r.report().errors().size(), c.tp(), c.fp(), c.fn(), c.tn(), r.scorer().date().correct(),
          r.scorer().wrongDates(), r.scorer().date().total() - r.scorer().date().correct() - r.scorer().wrongDates(),
          (System.nanoTime() - t0) / 1e9));
      for (String e : r.report().errors()) {
        err.println("error: " + e);
      }
      for (String p : r.problems()) {
        err.println("warning: " + p);
      }
      for (ExtractionScorer.PageScore p : r.scorer().worst(errors)) {
        out.printf(Locale.ROOT, "  %s F1 %.2f missed %s intruded %s%n", p.id(), p.counts().f1(),
            quoted(p.missed()), quoted(p.intruded()));
      }
    }
    if (task == Task.quotes || task == Task.all) {
      long t0 = System.nanoTime();
      LanguageAnalyzer analyzer = quotesFile == null ? analyzer(err) : null;
      if (keep != null) {
        Files.createDirectories(keep);
      }
      Path split = polnearSplit != null ? polnearSplit : bench.resolve(BenchEvaluation.POLNEAR_DEV);
      BenchEvaluation.QuoteResult r = quotesFile != null
          ? BenchEvaluation.scoreQuoteSplit(split, quotesFile, List.of(), errors)
          : BenchEvaluation.quotes(split, keep == null ? null : keep.resolve("polnear-" + split.getFileName() + ".jsonl"),
              new QuoteBatch(QuotesCommand.pipeline(analyzer)), errors, true);
      rows.addAll(r.rows());
      var c = r.counts();
      notes.add(String.format(Locale.ROOT,
          "quotes: %d docs, %d gold contents, %d predicted quotes; words %s; overlap %s; exact %s; "
              + "speaker %d/%d named + %d/%d pronoun sources (%.1f s)",
          r.documents(), c.gold(), c.system(), c.words(), c.overlap(), c.exactMatch(), c.namedRight(), c.namedJudged(),
          c.pronounRight(), c.pronounJudged(), (System.nanoTime() - t0) / 1e9));
      for (String p : r.problems()) {
        err.println("warning: " + p);
      }
      for (String e : r.errors()) {
        out.println("  " + e);
      }
    }
    if (task == Task.code || task == Task.all) {
      long t0 = System.nanoTime();
      EventCodeEvaluation.Result r = EventCodeEvaluation.run(bench, keep, EventLexicon.defaults());
      rows.addAll(r.rows());
      var c = r.counts();
      notes.add(String.format(Locale.ROOT, "code: %d sentences, %d with an event, %d top types right "
              + "(half A %d/%d, half B %d/%d); modes %d/%d (%d with the right type)%s (%.1f s)",
          c.records(), c.withEvent(), c.typeCorrect(), r.halfA().typeCorrect(), r.halfA().records(),
          r.halfB().typeCorrect(), r.halfB().records(), c.modeCorrect(), c.modeGold(), c.modeTypeRight(),
          c.cameoGold() == 0 ? "; the gold has no CAMEO event codes, so no CAMEO rows" : "",
          (System.nanoTime() - t0) / 1e9));
      for (String p : r.problems()) {
        err.println("warning: " + p);
      }
    }
    if (task == Task.petrarch || task == Task.all) {
      long t0 = System.nanoTime();
      PetrarchEvaluation.Result r = PetrarchEvaluation.run(bench, keep == null ? null : keep.resolve("petrarch"), errors);
      rows.addAll(r.rows());
      var c = r.counts();
      notes.add(String.format(Locale.ROOT,
          "petrarch: %d records scored (%d expecting PETRARCH input errors not scored), %d expected events, "
              + "%d predicted; %d exact (%.1f s)",
          c.records(), r.skipped(), c.gold(), c.system(), c.exact(), (System.nanoTime() - t0) / 1e9));
      for (Map.Entry<String, PetrarchScorer.Counts> e : new TreeMap<>(r.byCategory()).entrySet()) {
        var k = e.getValue();
        notes.add(String.format(Locale.ROOT, "  %-9s %3d records: exact %.3f, root F1 %.3f, full F1 %.3f, triple F1 %.3f",
            e.getKey(), k.records(), k.exactRate(), k.root().f1(), k.full().f1(), k.triples().f1()));
      }
      notes.add("  failure classes: " + r.failures());
      for (String p : r.problems()) {
        err.println("warning: " + p);
      }
      for (String e : r.errors()) {
        out.println("  " + e);
      }
    }
    if (task == Task.meantime || task == Task.all) {
      long t0 = System.nanoTime();
      MeantimeEvaluation.Result r = MeantimeEvaluation.run(bench, analyzer(err), errors);
      rows.addAll(r.rows());
      var e = r.entities();
      var t = r.timex();
      notes.add(String.format(Locale.ROOT,
          "meantime: %d docs; entity names %d gold, %d system, %d strict, %d partial (P %.4f R %.4f); "
              + "timex %d gold, %d system, %d strict / %d relaxed matches, %d values right (%.1f s)",
          r.documents(), e.gold(), e.system(), e.strict(), e.partial(), e.partialPrf().precision(),
          e.partialPrf().recall(), t.gold(), t.system(), t.strictMatches(), t.relaxedMatches(), t.valueMatches(),
          (System.nanoTime() - t0) / 1e9));
      for (Map.Entry<String, int[]> k : new TreeMap<>(r.entityTypes()).entrySet()) {
        int[] v = k.getValue();
        notes.add(String.format(Locale.ROOT, "  %-4s %4d gold names: strict-span recall %.3f, partial-span recall %.3f",
            k.getKey(), v[0], v[0] == 0 ? 0 : v[1] / (double) v[0], v[0] == 0 ? 0 : v[2] / (double) v[0]));
      }
      for (String p : r.problems()) {
        err.println("warning: " + p);
      }
      for (String x : r.errors()) {
        out.println("  " + x);
      }
    }
    TextTable table = new TextTable(List.of("data set", "metric", "Storyline", "anchor"), 40, 28, 9, 70);
    for (BenchEvaluation.Row row : rows) {
      table.add(List.of(row.dataset(), row.metric(), row.formatted(), row.anchor().isEmpty() ? "-" : row.anchor()));
    }
    out.print(table.render());
    for (String n : notes) {
      out.println(n);
    }
    return 0;
  }

  /** {@return the one language analyzer (tokenizer, POS, NER) of this run, loaded on first use} */
  private LanguageAnalyzer analyzer(PrintWriter err) {
    if (sharedAnalyzer == null) {
      err.println("Loading language models…");
      err.flush();
      sharedAnalyzer = engineOption.engine().analyzer(Limits.defaults());
    }
    return sharedAnalyzer;
  }

  private static String quoted(List<String> snippets) {
    List<String> q = new ArrayList<>();
    for (String s : snippets) {
      String one = s.replaceAll("\\s+", " ").strip();
      q.add("\"" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "\"");
    }
    return "[" + String.join(", ", q) + "]";
  }
}
