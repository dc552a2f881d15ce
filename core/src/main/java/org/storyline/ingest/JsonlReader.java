package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Diagnostic;

/**
 * Reads a JSONL file line by line (never the whole file unless it is UTF-16), one article per
 * line; a bad line becomes a diagnostic naming {@code path:line} and the other lines are read.
 * One per file; not thread-safe.
 */
final class JsonlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNK = 64 * 1024;

  private final Ingestor ingestor;
  private final IngestLimits limits;
  private final IngestSink sink;

  JsonlReader(Ingestor ingestor, IngestLimits limits, IngestSink sink) {
    this.ingestor = ingestor;
    this.limits = limits;
    this.sink = sink;
  }

  void read(Path path, String item) {
    try (InputStream in = Files.newInputStream(path)) {
      read(in, item, Files.size(path));
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, FileWalker.describe(e)));
    }
  }

  /**
   * Reads JSON lines from a stream; {@code item} names it (a path or URL; JSONL sources are
   * {@code item#id}); {@code size} is its length in bytes, or -1 when unknown.
   */
  void read(InputStream in, String item, long size) {
    try {
      byte[] head = in.readNBytes(BinarySniffer.SAMPLE);
      String binary = BinarySniffer.whyBinary(head);
      if (binary != null) {
        sink.diagnostic(IngestCode.BINARY.at(item, "binary content, not JSON lines: " + binary));
        return;
      }
      if (TextDecoder.hasUtf16Bom(head)) {
        readUtf16(item, size, head, in);
        return;
      }
      int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
      splitLines(item, head, skip, in);
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, FileWalker.describe(e)));
    }
  }

  /** Splits the byte stream on '\n', bounding each line by the record limit. */
  private void splitLines(String item, byte[] head, int skip, InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean overflow = false;
    int lineNo = 1;
    byte[] buf = head;
    int from = skip;
    int len = head.length;
    while (true) {
      for (int i = from; i < len; i++) {
        if (buf[i] == '\n') {
          if (!overflow && line.size() + (i - from) > limits.maxRecordBytes()) {
            overflow = true;
          }
          if (!overflow) {
            line.write(buf, from, i - from);
          }
          handle(item, lineNo, overflow ? null : line.toByteArray());
          line.reset();
          overflow = false;
          lineNo++;
          from = i + 1;
        }
      }
      if (!overflow) {
        line.write(buf, from, len - from);
        if (line.size() > limits.maxRecordBytes()) {
          overflow = true;
          line.reset();
        }
      }
      buf = new byte[CHUNK];
      len = in.read(buf);
      from = 0;
      if (len < 0) {
        break;
      }
    }
    if (overflow || line.size() > 0) {
      handle(item, lineNo, overflow ? null : line.toByteArray());
    }
  }

  private void readUtf16(String item, long size, byte[] head, InputStream in) throws IOException {
    if (size > limits.maxFileBytes()) {
      sink.diagnostic(IngestCode.TOO_LARGE.at(item, "UTF-16 JSONL file of " + size + " bytes exceeds the limit of "
          + limits.maxFileBytes() + "; not read"));
      return;
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(head);
    // a stream of unknown size is bounded while read
    byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() - head.length + 1));
    if (head.length + (long) rest.length > limits.maxFileBytes()) {
      sink.diagnostic(IngestCode.TOO_LARGE.at(item, "UTF-16 JSONL file exceeds the limit of "
          + limits.maxFileBytes() + " bytes; not read"));
      return;
    }
    all.write(rest);
    TextDecoder.Decoded decoded = TextDecoder.decode(all.toByteArray(), null);
    if (decoded.warning() != null) {
      sink.diagnostic(IngestCode.ENCODING_FALLBACK.at(item, decoded.warning()));
    }
    String[] lines = decoded.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      handleText(item, i + 1, lines[i], List.of());
    }
  }

  private void handle(String item, int lineNo, byte[] bytes) {
    String lineItem = item + ":" + lineNo;
    if (bytes == null) {
      sink.diagnostic(IngestCode.TOO_LARGE.at(lineItem, "line longer than " + limits.maxRecordBytes() + " bytes; skipped"));
      return;
    }
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == '\r') {
      len--;
    }
    byte[] exact = len == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, len);
    TextDecoder.Decoded decoded = TextDecoder.decode(exact, StandardCharsets.UTF_8);
    List<Diagnostic> warnings = decoded.warning() == null
        ? List.of()
        : List.of(IngestCode.ENCODING_FALLBACK.at(lineItem, decoded.warning()));
    handleText(item, lineNo, decoded.text(), warnings);
  }

  private void handleText(String item, int lineNo, String line, List<Diagnostic> warnings) {
    if (line.isBlank()) {
      return;
    }
    String lineItem = item + ":" + lineNo;
    List<Diagnostic> diagnostics = new ArrayList<>(warnings);
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      diagnostics.add(IngestCode.MALFORMED_JSONL.at(lineItem, "malformed JSON: " + e.getOriginalMessage()));
      diagnostics.forEach(sink::diagnostic);
      return;
    }
    if (node == null || !node.isObject()) {
      diagnostics.add(IngestCode.MALFORMED_JSONL.at(lineItem, "not a JSON object"));
      diagnostics.forEach(sink::diagnostic);
      return;
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if (text == null && html == null) {
      diagnostics.add(IngestCode.MALFORMED_JSONL.at(lineItem, "no string field 'text' or 'html'"));
      diagnostics.forEach(sink::diagnostic);
      return;
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
        ? idNode.asText().strip()
        : null;
    String source = item + "#" + (id != null ? id : "line-" + lineNo);
    String url = string(node, "url");
    String title = string(node, "title");
    JsonNode publishedNode = node.get("published");
    String published = publishedNode != null && !publishedNode.isNull() ? publishedNode.asText() : null;
    IngestResult result = text != null
        ? ingestor.text(lineItem, source, url, text, 0, text.length(), title, published, "published")
        : ingestor.html(lineItem, source, url, html, title, published, null);
    result.withEarlierDiagnostics(diagnostics).sendTo(sink);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }
}
