package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the gold standard of trafilatura's evaluation set ({@code evaldata.json}): an object
 * keyed by page URL whose values hold {@code file} (the page's file name), {@code with} and
 * {@code without} snippet lists and, for most pages, {@code title}, {@code author} (a string or a
 * list) and {@code date} (YYYY-MM-DD) — "" when the annotators found none.
 */
public final class TrafilaturaGold {
  private TrafilaturaGold() {}

  /**
   * One annotated page.
   *
   * @param url the page URL (the key)
   * @param file the HTML file name ({@code NAME.html})
   * @param with snippets that must be in the main text
   * @param without snippets that must not
   * @param title gold title, or null when the page has no metadata annotation
   * @param author gold author(s) joined by "; ", or null when not annotated
   * @param date gold publication date as written, or null when not annotated ("" = no date)
   */
  public record Page(String url, String file, List<String> with, List<String> without, String title, String author,
      String date) {
    public Page {
      with = List.copyOf(with);
      without = List.copyOf(without);
    }

    /** {@return the page id: the file name without its extensions, as {@link ArticleExtraction#idOf}} */
    public String id() {
      return ArticleExtraction.idOf(file);
    }
  }

  /**
   * {@return the pages in file order}
   *
   * @throws FormatException when the file is not such an object (names the page URL)
   */
  public static List<Page> read(Path evaldata) throws IOException, FormatException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(evaldata));
    } catch (JsonProcessingException e) {
      throw new FormatException(evaldata.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FormatException(evaldata.toString(), 0, "not a JSON object keyed by URL");
    }
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String where = "entry " + e.getKey();
      if (!v.path("file").isTextual() || v.path("file").asText().isBlank()) {
        throw new FormatException(evaldata.toString(), 0, where + ": missing 'file'");
      }
      pages.add(new Page(e.getKey(), v.get("file").asText(), strings(evaldata, where, v, "with"),
          strings(evaldata, where, v, "without"), text(v.get("title")), text(v.get("author")), text(v.get("date"))));
    }
    return pages;
  }

  private static List<String> strings(Path file, String where, JsonNode v, String key) throws FormatException {
    JsonNode list = v.get(key);
    if (list == null || !list.isArray()) {
      throw new FormatException(file.toString(), 0, where + ": '" + key + "' is not a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : list) {
      if (!s.isTextual()) {
        throw new FormatException(file.toString(), 0, where + ": '" + key + "' holds a non-string");
      }
      out.add(s.asText());
    }
    return out;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      n.forEach(x -> parts.add(x.asText()));
      return String.join("; ", parts);
    }
    return n.asText();
  }
}
