package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.DateBasis;

/** Title, publication date and byline read from the visible page when metadata lacks them or names the site. */
class HtmlExtractorMetadataTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final String BODY = "<p>" + HtmlExtractorRulesTest.A + "</p><p>" + HtmlExtractorRulesTest.B + "</p><p>"
      + HtmlExtractorRulesTest.C + "</p>";

  private static String page(String head, String beforeHeadline, String headline, String afterHeadline) {
    return "<html><head>" + head + "</head><body><header class='site'><div class='logo'><h1><a href='/'>Example News</a>"
        + "</h1></div><span class='today'>Saturday, 22 November 2025</span></header><main><article>" + beforeHeadline
        + headline + afterHeadline + "<div class='story'>" + BODY + "</div></article>"
        + "<section class='comments'><div class='comment'><span class='date'>12.12.2025</span><p>Great piece, thanks!</p>"
        + "</div></section></main><footer><p>Imprint</p></footer></body></html>";
  }

  @Test
  void theVisibleHeadlineWithoutItsKickerIsTheTitle() {
    String html = page("<meta property='og:title' content='Envoy in Moscow: talks last five hours | Example News'>", "",
        "<h1><span class='kicker'>Diplomacy</span><span class='headline'>Envoy and president talk for five hours</span></h1>",
        "");
    assertThat(EXTRACTOR.extract("p.html", html).title()).isEqualTo("Envoy and president talk for five hours");
  }

  @Test
  void aSiteLogoInTheHeaderIsNotTheHeadline() {
    String html = page("<title>Envoy in Moscow - Example News</title>", "", "", "");
    assertThat(EXTRACTOR.extract("p.html", html).title()).isEqualTo("Envoy in Moscow - Example News");
  }

  @Test
  void aDateElementNextToTheHeadlineGivesThePublicationDate() {
    String html = page("", "", "<h1>Envoy talks for five hours</h1>",
        "<div class='article-meta'><span class='post-date'>Veröffentlicht am 3. März 2025</span></div>");
    var published = EXTRACTOR.extract("p.html", html).published();
    assertThat(published.date()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(published.basis()).isEqualTo(DateBasis.METADATA);
    assertThat(published.evidence().get(0).reason()).contains("date element");
  }

  @Test
  void aShortDateLineNearTheHeadlineCountsButTheDateOfTodayInThePageHeaderDoesNot() {
    String html = page("", "", "<h1>Envoy talks for five hours</h1>", "<p>Pressemitteilung vom 20.01.2025</p>");
    assertThat(EXTRACTOR.extract("p.html", html).published().date()).isEqualTo(LocalDate.of(2025, 1, 20));
    String noDate = page("", "", "<h1>Envoy talks for five hours</h1>", "");
    assertThat(EXTRACTOR.extract("p.html", noDate).published().isKnown())
        .as("neither the header's 'today' line (too far) nor a comment date").isFalse();
  }

  @Test
  void metadataDatesInOtherLanguagesAreRead() {
    String html = page("<meta name='date' content='20.01.2025'>", "", "<h1>Envoy talks for five hours</h1>", "");
    assertThat(EXTRACTOR.extract("p.html", html).published().date()).isEqualTo(LocalDate.of(2025, 1, 20));
  }

  @Test
  void aVisibleBylineReplacesAnAuthorTagThatNamesTheSite() {
    String html = page("<meta property='og:site_name' content='Example News'><meta name='author' content='Example News'>", "",
        "<h1>Envoy talks for five hours</h1>", "<p class='article-author'>Von Jane Roe</p>");
    assertThat(EXTRACTOR.extract("p.html", html).byline()).isEqualTo("Jane Roe");
  }

  @Test
  void aLabelledBylineLineNearTheHeadlineIsFound() {
    String html = page("", "", "<h1>Envoy talks for five hours</h1>", "<p>Text: Jane Roe</p>");
    assertThat(EXTRACTOR.extract("p.html", html).byline()).isEqualTo("Jane Roe");
  }
}
