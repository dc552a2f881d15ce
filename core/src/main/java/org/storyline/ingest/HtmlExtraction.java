package org.storyline.ingest;

import java.util.List;
import org.storyline.model.Diagnostic;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;

/**
 * What {@link HtmlExtractor} finds in a page: the main text (paragraphs joined by "\n\n", line
 * breaks as "\n"), its map back to the raw HTML string, and metadata.
 *
 * @param text main text, before boilerplate cleaning
 * @param toHtml maps offsets of {@code text} to char offsets in the HTML string
 * @param title the title ("" when none)
 * @param byline the author(s), or null
 * @param canonicalUrl the page's canonical URL (link rel=canonical, og:url), or null
 * @param published a METADATA date from meta tags, JSON-LD or {@code <time>}, else unknown
 * @param diagnostics warnings (unparseable date values)
 */
public record HtmlExtraction(
    String text,
    OffsetMap toHtml,
    String title,
    String byline,
    String canonicalUrl,
    PublicationDate published,
    List<Diagnostic> diagnostics) {
  public HtmlExtraction {
    if (text == null || toHtml == null || toHtml.derivedLength() != text.length() || title == null || published == null) {
      throw new IllegalArgumentException("incomplete extraction");
    }
    diagnostics = List.copyOf(diagnostics);
  }
}
