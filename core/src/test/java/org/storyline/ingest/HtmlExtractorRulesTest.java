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

  // ---- issue 3, extraction pass 2: rules found on the development half of trafilatura-eval

  @Test
  void theLeadInTheStoryHeaderIsAddedBeforeTheBody() {
    String lead = "Envoys met for five hours in Moscow; both sides spoke of progress, but no ceasefire was agreed.";
    String html = page("<header class='story-header'><h1>Envoy in Moscow</h1><p class='story__standfirst'>" + lead
        + "</p></header><div class='story-body'><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p></div>");
    HtmlExtraction x = EXTRACTOR.extract("p.html", html);
    assertThat(x.text()).startsWith(lead).contains(A, B, C);
    assertThat(x.text().indexOf(lead)).isLessThan(x.text().indexOf(A));
    OffsetAssertions.assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void aTeaserLeadOfAnotherArticleFarFromTheContentIsNotALead() {
    StringBuilder teasers = new StringBuilder("<div class='teaser-list'>");
    for (int i = 0; i < 6; i++) {
      teasers.append("<div class='teaser'><h3>Other story ").append(i).append("</h3><p class='teaser-text'>Markets fell on ")
          .append("Friday after the central bank raised rates again, traders in London and Frankfurt said.</p></div>");
    }
    String html = page(teasers + "</div><div class='story'><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p></div>");
    assertThat(EXTRACTOR.extract("p.html", html).text()).contains(A, B, C).doesNotContain("Markets fell");
  }

  @Test
  void theLastFurnitureOrContentWordOfAClassNameDecides() {
    String html = page("<article><div class='entry-content'><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p>"
        + "<div class='entry-tags'>Filed under: Diplomacy, Russia</div></div></article>");
    assertThat(EXTRACTOR.extract("p.html", html).text()).contains(A, B, C).doesNotContain("Filed under");
  }

  @Test
  void aShareBarInsideAWeaklyNamedBlockDoesNotMakeItsProseLookLikeLinks() {
    String share = "<div class='share-buttons'><a href='#'>Click to share on Facebook (opens in new window)</a> "
        + "<a href='#'>Click to share on Twitter (opens in new window)</a> <a href='#'>Click to share by e-mail</a></div>";
    String html = page("<div class='article-header'>" + share + "<p>" + A + "</p><p>" + B + "</p></div>");
    assertThat(EXTRACTOR.extract("p.html", html).text()).contains(A, B).doesNotContain("Click to share");
  }

  @Test
  void aPageHeaderLeftOpenAroundTheMainElementDoesNotHideTheArticle() {
    // an unclosed <header role=banner> makes the parser nest the whole page inside it
    String html = "<html><body><header role='banner' class='header'><div class='logo'><a href='/'>Example</a></div>"
        + "<div id='page'><main><article><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p></article></main></div>"
        + "</body></html>";
    HtmlExtraction x = EXTRACTOR.extract("p.html", html);
    assertThat(x.text()).contains(A, B, C);
    OffsetAssertions.assertMapsInto(x.text(), x.toHtml(), html);
  }

  @Test
  void blocksBesideAnAncestorOfTheContentJoinIt() {
    // a page builder puts each group of paragraphs in its own section, one level apart
    String d = C.replace("Analysts", "Diplomats");
    String e = A.replace("The envoy", "A second envoy");
    String f = B.replace("Both sides", "Both delegations");
    String html = page("<div class='builder'><section class='row'><div class='text'><p>" + A + "</p><p>" + B + "</p><p>"
        + C + "</p></div></section><section class='row'><p>" + d + "</p><p>" + e + "</p><p>" + f + "</p></section>"
        + "<section class='row'><ul class='links'><li><a href='/1'>Archive of older reports about the talks</a></li>"
        + "<li><a href='/2'>All reports about the envoy and his visits</a></li></ul></section></div>");
    String text = EXTRACTOR.extract("p.html", html).text();
    assertThat(text).contains(A, B, C, d, e, f).doesNotContain("Archive of older");
  }
}
