package org.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quote;
import org.storyline.model.Severity;
import org.storyline.pipeline.Pipeline;
import org.storyline.quotes.QuoteAttributor;

/**
 * The {@code storyline quotes} job: every file under an input directory (searched recursively,
 * in path order; hidden files skipped) is read as plain text, analysed by a pipeline that ends
 * with {@link QuoteAttributor}, and written as one JSON line:
 *
 * <pre>{"doc":"a.txt","quotes":[{"start":10,"end":42,"kind":"DIRECT",
 *   "speaker":{"start":0,"end":8,"text":"Jane Doe"},"cue":{"start":44,"end":48}}]}</pre>
 *
 * <p>{@code doc} is the path relative to the input directory with {@code /} separators (the file
 * name for a flat folder). Offsets are Unicode code points into the file's text exactly as read
 * (UTF-8, or ISO-8859-1 when the bytes are not valid UTF-8; nothing is cleaned or removed, so no
 * offset mapping is needed), half-open; code points, not UTF-16 units, so that they agree with
 * brat standoff files and Python string indices. {@code start}/{@code end} is the quote's content
 * without quotation marks; {@code speaker} is the speaker's name as written in the text (for a
 * pronoun, its antecedent), or null when unattributed; {@code cue} is the speech verb or
 * "according to", or null. Only speech is written (scare quotes, {@link
 * QuoteAttributor#isSpeech}, are not); {@code kind} is DIRECT, PARTIAL or REPORTED.
 *
 * <p>An empty, blank or binary file, or one whose analysis fails, is reported with its name and
 * skipped; the others are still written.
 */
public final class QuoteBatch {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Bytes looked at for NUL characters, the sign of a binary file. */
  private static final int SNIFF = 8192;

  private final Pipeline pipeline;

  /**
   * A job running {@code pipeline} on each file; it must provide QUOTES (e.g. CoreNLP, time
   * stages, entity linking and {@link QuoteAttributor}).
   */
  public QuoteBatch(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * What a run did.
   *
   * @param documents documents written
   * @param quotes quotes written
   * @param errors one message per file skipped, naming the file
   * @param warnings problems that did not stop a file (e.g. not UTF-8)
   */
  public record Report(int documents, int quotes, List<String> errors, List<String> warnings) {
    public Report {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** {@return the input files under {@code in} (or {@code in} itself), sorted by path, hidden ones skipped} */
  public static List<Path> inputs(Path in) throws IOException {
    if (Files.isRegularFile(in)) {
      return List.of(in);
    }
    try (Stream<Path> s = Files.walk(in)) {
      return s.filter(Files::isRegularFile).filter(p -> !in.relativize(p).toString().startsWith(".")
          && !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  /**
   * Analyses every input under {@code in} and writes the JSON lines to {@code out} (its folder is
   * created when missing).
   *
   * @throws IOException when {@code in} cannot be listed or {@code out} cannot be written
   */
  public Report run(Path in, Path out) throws IOException {
    List<Path> files = inputs(in);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int documents = 0;
    int quotes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        if (f.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
          continue;
        }
        String name = Files.isRegularFile(in) ? f.getFileName().toString()
            : in.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        try {
          byte[] bytes = Files.readAllBytes(f);
          String problem = unusable(bytes);
          if (problem != null) {
            errors.add(f + ": " + problem + "; skipped");
            continue;
          }
          TextFiles.Decoded decoded = TextFiles.decode(bytes);
          if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
            warnings.add(f + ": not valid UTF-8, read as " + decoded.charset());
          }
          AnnotatedArticle doc = analyse(name, decoded.text());
          String failure = failure(doc);
          if (failure != null) {
            errors.add(f + ": analysis failed: " + failure + "; skipped");
            continue;
          }
          List<Quote> speech = doc.quotes().stream().filter(QuoteAttributor::isSpeech).toList();
          w.write(line(name, decoded.text(), speech));
          w.write('\n');
          documents++;
          quotes += speech.size();
        } catch (IOException e) {
          errors.add(f + ": cannot be read: " + e.getMessage() + "; skipped");
        }
      }
    }
    return new Report(documents, quotes, errors, warnings);
  }

  /** {@return the article after the pipeline; the text is the document as read, unchanged} */
  public AnnotatedArticle analyse(String name, String text) {
    Article article = new Article(ArticleId.of(name.isEmpty() ? "doc" : name.replaceAll("\\s", "_")), name, null,
        "", null, text, OffsetMap.identity(text.length()), PublicationDate.unknown(), "");
    return pipeline.apply(AnnotatedArticle.of(article));
  }

  /** {@return one JSON line (without the newline) for a document's quotes} */
  public static String line(String name, String text, List<Quote> quotes) {
    CharOffsets cp = new CharOffsets(text);
    ObjectNode root = JSON.createObjectNode();
    root.put("doc", name);
    ArrayNode list = root.putArray("quotes");
    for (Quote q : quotes) {
      ObjectNode o = list.addObject();
      o.put("start", cp.toCodePoint(q.span().start()));
      o.put("end", cp.toCodePoint(q.span().end()));
      o.put("kind", q.kind().name());
      if (q.speaker() == null) {
        o.putNull("speaker");
      } else {
        ObjectNode s = o.putObject("speaker");
        if (q.speaker().span() == null) {
          s.putNull("start");
          s.putNull("end");
        } else {
          s.put("start", cp.toCodePoint(q.speaker().span().start()));
          s.put("end", cp.toCodePoint(q.speaker().span().end()));
        }
        s.put("text", q.speaker().text());
      }
      if (q.cue() == null) {
        o.putNull("cue");
      } else {
        ObjectNode c = o.putObject("cue");
        c.put("start", cp.toCodePoint(q.cue().start()));
        c.put("end", cp.toCodePoint(q.cue().end()));
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** {@return why the bytes are not a text document, or null when they are} */
  static String unusable(byte[] bytes) {
    if (bytes.length == 0) {
      return "empty file";
    }
    for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
      if (bytes[i] == 0) {
        return "binary file (NUL byte at offset " + i + ")";
      }
    }
    for (byte b : bytes) {
      if (!Character.isWhitespace((char) (b & 0xFF)) && (b & 0xFF) != 0xA0) {
        return null;
      }
    }
    return "no text (only white space)";
  }

  private static String failure(AnnotatedArticle doc) {
    for (Diagnostic d : doc.diagnostics()) {
      if (d.severity() == Severity.ERROR) {
        return d.stage() + ": " + d.message();
      }
    }
    return null;
  }
}
