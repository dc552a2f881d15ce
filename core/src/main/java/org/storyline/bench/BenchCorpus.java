package org.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.storyline.eval.FormatException;
import org.storyline.eval.MeantimeDocument;
import org.storyline.eval.MeantimeEvaluation;
import org.storyline.eval.TimeMl;
import org.storyline.eval.TimeMlDocument;

/**
 * The real-news benchmark corpus, read in place from the shared benchmark folder (its licences
 * forbid copying it into the repository): the TEXT of every TempEval-3 TBAQ-cleaned TimeML document
 * (its DCT as publication date) and the raw text of every MEANTIME English document (its creation
 * time as publication date). Files that cannot be parsed are listed in {@link #problems()}, not
 * thrown.
 *
 * @param docs the documents, TBAQ first, each source in file-name order
 * @param tbaq how many came from TBAQ
 * @param meantime how many came from MEANTIME
 * @param problems files skipped and why
 */
public record BenchCorpus(List<Doc> docs, int tbaq, int meantime, List<String> problems) {
  /** Where TBAQ-cleaned lies under the shared benchmark folder. */
  public static final String TBAQ_DIR = "tempeval3/TBAQ-cleaned";

  private static final ObjectMapper JSON = new ObjectMapper();

  public BenchCorpus {
    docs = List.copyOf(docs);
    problems = List.copyOf(problems);
  }

  /**
   * One document of the corpus.
   *
   * @param id a stable id ({@code tbaq-<name>}, {@code meantime-<id>})
   * @param title the first non-blank line of the text, at most 200 chars
   * @param published the publication day, or null when the source gives none
   * @param text the plain text
   */
  public record Doc(String id, String title, LocalDate published, String text) {}

  /**
   * Reads TBAQ and MEANTIME under {@code bench}.
   *
   * @throws IOException when neither source exists under {@code bench}, or a folder cannot be listed
   */
  public static BenchCorpus load(Path bench) throws IOException {
    Path tbaqDir = bench.resolve(TBAQ_DIR);
    Path meantimeDir = bench.resolve(MeantimeEvaluation.DIR);
    if (!Files.isDirectory(tbaqDir) && !Files.isDirectory(meantimeDir)) {
      throw new IOException("no benchmark texts under " + bench + ": expected " + TBAQ_DIR + " or "
          + MeantimeEvaluation.DIR);
    }
    List<Doc> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int tbaq = 0;
    for (Path f : files(tbaqDir, name -> TimeMl.isTimeMlFile(name))) {
      try {
        TimeMlDocument d = TimeMl.parse(f.toString(), Files.readAllBytes(f));
        docs.add(new Doc("tbaq-" + d.name(), title(d.text()), d.dct(), d.text()));
        tbaq++;
      } catch (FormatException e) {
        problems.add(e.getMessage() + "; skipped");
      }
    }
    int meantime = 0;
    for (Path f : files(meantimeDir, name -> name.endsWith(".xml"))) {
      try {
        MeantimeDocument d = MeantimeDocument.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        docs.add(new Doc("meantime-" + d.id().toLowerCase(Locale.ROOT), title(d.text()), day(d), d.text()));
        meantime++;
      } catch (FormatException e) {
        problems.add(e.getMessage() + "; skipped");
      }
    }
    return new BenchCorpus(docs, tbaq, meantime, problems);
  }

  /** {@return how the corpus was made, e.g. "TBAQ 256 + MEANTIME 120 documents"} */
  public String describe() {
    return "TBAQ " + tbaq + " + MEANTIME " + meantime + " documents";
  }

  /**
   * Writes the corpus as one {@code .jsonl} input (id, title, published, text per line) — the form
   * {@code analyze} reads, so the benchmark measures exactly its ingest. The file belongs outside
   * the repository (a temporary folder).
   */
  public void writeJsonl(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Doc d : docs) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", d.id());
        line.put("title", d.title());
        if (d.published() != null) {
          line.put("published", d.published().toString());
        }
        line.put("text", d.text());
        w.write(JSON.writeValueAsString(line));
        w.write('\n');
      }
    }
  }

  private static List<Path> files(Path dir, java.util.function.Predicate<String> name) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && name.test(p.getFileName().toString())).sorted().toList();
    }
  }

  static String title(String text) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        return t.length() > 200 ? t.substring(0, 200) : t;
      }
    }
    return "";
  }

  private static LocalDate day(MeantimeDocument d) {
    if (d.creationTime() == null) {
      return null;
    }
    String v = d.creationTime().value();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
