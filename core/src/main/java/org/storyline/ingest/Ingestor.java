package org.storyline.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.Evidence;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.Span;

/**
 * Turns input paths, or text and HTML from other front ends, into cleaned {@link Article}s with
 * offset maps, publication dates from metadata or datelines, and diagnostics for everything bad.
 *
 * <p>{@link #ingest} accepts files and directories (recursively, children in sorted name order,
 * hidden entries skipped, symlink loops reported): {@code .txt} (first non-empty line is the title,
 * the rest the body), {@code .html}/{@code .htm}, {@code .jsonl}/{@code .ndjson} (one object a
 * line: {@code id}, {@code url}, {@code title}, {@code published}, and {@code text} or {@code
 * html}), {@code .warc}/{@code .warc.gz} (HTML response records). Files are streamed one at a time;
 * the corpus is never held in memory.
 *
 * <p>Article fields: {@code id} is "a" + the first 16 hex digits of SHA-256(source + U+0000 + raw
 * document), so re-reading the same file gives the same id; {@code contentHash} is the SHA-256 hex
 * of the text lower-cased with whitespace collapsed, equal for exact copies; {@code source} is the
 * path as given, {@code file.jsonl#<id>} (or {@code #line-N}) for a JSONL record, the target URI for
 * a WARC record. {@code toSource} maps into the raw document: the decoded file text (without BOM),
 * the JSONL {@code text}/{@code html} field value, or the decoded WARC payload.
 *
 * <p>Publication date: a metadata value ({@code published} field or hint, HTML meta/JSON-LD/time)
 * gives METADATA; else a dateline at the top of the cleaned text gives DATELINE (the dateline line
 * is kept in the text); else, for WARC records only, the capture date is an upper bound (INFERRED
 * window open at the start); else UNKNOWN. Never the current date.
 *
 * <p>Immutable and thread-safe; {@link #ingest} calls the sink on the calling thread.
 */
public final class Ingestor {
  private final IngestLimits limits;
  private final TextCleaner cleaner;
  private final HtmlExtractor extractor;

  /** Creates an ingestor with default limits and the standard cleaning rules. */
  public Ingestor() {
    this(IngestLimits.defaults());
  }

  /** Creates an ingestor with the given limits and the standard cleaning rules. */
  public Ingestor(IngestLimits limits) {
    this(limits, TextCleaner.standard(), new HtmlExtractor());
  }

  /** Creates an ingestor from its parts. */
  public Ingestor(IngestLimits limits, TextCleaner cleaner, HtmlExtractor extractor) {
    if (limits == null || cleaner == null || extractor == null) {
      throw new IllegalArgumentException("ingestor needs limits, a cleaner and an extractor");
    }
    this.limits = limits;
    this.cleaner = cleaner;
    this.extractor = extractor;
  }

  /** {@return the limits in force} */
  public IngestLimits limits() {
    return limits;
  }

  /**
   * Reads every input (files, or directories recursively) and sends articles and diagnostics to the
   * sink, in input order. Never throws for bad data: unreadable, empty, binary, oversized, unknown
   * or corrupt items become diagnostics and the other items are still read.
   */
  public void ingest(List<Path> inputs, IngestSink sink) {
    new FileWalker(this, limits, sink).walk(inputs);
  }

