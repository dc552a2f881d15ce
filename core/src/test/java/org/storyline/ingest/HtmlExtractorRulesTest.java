package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Content-selection rules found by the per-page errors on the trafilatura evaluation set, each on a hand-made page. */
class HtmlExtractorRulesTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  static final String A = "The envoy arrived in Moscow on Thursday for talks with the president, officials said, "
      + "and the meeting lasted almost five hours.";
  static final String B = "Both sides described the talks as useful, but no agreement on a ceasefire was announced, "
      + "and a further round was not scheduled.";
  static final String C = "Analysts said the visit showed that back-channel diplomacy was continuing despite the "
      + "public statements of both governments.";

  static String page(String inner) {
    return "<html><head><title>Envoy in Moscow</title></head><body>"
        + "<header class='site'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></header>"
        + "<main>" + inner + "</main>"
        + "<footer><p>Imprint. Privacy. Contact us at the address below, any time.</p></footer></body></html>";
  }

  @Test
  void anAccordionMarkedAsTablistKeepsItsPanels() {
    String html = page("<article><div role='tablist' class='accordion'>"
        + "<div role='tab'><a href='#p1'>Question one</a></div>"
        + "<div role='tabpanel' id='p1'><p>" + A + "</p><p>" + B + "</p></div></div>"
        + "<p>" + C + "</p></article>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C).doesNotContain("Home");
  }

  @Test
  void aHeaderInsideTheArticleThatHoldsProseIsKeptButThePageHeaderIsNot() {
    String html = page("<article><header class='intro'><h2>The visit</h2><p>" + A + "</p><p>" + B + "</p><p>" + C
        + "</p></header><p>" + C.replace("Analysts", "Diplomats") + "</p></article>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C, C.replace("Analysts", "Diplomats")).doesNotContain("Home", "Sport");
    String shortHeader = page("<article><header><p>By Jane Doe, 3 March</p></header><p>" + A + "</p><p>" + C
        + "</p></article>");
    assertThat(EXTRACTOR.extract("p.html", shortHeader).text()).contains(A, C).doesNotContain("Jane Doe");
  }

  @Test
  void theSingleArticleElementIsTakenWholeWhenTheBestBlockIsOnlyPartOfIt() {
    String html = page("<article><div class='lead'><p>" + A + "</p></div><div class='body'><div class='col'><p>" + B
        + "</p><p>" + C + "</p></div></div></article><div class='teasers'><p>Other news: markets fell sharply on"
        + " Friday, traders said, and oil rose.</p></div>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C).doesNotContain("Other news");
  }

  @Test
  void aHasAdsModifierDoesNotMakeTheArticleSectionFurniture() {
    String html = page("<section class='article-section section--has-ads'><div class='copy'><p>" + A + "</p><p>" + B
        + "</p><p>" + C + "</p></div></section><div class='ads'><p>Buy the new phone today, with a discount for"
        + " readers of this site only.</p></div>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C).doesNotContain("Buy the new phone");
  }

  @Test
  void aWeakFurnitureWordWithProseIsKeptButWithLinksIsDropped() {
    String html = page("<div class='story'><div class='tip-print-step'><p>" + A + "</p><p>" + B + "</p></div>"
        + "<p>" + C + "</p><div class='print-tools'><a href='/print'>Print this page</a> "
        + "<a href='/pdf'>Download as PDF document</a></div></div>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C).doesNotContain("Print this page");
  }

  @Test
  void anOverflowHiddenUtilityClassIsNotHiddenContent() {
    String html = page("<div class='kb-overflow-hidden'><div class='text'><p>" + A + "</p><p>" + B + "</p><p>" + C
        + "</p></div></div>");
    assertThat(EXTRACTOR.extract("p.html", html).text()).contains(A, B, C);
  }

  @Test
  void softHyphensAreDroppedSoHyphenatedWordsReadWhole() {
    String html = page("<article><p>Schon im Mit\u00adtel&shy;al&#173;ter war der Wein bekannt, und die Winzer"
        + " definierten das Kerngebiet des Anbaus.</p><p>" + A + "</p></article>");
    HtmlExtraction x = EXTRACTOR.extract("p.html", html);
    assertThat(x.text()).contains("Schon im Mittelalter war der Wein").doesNotContain("\u00ad");
    OffsetAssertions.assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void pageBuilderWidgetsHoldingProseAreContentButLinkWidgetsAreNot() {
    String html = page("<div class='elementor-widget-wrap'><div class='elementor-widget-container'><p>" + A + "</p><p>"
        + B + "</p><p>" + C + "</p></div></div><div class='widget widget-recent'><a href='/1'>Recent post number one"
        + " about the summit</a> <a href='/2'>Recent post number two about the envoys</a></div>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C).doesNotContain("Recent post");
  }
}
