package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Diagnostic;

/**
 * Walks input paths in a deterministic order and dispatches files by extension. One per {@link
 * Ingestor#ingest} call; not thread-safe.
 */
final class FileWalker {
  private final Ingestor ingestor;
  private final IngestLimits limits;
  private final IngestSink sink;

  FileWalker(Ingestor ingestor, IngestLimits limits, IngestSink sink) {
    this.ingestor = ingestor;
    this.limits = limits;
    this.sink = sink;
  }

  void walk(List<Path> inputs) {
    for (Path input : inputs) {
      visit(input, 0, new ArrayDeque<>());
    }
  }

  private void visit(Path path, int depth, Deque<Path> ancestors) {
    String item = path.toString();
    if (!Files.exists(path)) {
      String why = Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or directory";
      sink.diagnostic(IngestCode.UNREADABLE.at(item, why));
      return;
    }
    if (Files.isDirectory(path)) {
      walkDirectory(path, depth, ancestors);
      return;
    }
    if (!Files.isRegularFile(path)) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, "not a regular file (device, pipe or socket)"));
      return;
    }
    try {
      readFile(path, item);
    } catch (RuntimeException | StackOverflowError e) {
      // boundary: a bug or unforeseen data in one file must not stop the batch
      sink.diagnostic(IngestCode.UNREADABLE.at(item, "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private void walkDirectory(Path dir, int depth, Deque<Path> ancestors) {
    String item = dir.toString();
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, "cannot resolve directory: " + describe(e)));
      return;
    }
    if (ancestors.contains(real)) {
      sink.diagnostic(IngestCode.SYMLINK_LOOP.at(item, "symbolic link loop: points back to " + real + "; not followed"));
      return;
    }
    if (depth > limits.maxDirectoryDepth()) {
      sink.diagnostic(IngestCode.TOO_DEEP.at(item, "directory nesting deeper than " + limits.maxDirectoryDepth() + "; not descended"));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        String name = child.getFileName().toString();
        if (!name.startsWith(".")) {
          children.add(child);
        }
      }
    } catch (IOException | SecurityException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, "cannot list directory: " + describe(e)));
      return;
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    ancestors.push(real);
    for (Path child : children) {
      visit(child, depth + 1, ancestors);
    }
    ancestors.pop();
  }

  private void readFile(Path path, String item) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    Format format = Format.of(name);
    if (format == null) {
      sink.diagnostic(IngestCode.UNKNOWN_EXTENSION.at(item,
          "unknown file type; expected .txt, .html, .htm, .jsonl, .ndjson, .warc or .warc.gz"));
      return;
    }
    if (!Files.isReadable(path)) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, "permission denied"));
      return;
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, describe(e)));
      return;
    }
    if (size == 0) {
      sink.diagnostic(IngestCode.EMPTY.at(item, "empty file"));
      return;
    }
    switch (format) {
      case JSONL -> new JsonlReader(ingestor, limits, sink).read(path, item);
      case WARC -> new WarcIngest(ingestor, limits, sink).read(path, item);
      case TEXT, HTML -> readWhole(item, size, format, () -> Files.newInputStream(path));
      default -> throw new AssertionError(format);
    }
  }

  /** Opens the content of one file. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Reads one file given as a stream, exactly as {@link #readFile} reads a file: the format from
   * the name's extension, the same limits and diagnostics. {@code size} is -1 when unknown.
   */
  void readStream(String item, long size, InputStream in) {
    Format format = Format.of(item.toLowerCase(Locale.ROOT));
    if (format == null) {
      sink.diagnostic(IngestCode.UNKNOWN_EXTENSION.at(item,
          "unknown file type; expected .txt, .html, .htm, .jsonl, .ndjson, .warc or .warc.gz"));
      return;
    }
    if (size == 0) {
      sink.diagnostic(IngestCode.EMPTY.at(item, "empty file"));
      return;
    }
    try {
      switch (format) {
        case JSONL -> new JsonlReader(ingestor, limits, sink).read(in, item, size);
        case WARC -> new WarcIngest(ingestor, limits, sink).read(in, size, item);
        case TEXT, HTML -> readWhole(item, size, format, () -> in);
        default -> throw new AssertionError(format);
      }
    } catch (RuntimeException | StackOverflowError e) {
      // boundary, as in visit(): a bug or unforeseen data in one file must not stop the batch
      sink.diagnostic(IngestCode.UNREADABLE.at(item, "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /** Reads a whole text or HTML file; {@code size} is -1 when unknown (the read is bounded either way). */
  private void readWhole(String item, long size, Format format, Opener opener) {
    if (size > limits.maxFileBytes()) {
      sink.diagnostic(IngestCode.TOO_LARGE.at(item,
          "file of " + size + " bytes exceeds the limit of " + limits.maxFileBytes() + "; not read"));
      return;
    }
    // a UTF-16 char takes at most 3 UTF-8 bytes, so the text has at least size/3 chars
    if (format == Format.TEXT && (size - 3) / 3 > limits.maxTextChars()) {
      sink.diagnostic(IngestCode.TEXT_TOO_LONG.at(item, "file of " + size + " bytes holds more than "
          + limits.maxTextChars() + " chars of text; not read"));
      return;
    }
    byte[] bytes;
    try (InputStream in = opener.open()) {
      bytes = in.readNBytes((int) Math.min(size < 0 ? limits.maxFileBytes() : size, limits.maxFileBytes()) + 1);
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, describe(e)));
      return;
    }
    if (bytes.length > limits.maxFileBytes()) {
      sink.diagnostic(IngestCode.TOO_LARGE.at(item, "file grew beyond the limit of " + limits.maxFileBytes() + " bytes while read"));
      return;
    }
    if (bytes.length == 0) {
      sink.diagnostic(IngestCode.EMPTY.at(item, "empty file"));
      return;
    }
    String binary = BinarySniffer.whyBinary(bytes);
    if (binary != null) {
      sink.diagnostic(IngestCode.BINARY.at(item, "binary content, not text: " + binary));
      return;
    }
    Charset declared = format == Format.HTML ? TextDecoder.sniffHtmlCharset(bytes) : null;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared);
    List<Diagnostic> warnings = new ArrayList<>();
    if (decoded.warning() != null) {
      warnings.add(IngestCode.ENCODING_FALLBACK.at(item, decoded.warning()));
    }
    String raw = decoded.text();
    if (raw.isBlank()) {
      warnings.forEach(sink::diagnostic);
      sink.diagnostic(IngestCode.EMPTY.at(item, "file holds only whitespace"));
      return;
    }
    IngestResult result = format == Format.HTML
        ? ingestor.html(item, item, null, raw, null, null, null)
        : textFile(item, raw);
    result.withEarlierDiagnostics(warnings).sendTo(sink);
  }

  /** A .txt file: the first non-empty line is the title, the rest is the body. */
  private IngestResult textFile(String item, String raw) {
    int i = 0;
    int n = raw.length();
    while (i < n && TextCleaner.isBlankChar(raw.charAt(i))) {
      i++;
    }
    int lineEnd = i;
    while (lineEnd < n && raw.charAt(lineEnd) != '\n' && raw.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    String title = raw.substring(i, lineEnd).strip();
    return ingestor.text(item, item, null, raw, lineEnd, n, title, null, null);
  }

  static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Input formats by extension. */
  enum Format {
    TEXT,
    HTML,
    JSONL,
    WARC;

    static Format of(String lowerName) {
      if (lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz")) {
        return WARC;
      }
      if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
        return JSONL;
      }
      if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
        return HTML;
      }
      if (lowerName.endsWith(".txt")) {
        return TEXT;
      }
      return null;
    }
  }
}
