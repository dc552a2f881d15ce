package org.storyline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the standard-format jobs on the public development data (a bench directory laid out as
 * {@code ../shared/bench}: {@code tempeval3/TBAQ-cleaned/}, {@code conll2003-en/eng.testa}) and
 * scores their output files against the gold annotations. The jobs write real files (to a
 * temporary directory unless one is given) and the scorers read them back, so a figure also
 * checks that the output is well-formed and keeps the input text.
 */
public final class BenchEvaluation {
  private BenchEvaluation() {}

  /** The TempEval-3 training/development folder inside a bench directory. */
  public static final String TEMPEVAL_DIR = "tempeval3/TBAQ-cleaned";
  /** The CoNLL-2003 development file inside a bench directory. */
  public static final String CONLL_DEV = "conll2003-en/eng.testa";
  /** The trafilatura evaluation set inside a bench directory. */
  public static final String TRAFILATURA_DIR = "trafilatura-eval";
  /** The PolNeAR development split inside a bench directory. */
  public static final String POLNEAR_DEV = "polnear/dev";

  /**
   * One line of the results table.
   *
   * @param dataset the data set and split
   * @param metric what is measured
   * @param figure Storyline's figure (a fraction in [0, 1])
   * @param anchor the published figure to compare with: system, figure, source; "" when none
   */
  public record Row(String dataset, String metric, double figure, String anchor) {
    /** {@return the figure with four decimals} */
    public String formatted() {
      return String.format(Locale.ROOT, "%.4f", figure);
    }
  }

  /**
   * Timex results and the files behind them.
   *
   * @param rows strict/relaxed extent F1, value F1 and type F1
   * @param counts the raw counts
   * @param batch what the {@code timeml} job reported (files skipped, warnings), plus files that
   *     could not be scored
   * @param errors up to the requested number of scorer error lines (misses, wrong values)
   */
  public record TimexResult(List<Row> rows, TimexScorer.Counts counts, TimeMlBatch.Report batch, List<String> errors) {
    public TimexResult {
      rows = List.copyOf(rows);
      errors = List.copyOf(errors);
    }
  }

