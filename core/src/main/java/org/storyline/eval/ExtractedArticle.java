package org.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.storyline.model.Article;

/**
 * What {@code storyline extract} outputs for one page.
 *
 * @param id the file name without {@code .gz} and {@code .html}/{@code .htm} (batch mode), or null
 * @param title the title, "" when none
 * @param author the byline, or null
 * @param published the exact publication date from the page, or null (unknown or only a window)
 * @param text the cleaned main text, paragraphs separated by a blank line
 */
public record ExtractedArticle(String id, String title, String author, LocalDate published, String text) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public ExtractedArticle {
    if (title == null || text == null) {
      throw new IllegalArgumentException("title and text are required");
    }
  }

  /** {@return the fields of an ingested article} */
  public static ExtractedArticle of(String id, Article a) {
    LocalDate date = a.published().isKnown() ? a.published().date() : null;
    return new ExtractedArticle(id, a.title() == null ? "" : a.title(), a.byline(), date, a.text());
  }

  /** {@return the JSON object: id (when not null), title, author, published (ISO date or null), text} */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    o.put("title", title);
    o.put("author", author);
    o.put("published", published == null ? null : published.toString());
    o.put("text", text);
    return o;
  }

  /** {@return the object on one line} */
  public String toJsonLine() {
    return toJson().toString();
  }

  /**
   * {@return the record read from one JSON object}
   *
   * @param source names the file and line in error messages
   * @throws FormatException when a field is missing or has the wrong type
   */
  public static ExtractedArticle fromJson(String source, int line, JsonNode o) throws FormatException {
    if (o == null || !o.isObject()) {
      throw new FormatException(source, line, "not a JSON object");
    }
    JsonNode title = o.get("title");
    JsonNode text = o.get("text");
    if (title == null || !title.isTextual() || text == null || !text.isTextual()) {
      throw new FormatException(source, line, "missing string field 'title' or 'text'");
    }
    JsonNode published = o.get("published");
    LocalDate date = null;
    if (published != null && !published.isNull()) {
      try {
        date = LocalDate.parse(published.asText());
      } catch (DateTimeParseException e) {
        throw new FormatException(source, line, "'published' is not an ISO date: " + published.asText());
      }
    }
    JsonNode id = o.get("id");
    JsonNode author = o.get("author");
    return new ExtractedArticle(id == null || id.isNull() ? null : id.asText(), title.asText(),
        author == null || author.isNull() ? null : author.asText(), date, text.asText());
  }
}
