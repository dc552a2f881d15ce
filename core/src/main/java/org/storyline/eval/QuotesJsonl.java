package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Span;

/**
 * Reads the JSON lines written by {@link QuoteBatch} back into {@link QuoteScorer.Predicted}
 * quotes, converting code point offsets to UTF-16 spans of the document's text.
 */
public final class QuotesJsonl {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuotesJsonl() {}

  /** One parsed line: the document name and its quotes (offsets still code points). */
  public record Line(String doc, List<RawQuote> quotes) {
    public Line {
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * A quote as written: code point offsets; speaker offsets null when absent.
   *
   * @param start content start
   * @param end content end
   * @param speakerStart speaker start, or null
   * @param speakerEnd speaker end, or null
   * @param speakerText speaker text, or null when the quote has no speaker
   */
  public record RawQuote(int start, int end, Integer speakerStart, Integer speakerEnd, String speakerText) {
    /** {@return this quote with UTF-16 spans into {@code text}} */
    public QuoteScorer.Predicted toPredicted(CharOffsets offsets) {
      Span speaker = speakerStart == null || speakerEnd == null ? null
          : new Span(offsets.toUtf16(speakerStart), offsets.toUtf16(speakerEnd));
      return new QuoteScorer.Predicted(new Span(offsets.toUtf16(start), offsets.toUtf16(end)), speaker, speakerText);
    }
  }

  /**
   * {@return the lines of a file by document name, in file order}
   *
   * @throws FormatException naming the file and line of the first malformed line
   */
  public static Map<String, Line> parse(String source, String content) throws FormatException {
    Map<String, Line> out = new LinkedHashMap<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Line line = parseLine(source, i + 1, lines[i]);
      if (out.put(line.doc(), line) != null) {
        throw new FormatException(source, i + 1, "document '" + line.doc() + "' appears twice");
      }
    }
    return out;
  }

  private static Line parseLine(String source, int lineNo, String line) throws FormatException {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new FormatException(source, lineNo, "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.path("doc").isTextual() || !root.path("quotes").isArray()) {
      throw new FormatException(source, lineNo, "expected {\"doc\": name, \"quotes\": [...]}");
    }
    List<RawQuote> quotes = new ArrayList<>();
    for (JsonNode q : root.get("quotes")) {
      if (!q.path("start").isInt() || !q.path("end").isInt() || q.get("start").asInt() < 0
          || q.get("end").asInt() < q.get("start").asInt()) {
        throw new FormatException(source, lineNo, "a quote needs integer start <= end");
      }
      JsonNode s = q.path("speaker");
      Integer ss = s.path("start").isInt() ? s.get("start").asInt() : null;
      Integer se = s.path("end").isInt() ? s.get("end").asInt() : null;
      String st = s.path("text").isTextual() ? s.get("text").asText() : null;
      if (ss != null && se != null && (ss < 0 || se < ss)) {
        throw new FormatException(source, lineNo, "speaker needs integer start <= end");
      }
      quotes.add(new RawQuote(q.get("start").asInt(), q.get("end").asInt(), ss, se, st));
    }
    return new Line(root.get("doc").asText(), quotes);
  }
}
