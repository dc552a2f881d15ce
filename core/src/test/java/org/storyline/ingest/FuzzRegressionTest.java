package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Inputs the fuzz targets ({@code *Fuzz}, {@code mvn -Pfuzz verify}) found breaking a guarantee. */
class FuzzRegressionTest {
  @Test
  @Tag("issue-6")
  void issue6_entityLikeTextInsideCdataKeepsEveryOffsetOnItsChar() {
    // HTML parsers keep CDATA text raw: "&amp;" there is five chars, not an entity
    String html = "<html><body><![CDATA[Talks &amp; more talks in Geneva on Monday, &#0; officials said</body></html>";
    HtmlExtraction extraction = new HtmlExtractor().extract("cdata", html);
    assertThat(extraction.text()).contains("&amp; more talks");
    OffsetAssertions.assertMapsInto(extraction.text(), extraction.toHtml(), html);
    IngestResult result = new Ingestor().fromHtmlBytes("cdata.html", null, html.getBytes(StandardCharsets.UTF_8));
    assertThat(result.isAccepted()).isTrue();
    OffsetAssertions.assertMapsInto(result.article(), html);
  }

  @Test
  @Tag("issue-6")
  void issue6_entityLikeTextInsideRawTextElementsKeepsEveryOffsetOnItsChar() {
    for (String tag : new String[] {"plaintext", "xmp"}) {
      String html = "<html><body><p>Envoys met in Geneva on Monday.</p><" + tag + ">Ceasefire &amp; talks &lt;b&gt; resume"
          + " on Tuesday, officials said.";
      HtmlExtraction extraction = new HtmlExtractor().extract(tag, html);
      OffsetAssertions.assertMapsInto(extraction.text(), extraction.toHtml(), html);
    }
  }

  @Test
  @Tag("issue-6")
  void issue6_aNulInRawTextMapsToTheNulItBecame() {
    // e.g. an "html" field of a JSONL line with a \u0000 escape: the parser turns it into U+FFFD
    String html = "<html><body><p>Talks resumed.</p><iframe>a\u0000b &amp; c</iframe><p>Envoys met on Monday.</p>";
    HtmlExtraction extraction = new HtmlExtractor().extract("nul", html);
    OffsetAssertions.assertMapsInto(extraction.text(), extraction.toHtml(), html);
    assertThat(extraction.text()).contains("Envoys met on Monday.");
  }
}
