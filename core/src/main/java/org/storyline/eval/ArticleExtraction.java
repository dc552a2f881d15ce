package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.storyline.ingest.IngestResult;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;

/**
 * The {@code storyline extract} job: main text and metadata of HTML pages ({@code .html} or
 * {@code .htm}, optionally gzip-compressed as {@code .html.gz}) through {@link
 * Ingestor#fromHtmlBytes}.
 *
 * <p>A page that cannot be read (missing, corrupt gzip, binary, empty, no main text) gives a
 * failure message naming the file and the ingest code; in batch mode the other pages are still
 * extracted and written. Pages are extracted in parallel, written in path order.
 */
public final class ArticleExtraction {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNK = 64;

  private final Ingestor ingestor;

  /** A job using this ingestor. */
  public ArticleExtraction(Ingestor ingestor) {
    this.ingestor = ingestor;
  }

  /**
   * The outcome for one page: an article, or a failure message; warnings either way.
   *
   * @param article the extracted article, or null when the page failed
   * @param error why the page failed ("path: message (code)"), or null
   * @param warnings non-fatal problems ("path: message (code)")
   */
  public record Outcome(ExtractedArticle article, String error, List<String> warnings) {
    public Outcome {
      if ((article == null) == (error == null)) {
        throw new IllegalArgumentException("exactly one of article and error");
      }
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * What a batch run did.
   *
   * @param written pages written
   * @param errors one message per page that failed, naming the file
   * @param warnings non-fatal problems
   */
  public record Report(int written, List<String> errors, List<String> warnings) {
    public Report {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** {@return whether the file name is an HTML page this job reads} */
  public static boolean isPage(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
  }

  /** {@return the page id: the file name without {@code .gz} and then without {@code .html}/{@code .htm}} */
  public static String idOf(String fileName) {
    String n = fileName;
    if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      return n.substring(0, n.length() - 5);
    }
    return lower.endsWith(".htm") ? n.substring(0, n.length() - 4) : n;
  }

  /**
   * {@return the article of one page, or why there is none} Never throws for bad data.
   *
   * @param id the id to put in the record, or null
   * @param url the page URL, or null
   */
  public Outcome extract(Path file, String id, String url) {
    byte[] bytes;
    try {
      bytes = read(file, ingestor.limits().maxFileBytes());
    } catch (IOException e) {
      return new Outcome(null, file + ": " + e.getMessage(), List.of());
    }
    IngestResult result;
    try {
      result = ingestor.fromHtmlBytes(file.toString(), url, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      // boundary: an extractor bug on one page must not stop a batch
      return new Outcome(null, file + ": extraction failed: " + e, List.of());
    }
    List<String> warnings = new ArrayList<>();
    String error = null;
    for (Diagnostic d : result.diagnostics()) {
      String line = d.item() + ": " + d.message() + " (" + d.code() + ")";
      if (d.severity() == Severity.ERROR && error == null) {
        error = line;
      } else {
        warnings.add(line);
      }
    }
    if (result.findArticle().isEmpty()) {
      return new Outcome(null, error != null ? error : file + ": no article extracted", warnings);
    }
    return new Outcome(ExtractedArticle.of(id, result.article()), null, warnings);
  }

  /** {@return the pages under each input (a page file or a directory, searched recursively), sorted by path} */
  public static List<Path> pages(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isRegularFile(in)) {
        out.add(in);
        continue;
      }
      try (Stream<Path> s = Files.walk(in)) {
        s.filter(Files::isRegularFile).filter(p -> isPage(p.getFileName().toString())).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Extracts every page under the inputs and writes one JSON line per page to {@code out}: {@code
   * id, title, author, published, text}. Two pages with the same id: the second is reported and
   * not written.
   *
   * @throws IOException when an input cannot be listed or the output cannot be written
   */
  public Report batch(List<Path> inputs, Path out) throws IOException {
    List<Path> files = pages(inputs);
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int from = 0; from < files.size(); from += CHUNK) {
        List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
        Outcome[] outcomes = new Outcome[chunk.size()];
        IntStream.range(0, chunk.size()).parallel().forEach(i -> {
          Path f = chunk.get(i);
          outcomes[i] = extract(f, idOf(f.getFileName().toString()), null);
        });
        for (int i = 0; i < chunk.size(); i++) {
          Outcome o = outcomes[i];
          warnings.addAll(o.warnings());
          if (o.error() != null) {
            errors.add(o.error());
            continue;
          }
          Path earlier = seen.putIfAbsent(o.article().id(), chunk.get(i));
          if (earlier != null) {
            errors.add(chunk.get(i) + ": skipped, id '" + o.article().id() + "' was already written for " + earlier);
            continue;
          }
          w.write(o.article().toJsonLine());
          w.write('\n');
          written++;
        }
      }
    }
    return new Report(written, errors, warnings);
  }

  /**
   * {@return the records of a JSONL file written by {@link #batch}, by id} Lines that cannot be
   * read are added to {@code problems}.
   */
  public static Map<String, ExtractedArticle> readJsonl(Path file, List<String> problems) throws IOException {
    Map<String, ExtractedArticle> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        ExtractedArticle a = ExtractedArticle.fromJson(file.toString(), i + 1, JSON.readTree(lines.get(i)));
        if (a.id() == null) {
          throw new FormatException(file.toString(), i + 1, "no 'id'");
        }
        out.put(a.id(), a);
      } catch (JsonProcessingException e) {
        problems.add(file + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage());
      } catch (FormatException e) {
        problems.add(e.getMessage());
      }
    }
    return out;
  }

  /** Reads a file, decompressing gzip when the name ends in .gz; at most {@code max} bytes. */
  static byte[] read(Path file, long max) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException("no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a regular file");
    }
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gz ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new IOException("larger than the limit of " + max + " bytes" + (gz ? " when decompressed" : ""));
      }
      return bytes;
    } catch (ZipException e) {
      throw new IOException("not a valid gzip file: " + e.getMessage());
    } catch (java.io.EOFException e) {
      throw new IOException("truncated gzip file");
    }
  }
}