  /**
   * CoNLL results.
   *
   * @param rows overall entity F1, then F1 per type
   * @param overall overall chunk counts
   * @param problems messages about malformed lines or failed sentences
   */
  public record ConllResult(List<Row> rows, ConllScorer.Counts overall, List<String> problems) {
    public ConllResult {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Quote results.
   *
   * @param rows content word/overlap/exact F1, speaker accuracy (all, named, pronoun sources)
   * @param counts the raw counts
   * @param documents documents scored
   * @param problems files the job skipped, unusable gold lines, documents missing from the output
   * @param errors up to the requested number of scorer error lines
   */
  public record QuoteResult(List<Row> rows, QuoteScorer.Counts counts, int documents, List<String> problems,
      List<String> errors) {
    public QuoteResult {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
      errors = List.copyOf(errors);
    }
  }

  /**
   * Runs the {@code quotes} job on {@code bench/polnear/dev/text} into {@code out} (a temporary
   * file, deleted afterwards, when null), reads the JSON lines back and scores them against the
   * PolNeAR dev attributions with {@link QuoteScorer}.
   *
   * @param keepErrors how many error lines to keep
   * @throws IOException when the data cannot be read or the output written
   */
  public static QuoteResult quotes(Path bench, Path out, QuoteBatch job, int keepErrors) throws IOException {
    return quotes(bench.resolve(POLNEAR_DEV), out, job, keepErrors, true);
  }

  /**
   * Runs the {@code quotes} job on {@code split/text} (a PolNeAR split folder: dev, or an unpacked
   * train folder) and scores it like {@link #quotes(Path, Path, QuoteBatch, int)}.
   *
   * @param split the split folder, holding {@code text/} and {@code attributions/}
   * @param isSplit marks the overload; always true
   * @throws IOException when the data cannot be read or the output written
   */
  public static QuoteResult quotes(Path split, Path out, QuoteBatch job, int keepErrors, boolean isSplit)
      throws IOException {
    Path dir = split;
    if (!Files.isDirectory(dir.resolve("text"))) {
      throw new IOException("no PolNeAR data: " + dir.resolve("text") + " is not a directory");
    }
    Path target = out != null ? out : Files.createTempFile("storyline-quotes", ".jsonl");
    try {
      QuoteBatch.Report report = job.run(dir.resolve("text"), target);
      return scoreQuoteSplit(dir, target, report.errors(), keepErrors);
    } finally {
      if (out == null) {
        Files.deleteIfExists(target);
      }
    }
  }

  /**
   * Scores an existing quotes file (the {@code storyline quotes} JSON lines, from this or an
   * earlier version, or from another tool writing the same format) against the PolNeAR dev
   * attributions.
   *
   * @param jobErrors problems reported by the job that wrote the file (listed with the others)
   * @throws IOException when the data or the file cannot be read, or the file is malformed
   */
  public static QuoteResult scoreQuotes(Path bench, Path predictions, List<String> jobErrors, int keepErrors)
      throws IOException {
    return scoreQuoteSplit(bench.resolve(POLNEAR_DEV), predictions, jobErrors, keepErrors);
  }

  /**
   * Scores an existing quotes file against the attributions of a PolNeAR split folder (dev, or an
   * unpacked train folder). Besides the whole split, the rows give content word F1 and speaker
   * accuracy on two fixed halves of the documents ({@link #quoteHalf(String)}).
   *
   * @throws IOException when the data or the file cannot be read, or the file is malformed
   */
  public static QuoteResult scoreQuoteSplit(Path splitDir, Path predictions, List<String> jobErrors,
      int keepErrors) throws IOException {
    if (!Files.isRegularFile(predictions)) {
      throw new IOException("no quotes file: " + predictions);
    }
    Polnear.Split split = Polnear.read(splitDir);
    List<String> problems = new ArrayList<>(jobErrors);
    problems.addAll(split.problems());
    Map<String, QuotesJsonl.Line> lines;
    try {
      lines = QuotesJsonl.parse(predictions.toString(), Files.readString(predictions));
    } catch (FormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    QuoteScorer scorer = new QuoteScorer(keepErrors);
    QuoteScorer scorerA = new QuoteScorer();
    QuoteScorer scorerB = new QuoteScorer();
    int docsA = 0;
    for (Polnear.Document d : split.documents()) {
      QuotesJsonl.Line line = lines.get(d.name());
      List<QuoteScorer.Predicted> predicted = new ArrayList<>();
      if (line == null) {
        problems.add(d.name() + ": not in " + predictions + "; scored as no quotes");
      } else {
        CharOffsets offsets = new CharOffsets(d.text());
        try {
          for (QuotesJsonl.RawQuote q : line.quotes()) {
            predicted.add(q.toPredicted(offsets));
          }
        } catch (IndexOutOfBoundsException e) {
          problems.add(d.name() + ": offset outside the text (" + e.getMessage() + "); scored as no quotes");
          predicted.clear();
        }
      }
      scorer.add(d.name(), d.text(), d.gold(), predicted);
      boolean a = quoteHalf(d.name()) == 'A';
      docsA += a ? 1 : 0;
      (a ? scorerA : scorerB).add(d.name(), d.text(), d.gold(), predicted);
    }
    QuoteScorer.Counts c = scorer.counts();
    QuoteScorer.Counts ca = scorerA.counts();
    QuoteScorer.Counts cb = scorerB.counts();
    int docsB = split.documents().size() - docsA;
    String data = "PolNeAR " + splitDir.getFileName() + " (" + split.documents().size() + " docs)";
    List<Row> rows = List.of(
        new Row(data, "quote content word F1", c.words().f1(),
            "annotator agreement: token-wise Krippendorff α 0.754 (Newell et al., LREC 2018)"),
        new Row(data, "quote content overlap F1", c.overlap().f1(), ""),
        new Row(data, "quote content exact F1", c.exactMatch().f1(), ""),
        new Row(data, "speaker accuracy (matched quotes)", c.speakerAccuracy(), "no published figure"),
        new Row(data, "  gold source a name/description", c.namedSpeakerAccuracy(), ""),
        new Row(data, "  gold source a pronoun", c.pronounSpeakerAccuracy(), ""),
        new Row(data, "  half A (" + docsA + " docs, CRC32(name) even) content word F1", ca.words().f1(), ""),
        new Row(data, "  half A speaker accuracy", ca.speakerAccuracy(), ""),
        new Row(data, "  half B (" + docsB + " docs, CRC32(name) odd) content word F1", cb.words().f1(), ""),
        new Row(data, "  half B speaker accuracy", cb.speakerAccuracy(), ""));
    return new QuoteResult(rows, c, split.documents().size(), problems, scorer.errors());
  }

  /**
   * {@return 'A' or 'B': the half of a PolNeAR document, by the parity of the CRC-32 of its file
   * name's UTF-8 bytes} A fixed split, so rules can be developed on one half's errors and checked
   * on the other.
   */
  public static char quoteHalf(String name) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? 'A' : 'B';
  }

  /**
   * Tags every TimeML file of {@code bench/tempeval3/TBAQ-cleaned} with the {@code timeml} job
   * into {@code out} (a temporary directory, deleted afterwards, when null) and scores the written
   * files against the input files' TIMEX3 annotations with {@link TimexScorer}.
   *
   * @param keepErrors how many error lines to keep
   * @throws IOException when the data cannot be read or the output written
   */
  public static TimexResult timex(Path bench, Path out, TimexAnnotator annotator, int keepErrors) throws IOException {
    Path in = bench.resolve(TEMPEVAL_DIR);
    if (!Files.isDirectory(in)) {
      throw new IOException("no TempEval-3 data: " + in + " is not a directory");
    }
    Path target = out != null ? out : Files.createTempDirectory("storyline-timeml");
    try {
      TimeMlBatch.Report report = new TimeMlBatch(annotator).run(in, target);
      TimexScorer scorer = new TimexScorer(keepErrors);
      List<String> problems = new ArrayList<>(report.errors());
      for (TimeMlBatch.Written w : report.written()) {
        try {
          TimeMlDocument gold = TimeMl.parse(w.input().toString(), Files.readAllBytes(w.input()));
          TimeMlDocument system = TimeMl.parse(w.output().toString(), Files.readAllBytes(w.output()));
          if (!gold.text().equals(system.text())) {
            problems.add(w.output() + ": TEXT differs from the input's; not scored");
            continue;
          }
          scorer.add(gold.timexes(), system.timexes(), gold.text());
        } catch (FormatException e) {
          problems.add(e.getMessage());
        }
      }
      TimexScorer.Counts c = scorer.counts();
      String data = "TempEval-3 TBAQ-cleaned (" + report.written().size() + " docs)";
      List<Row> rows = List.of(
          new Row(data, "TIMEX3 strict extent F1", c.strict().f1(), "HeidelTime 81.34 (TE3 platinum test; UzZaman et al. 2013)"),
          new Row(data, "TIMEX3 relaxed extent F1", c.relaxed().f1(), "HeidelTime 90.30 (TE3 platinum test; UzZaman et al. 2013)"),
          new Row(data, "TIMEX3 value F1", c.value().f1(),
              "HeidelTime 77.61, SUTime 67.38 (TE3 platinum test; UzZaman et al. 2013)"),
          new Row(data, "TIMEX3 type F1", c.type().f1(), ""));
      return new TimexResult(rows, c, new TimeMlBatch.Report(report.written(), problems, report.warnings()),
          scorer.errors());
    } finally {
      if (out == null) {
        deleteTree(target);
      }
    }
  }

  /**
   * Tags {@code bench/conll2003-en/eng.testa} with the {@code conll} job into {@code out} (a
   * temporary file, deleted afterwards, when null) and scores the written file with conlleval's
   * rules ({@link ConllScorer}).
   *
   * @throws IOException when the data cannot be read or the output written
   */
  public static ConllResult conll(Path bench, Path out, ConllTagging.SentenceTagger tagger) throws IOException {
    Path in = bench.resolve(CONLL_DEV);
    if (!Files.isRegularFile(in)) {
      throw new IOException("no CoNLL-2003 data: " + in + " is not a file");
    }
    Path target = out != null ? out : Files.createTempFile("storyline-conll", ".txt");
    try {
      TextFiles.Decoded decoded = TextFiles.read(in);
      ConllFile file = ConllFile.parse(in.toString(), decoded.text());
      ConllTagging.Result tagged = ConllTagging.tag(file, tagger);
      Files.writeString(target, tagged.text(), decoded.charset());
      ConllFile back = ConllFile.parse(target.toString(), Files.readString(target, decoded.charset()));
      List<String> problems = new ArrayList<>(tagged.problems());
      ConllScorer scorer = new ConllScorer();
      ConllTagging.score(back, scorer, problems);
      String data = "CoNLL-2003 eng.testa (dev)";
      List<Row> rows = new ArrayList<>();
      rows.add(new Row(data, "entity F1 (conlleval)", scorer.overall().prf().f1(),
          "Stanford CRF NER ≈ 0.89–0.92 on dev (issue 3)"));
      for (Map.Entry<String, ConllScorer.Counts> e : scorer.byType().entrySet()) {
        rows.add(new Row(data, e.getKey() + " F1", e.getValue().prf().f1(), ""));
      }
      return new ConllResult(rows, scorer.overall(), problems);
    } finally {
      if (out == null) {
        Files.deleteIfExists(target);
      }
    }
  }

  /**
   * Extraction results.
   *
   * @param rows main-text F1 (trafilatura's metric) with precision, recall and accuracy, the
   *     shingle variant, title, date and author accuracy
   * @param scorer the scorer with per-page results
   * @param report what the {@code extract} job reported (failed pages, warnings)
   * @param problems gold pages whose HTML is missing or output lines that could not be read
   */
  public record ExtractionResult(List<Row> rows, ExtractionScorer scorer, ArticleExtraction.Report report,
      List<String> problems) {
    public ExtractionResult {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Runs the {@code extract --batch} job on the pages of {@code bench/trafilatura-eval} ({@code
   * cache/} and {@code eval/}, both gzip-compressed) into {@code out} (a temporary file, deleted
   * afterwards, when null), reads the JSONL back and scores it against {@code evaldata.json} with
   * {@link ExtractionScorer}. A gold page whose file is in neither folder is skipped, as
   * trafilatura's evaluation does; a page the job failed on scores as no output.
   *
   * @throws IOException when the data cannot be read or the output written
   * @throws FormatException when evaldata.json is malformed
   */
  public static ExtractionResult extraction(Path bench, Path out, ArticleExtraction job)
      throws IOException, FormatException {
    Path dir = bench.resolve(TRAFILATURA_DIR);
    Path gold = dir.resolve("evaldata.json");
    if (!Files.isRegularFile(gold)) {
      throw new IOException("no trafilatura evaluation data: " + gold + " is not a file");
    }
    List<TrafilaturaGold.Page> pages = TrafilaturaGold.read(gold);
    List<Path> folders = new ArrayList<>();
    for (String sub : List.of("cache", "eval")) {
      if (Files.isDirectory(dir.resolve(sub))) {
        folders.add(dir.resolve(sub));
      }
    }
    Path target = out != null ? out : Files.createTempFile("storyline-extract", ".jsonl");
    try {
      ArticleExtraction.Report report = job.batch(folders, target);
      List<String> problems = new ArrayList<>();
      Map<String, ExtractedArticle> extracted = ArticleExtraction.readJsonl(target, problems);
      ExtractionScorer scorer = new ExtractionScorer();
      int scored = 0;
      for (TrafilaturaGold.Page page : pages) {
        boolean present = false;
        for (Path f : folders) {
          present |= Files.isRegularFile(f.resolve(page.file() + ".gz")) || Files.isRegularFile(f.resolve(page.file()));
        }
        if (!present) {
          problems.add(page.url() + ": no file " + page.file() + "(.gz) in cache/ or eval/; not scored");
          continue;
        }
        scorer.add(page, extracted.get(page.id()));
        scored++;
      }
      String data = "trafilatura-eval (" + scored + " pages)";
      SnippetScorer.Counts c = scorer.snippets();
      String anchor = "trafilatura 2.2.0 0.924 (0.909-0.924 by mode), readability-lxml 0.826 "
          + "(trafilatura docs, evaluation 2026-08-04)";
      List<Row> rows = List.of(
          new Row(data, "main-text F1 (with/without snippets, evaluate.py)", c.f1(), anchor),
          new Row(data, "main-text precision", c.precision(), "trafilatura 0.906, readability-lxml 0.898"),
          new Row(data, "main-text recall", c.recall(), "trafilatura 0.943, readability-lxml 0.764"),
          new Row(data, "main-text accuracy", c.accuracy(), "trafilatura 0.923, readability-lxml 0.839"),
          new Row(data, "snippet 4-token-shingle F1", scorer.shingles().f1(), ""),
          new Row(data, "title accuracy (" + scorer.title().total() + " with gold)", scorer.title().value(), ""),
          new Row(data, "date accuracy (" + scorer.date().total() + " with gold)", scorer.date().value(), ""),
          new Row(data, "author accuracy (" + scorer.author().total() + " with gold)", scorer.author().value(), ""));
      return new ExtractionResult(rows, scorer, report, problems);
    } finally {
      if (out == null) {
        Files.deleteIfExists(target);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
