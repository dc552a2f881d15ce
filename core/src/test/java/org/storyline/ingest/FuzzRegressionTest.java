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
}
