package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.OffsetAssertions.assertMapsInto;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.DateBasis;
import org.storyline.model.Span;

class HtmlExtractorTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  static final String P1 = "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks in three years, "
      + "officials said, but the meeting ended without a ceasefire.";
  static final String P2 = "The Kremlin said a memorandum on a settlement was being drafted, while Kyiv repeated its call for an "
      + "unconditional thirty-day ceasefire, diplomats said.";
  static final String P3 = "European leaders, meeting in Tirana, said new sanctions would follow if Moscow refused, and Washington "
      + "said it was ready to help.";

  static String newsPage(String head, String articleExtra) {
    return "<!DOCTYPE html>\n<html><head>" + head + "<style>p { color: red } .x::after { content: 'STYLE TEXT' }</style>"
        + "<script>var tracking = 'SCRIPT TEXT';</script></head>\n<body>\n"
        + "<header><a href='/'>Home</a> <a href='/world'>World</a> <a href='/politics'>Politics</a></header>\n"
        + "<nav class='menu'><ul><li><a href='/a'>Sections</a></li><li><a href='/b'>Opinion</a></li></ul></nav>\n"
        + "<div class='layout'><main><article>\n<h1>Talks in Istanbul end without ceasefire</h1>\n"
        + articleExtra
        + "<p>" + P1 + "</p>\n"
        + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>\n"
        + "<p onclick=\"alert('HANDLER')\">" + P2 + "</p>\n"
        + "<figure><img src='x.jpg'><figcaption>Delegations arrive (CAPTION TEXT)</figcaption></figure>\n"
        + "<p>" + P3 + "</p>\n"
        + "<form action='/subscribe'><label>Sign up for NEWSLETTER TEXT</label><input name='email'></form>\n"
        + "</article>\n"
        + "<section class='related-articles'><h3>Related</h3><ul><li><a href='/1'>RELATED ONE headline about sanctions</a></li>"
        + "<li><a href='/2'>RELATED TWO headline about envoys</a></li></ul></section>\n"
        + "<div id='comments' class='comments'><p>COMMENT TEXT: I think the talks were a waste of time, honestly, and so on.</p></div>\n"
        + "</main><aside class='sidebar'><p>SIDEBAR TEXT: Most read stories of the day, in order, with numbers.</p></aside></div>\n"
        + "<footer><p>FOOTER TEXT © 2025 Example News. All rights reserved, everywhere, always.</p></footer>\n"
        + "</body></html>";
  }

  @Test
  void extractsTheArticleParagraphsAndDropsFurniture() {
    String html = newsPage("<title>Talks end | Example News</title>", "");
    HtmlExtraction x = EXTRACTOR.extract("page.html", html);

    assertThat(x.text()).contains(P1, P2, P3);
    assertThat(x.text()).contains(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(x.text()).doesNotContain("SCRIPT TEXT", "STYLE TEXT", "HANDLER", "alert", "CAPTION TEXT", "NEWSLETTER TEXT",
        "RELATED ONE", "COMMENT TEXT", "SIDEBAR TEXT", "FOOTER TEXT", "Share on Facebook", "Sections", "Home");
    assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void copiedParagraphsMapExactlyIntoTheHtml() {
    String html = newsPage("", "");
    HtmlExtraction x = EXTRACTOR.extract("page.html", html);
    int at = x.text().indexOf(P2);
    Span source = x.toHtml().toSource(new Span(at, at + P2.length()));
    assertThat(source.coveredText(html)).isEqualTo(P2);
    assertThat(source.start()).isEqualTo(html.indexOf(P2));
  }

  @Test
  void entitiesMapToTheirAmpersandAndCrLfMapsToTheLineFeed() {
    String html = "<html><body><article><p>Ceasefire &amp; sanctions: Zelensky&#8217;s plan &eacute;t&eacute; "
        + "reviewed\r\nby envoys &mdash; officials, diplomats and advisers said on Friday in Kyiv.</p></article></body></html>";
    HtmlExtraction x = EXTRACTOR.extract("e.html", html);
    assertThat(x.text()).isEqualTo(
        "Ceasefire & sanctions: Zelensky’s plan été reviewed by envoys — officials, diplomats and advisers said on Friday in Kyiv.");
    int amp = x.text().indexOf('&');
    assertThat(x.toHtml().toSource(amp)).isEqualTo(html.indexOf("&amp;"));
    int apostrophe = x.text().indexOf('’');
    assertThat(x.toHtml().toSource(apostrophe)).isEqualTo(html.indexOf("&#8217;"));
    int by = x.text().indexOf("by envoys");
    assertThat(x.toHtml().toSource(by)).isEqualTo(html.indexOf("by envoys"));
    assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void readsTitleBylineDateAndCanonicalUrlFromMetadata() {
    String head = "<title>Talks end without ceasefire | Example News</title>"
        + "<meta property='og:site_name' content='Example News'>"
        + "<meta name='author' content='Jane Roe'>"
        + "<meta property='article:published_time' content='2025-05-16T23:40:00-04:00'>"
        + "<link rel='canonical' href='https://news.example.org/talks'>";
    HtmlExtraction x = EXTRACTOR.extract("page.html", withoutHeadline(newsPage(head, "")));
    assertThat(x.title()).isEqualTo("Talks end without ceasefire");
    assertThat(x.byline()).isEqualTo("Jane Roe");
    assertThat(x.canonicalUrl()).isEqualTo("https://news.example.org/talks");
    assertThat(x.published().basis()).isEqualTo(DateBasis.METADATA);
    assertThat(x.published().date()).as("local date as published, not UTC").isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(x.published().evidence().get(0).reason()).contains("article:published_time");
  }

  /** {@return the page without its h1 headline} */
  static String withoutHeadline(String html) {
    return html.replace("<h1>Talks in Istanbul end without ceasefire</h1>\n", "");
  }

  @Test
  void prefersTheVisibleHeadlineAndFallsBackToOgTitle() {
    String head = "<meta property='og:title' content='OG headline'><title>Other</title>";
    HtmlExtraction h1 = EXTRACTOR.extract("p", newsPage(head, ""));
    assertThat(h1.title()).as("the h1 readers see").isEqualTo("Talks in Istanbul end without ceasefire");
    HtmlExtraction og = EXTRACTOR.extract("p", withoutHeadline(newsPage(head, "")));
    assertThat(og.title()).isEqualTo("OG headline");
    assertThat(HtmlExtractor.cleanTitle("Trump-Putin Meeting: A Reset – Or a Gamble? | Site Name", null))
        .isEqualTo("Trump-Putin Meeting: A Reset – Or a Gamble?");
    assertThat(HtmlExtractor.cleanTitle("Example News - Talks end", "Example News")).isEqualTo("Talks end");
  }

  @Test
  void readsJsonLdAuthorAndDateAndSkipsBrokenJsonLd() {
    String head = "<script type='application/ld+json'>{ broken json </script>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"X\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\",\"datePublished\":\"2025-02-13T08:00:00+01:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann One\"},{\"@type\":\"Person\",\"name\":\"Bo Two\"}]}]}</script>";
    HtmlExtraction x = EXTRACTOR.extract("p", withoutHeadline(newsPage(head, "")));
    assertThat(x.byline()).isEqualTo("Ann One, Bo Two");
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2025, 2, 13));
    assertThat(x.title()).isEqualTo("LD headline");
  }

  @Test
  void readsTimeElementInTheArticleAndWarnsAboutUnreadableDates() {
    String head = "<meta name='date' content='sometime last week'>";
    String byline = "<p class='byline'>By <a rel='author' href='/jr'>Jane Roe</a></p><time datetime='2025-02-13'>Thursday</time>\n";
    HtmlExtraction x = EXTRACTOR.extract("p.html", newsPage(head, byline));
    assertThat(x.published().date()).isEqualTo(LocalDate.of(2025, 2, 13));
    assertThat(x.published().evidence().get(0).reason()).contains("<time datetime>");
    assertThat(x.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("W102");
      assertThat(d.item()).isEqualTo("p.html");
      assertThat(d.message()).contains("sometime last week");
    });
    assertThat(x.byline()).isEqualTo("Jane Roe");
  }

  @Test
  void noMetadataMeansUnknownDateAndEmptyTitle() {
    HtmlExtraction x = EXTRACTOR.extract("p", "<p>" + P1 + "</p>");
    assertThat(x.published().isKnown()).isFalse();
    assertThat(x.title()).isEmpty();
    assertThat(x.text()).isEqualTo(P1);
  }

  @Test
  void tenThousandNestedDivsTerminateFast() {
    StringBuilder b = new StringBuilder("<html><body>");
    for (int i = 0; i < 10_000; i++) {
      b.append("<div class='c").append(i % 7).append("'>");
    }
    b.append(P1).append("<p>").append(P2).append("</p>");
    for (int i = 0; i < 10_000; i++) {
      b.append("</div>");
    }
    String html = b.append("</body></html>").toString();
    long start = System.nanoTime();
    HtmlExtraction x = EXTRACTOR.extract("deep.html", html);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(x.text()).contains(P1).contains(P2);
    assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void truncatedHtmlKeepsWhatWasThere() {
    String html = "<html><head><title>Talks cut short | Site</title></head><body><article><p>" + P1 + "</p><p>" + P2.substring(0, 60);
    HtmlExtraction x = EXTRACTOR.extract("cut.html", html);
    assertThat(x.text()).isEqualTo(P1 + "\n\n" + P2.substring(0, 60));
    assertThat(x.title()).isEqualTo("Talks cut short");
    assertMapsInto(x.text(), x.toHtml(), html);
    for (String cut : new String[] {"<", "<p", "<p class='", "&am", "<!--", "<script>", "<a href=\"", "<![CDATA["}) {
      HtmlExtraction y = EXTRACTOR.extract("cut.html", "<p>" + P1 + "</p>" + cut);
      assertThat(y.text()).startsWith(P1);
      assertMapsInto(y.text(), y.toHtml(), "<p>" + P1 + "</p>" + cut);
    }
  }

  @Test
  void hiddenElementsAreDropped() {
    String html = "<article><p>" + P1 + "</p><p style='display: none'>HIDDEN ONE text for robots only.</p>"
        + "<div hidden><p>HIDDEN TWO paragraph that nobody sees here.</p></div>"
        + "<div aria-hidden='true'>HIDDEN THREE</div><p>" + P2 + "</p></article>";
    HtmlExtraction x = EXTRACTOR.extract("h", html);
    assertThat(x.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void keepsZeroWidthAndRightToLeftText() {
    String rtl = "\u200Fالمفاوضات\u200F بين \u202Bהצדדים\u202C\u200B استمرت في الرياض، وقال المسؤولون إنها كانت بناءة.";
    String html = "<html dir='rtl'><body><article><p>" + rtl + "</p><p>" + P1 + "</p></article></body></html>";
    HtmlExtraction x = EXTRACTOR.extract("rtl.html", html);
    assertThat(x.text()).contains(rtl);
    assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void aWrapperNamedLikeAnAdThatHoldsTheArticleIsKept() {
    String html = "<body><div id='Ads_TakeOver'><div class='wrap'><article><p>" + P1 + "</p><p>" + P2 + "</p></article></div>"
        + "<div class='ad-slot'>Advertisement</div></div></body>";
    HtmlExtraction x = EXTRACTOR.extract("ads.html", html);
    assertThat(x.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void lineBreaksAndPreformattedTextKeepTheirLines() {
    String html = "<article><p>" + P1 + "<br>Second line of the paragraph.</p><pre>line one\nline two</pre></article>";
    HtmlExtraction x = EXTRACTOR.extract("br.html", html);
    assertThat(x.text()).isEqualTo(P1 + "\nSecond line of the paragraph.\n\nline one\nline two");
  }
}