  /**
   * Reads one file given as a stream, exactly as {@link #ingest(List, IngestSink)} reads a file
   * named {@code item}: the format from the name's extension (.txt, .html/.htm, .jsonl/.ndjson,
   * .warc/.warc.gz), the same limits, the same article ids and sources, the same diagnostics.
   * Distributed readers (the Spark job) use it for files that are not on a local disk. Never throws
   * for bad data; the stream is closed.
   *
   * @param item the file's path or URL as the user should see it; article ids derive from it, so
   *     give a local file the absolute, normalised path that {@code storyline analyze} uses
   * @param size the file's length in bytes, or -1 when unknown
   * @param in the content
   */
  public void ingest(String item, long size, InputStream in, IngestSink sink) {
    requireSource(item);
    try (InputStream content = in) {
      new FileWalker(this, limits, sink).readStream(item, size, content);
    } catch (java.io.IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, FileWalker.describe(e)));
    }
  }

  /**
   * {@return an article from plain text} The text is cleaned like a .txt body; {@code body} is the
   * raw document the offsets point into.
   *
   * @param source names the item (path, URL or record id); also the diagnostic item
   * @param title the title, or null/blank when unknown
   * @param body the raw text
   * @param publishedHint a metadata date ("2025-02-13", an ISO date-time, "13 February 2025"), or
   *     null; when absent or unreadable (W102) a dateline is looked for
   */
  public IngestResult fromText(String source, String title, String body, String publishedHint) {
    requireSource(source);
    return text(source, source, null, body == null ? "" : body, 0, body == null ? 0 : body.length(),
        title, publishedHint, "published");
  }

  /**
   * {@return an article from an HTML page} The main text is extracted, then cleaned.
   *
   * @param source names the item; also the diagnostic item
   * @param url the page URL or null; replaced by the page's canonical URL when it declares one
   * @param html the raw page as text; offsets point into it
   */
  public IngestResult fromHtml(String source, String url, String html) {
    requireSource(source);
    return html(source, source, url, html == null ? "" : html, null, null, null);
  }

  /**
   * {@return an article from the raw bytes of an HTML page} The bytes are checked for binary
   * content (E103) and emptiness (E102), decoded with a BOM, the charset declared in the page or
   * UTF-8 (windows-1252 with a W101 warning when the bytes are not valid UTF-8), then extracted and
   * cleaned like {@link #fromHtml}. Never throws for bad data.
   *
   * @param source names the item; also the diagnostic item
   * @param url the page URL or null
   * @param bytes the page as stored
   */
  public IngestResult fromHtmlBytes(String source, String url, byte[] bytes) {
    requireSource(source);
    if (bytes == null || bytes.length == 0) {
      return IngestResult.rejected(List.of(IngestCode.EMPTY.at(source, "empty file")));
    }
    if (bytes.length > limits.maxFileBytes()) {
      return IngestResult.rejected(List.of(IngestCode.TOO_LARGE.at(source,
          "page of " + bytes.length + " bytes exceeds the limit of " + limits.maxFileBytes())));
    }
    String binary = BinarySniffer.whyBinary(bytes);
    if (binary != null) {
      return IngestResult.rejected(List.of(IngestCode.BINARY.at(source, "binary content, not text: " + binary)));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, TextDecoder.sniffHtmlCharset(bytes));
    List<Diagnostic> warnings = new ArrayList<>();
    if (decoded.warning() != null) {
      warnings.add(IngestCode.ENCODING_FALLBACK.at(source, decoded.warning()));
    }
    if (decoded.text().isBlank()) {
      warnings.add(IngestCode.EMPTY.at(source, "file holds only whitespace"));
      return IngestResult.rejected(warnings);
    }
    return html(source, source, url, decoded.text(), null, null, null).withEarlierDiagnostics(warnings);
  }

  private static void requireSource(String source) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source required");
    }
  }

  // ------------------------------------------------------------------ shared assembly

  /** Cleans {@code raw[bodyStart, bodyEnd)} into an article. */
  IngestResult text(String item, String source, String url, String raw, int bodyStart, int bodyEnd, String title,
      String publishedHint, String hintField) {
    if (bodyEnd - bodyStart > limits.maxTextChars()) {
      return IngestResult.rejected(List.of(IngestCode.TEXT_TOO_LONG.at(item,
          "text of " + (bodyEnd - bodyStart) + " chars exceeds the limit of " + limits.maxTextChars())));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String cleanTitle = title == null ? "" : title.strip();
    CleanedText cleaned = cleaner.clean(raw, bodyStart, bodyEnd, cleanTitle);
    if (cleaned.text().isBlank()) {
      return IngestResult.rejected(List.of(IngestCode.NO_MAIN_TEXT.at(item,
          "no text left after cleaning (" + cleaned.removals().size() + " paragraphs removed as boilerplate)")));
    }
    PublicationDate published = hintedDate(item, publishedHint, hintField, diagnostics)
        .or(() -> PublishedDates.findDateline(cleaned.text()))
        .orElse(PublicationDate.unknown());
    Article article = article(source, url, raw, cleanTitle, cleaned.byline(), cleaned.text(), cleaned.toInput(), published);
    return IngestResult.accepted(article, diagnostics);
  }

  /** Extracts and cleans an HTML document into an article. */
  IngestResult html(String item, String source, String url, String html, String titleOverride, String publishedHint,
      Instant captured) {
    if (html.length() > limits.maxHtmlChars()) {
      return IngestResult.rejected(List.of(IngestCode.TOO_LARGE.at(item,
          "HTML of " + html.length() + " chars exceeds the limit of " + limits.maxHtmlChars())));
    }
    // an HTML5 parser's time grows with element depth times element count: bound it before parsing
    long nesting = HtmlNesting.work(html, limits.maxHtmlNesting());
    if (nesting > limits.maxHtmlNesting()) {
      return IngestResult.rejected(List.of(IngestCode.TOO_DEEPLY_NESTED.at(item, "HTML elements nest too deeply to parse"
          + " in bounded time (nesting work over " + limits.maxHtmlNesting() + ", e.g. more than "
          + (long) Math.sqrt(2.0 * limits.maxHtmlNesting()) + " levels)")));
    }
    HtmlExtraction extraction = extractor.extract(item, html);
    List<Diagnostic> diagnostics = new ArrayList<>(extraction.diagnostics());
    String title = titleOverride != null && !titleOverride.isBlank() ? titleOverride.strip() : extraction.title();
    CleanedText cleaned = cleaner.clean(extraction.text(), title);
    if (cleaned.text().isBlank()) {
      diagnostics.add(IngestCode.NO_MAIN_TEXT.at(item, extraction.text().isBlank()
          ? "no main text found in the HTML"
          : "no text left after cleaning (" + cleaned.removals().size() + " paragraphs removed as boilerplate)"));
      return IngestResult.rejected(diagnostics);
    }
    if (cleaned.text().length() > limits.maxTextChars()) {
      diagnostics.add(IngestCode.TEXT_TOO_LONG.at(item,
          "text of " + cleaned.text().length() + " chars exceeds the limit of " + limits.maxTextChars()));
      return IngestResult.rejected(diagnostics);
    }
    OffsetMap map = cleaned.toInput().andThen(extraction.toHtml());
    Optional<PublicationDate> hinted = hintedDate(item, publishedHint, "published", diagnostics);
    PublicationDate published = hinted
        .or(() -> extraction.published().isKnown() ? Optional.of(extraction.published()) : Optional.empty())
        .or(() -> PublishedDates.findDateline(cleaned.text()))
        .orElseGet(() -> captureBound(captured));
    String byline = extraction.byline() != null ? extraction.byline() : cleaned.byline();
    String canonical = extraction.canonicalUrl() != null ? extraction.canonicalUrl() : url;
    Article article = article(source, canonical, html, title, byline, cleaned.text(), map, published);
    return IngestResult.accepted(article, diagnostics);
  }

  private static Optional<PublicationDate> hintedDate(String item, String hint, String field, List<Diagnostic> diagnostics) {
    if (hint == null || hint.isBlank()) {
      return Optional.empty();
    }
    Optional<PublicationDate> date = PublishedDates.fromMetadata(field, hint);
    if (date.isEmpty()) {
      diagnostics.add(IngestCode.UNPARSEABLE_DATE.at(item,
          "cannot read " + field + " date '" + HtmlExtractor.abbreviate(hint.strip()) + "'; looking for a dateline"));
    }
    return date;
  }

  /** The capture date of a web archive record bounds the publication date from above only. */
  private static PublicationDate captureBound(Instant captured) {
    if (captured == null) {
      return PublicationDate.unknown();
    }
    LocalDate day = captured.atOffset(ZoneOffset.UTC).toLocalDate();
    return PublicationDate.window(null, day, List.of(new Evidence(
        "captured " + captured + " (WARC-Date): published on or before the capture", new Span(0, 0), "")));
  }

  private static Article article(String source, String url, String raw, String title, String byline, String text,
      OffsetMap map, PublicationDate published) {
    return new Article(articleId(source, raw), source, url, title, byline, text, map, published, contentHash(text));
  }

  /** {@return "a" + the first 16 hex digits of SHA-256(source + U+0000 + raw)} */
  public static ArticleId articleId(String source, String raw) {
    byte[] digest = sha256(source + "\u0000" + raw);
    return ArticleId.of("a" + HexFormat.of().formatHex(digest, 0, 8));
  }

  /** {@return the SHA-256 hex of the text lower-cased (Locale.ROOT) with whitespace runs collapsed and trimmed} */
  public static String contentHash(String text) {
    return HexFormat.of().formatHex(sha256(normalise(text)));
  }

  static String normalise(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
