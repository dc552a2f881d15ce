package org.storyline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.fusion.Corpus;
import org.storyline.fusion.Fixtures;
import org.storyline.fusion.StoryBuilder;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.Contradiction;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.OffsetMap;
import org.storyline.model.Provenance;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.model.Token;
import org.storyline.testkit.Docs;

class ExchangeJsonTest {
  private static List<AnnotatedArticle> corpus() {
    List<AnnotatedArticle> docs = new ArrayList<>(Corpus.docs());
    docs.addAll(Corpus.ambiguousTalks());
    return docs;
  }

  @Test
  void analysedArticlesRoundTripToEqualRecords() {
    for (AnnotatedArticle doc : corpus()) {
      String line = ExchangeJson.write(doc);

      assertThat(line).doesNotContain("\n");
      assertThat(ExchangeJson.article(line)).isEqualTo(doc);
    }
  }

  @Test
  void everyTimeValueVariantAndOptionalFieldSurvives() {
    AnnotatedArticle doc = Docs.article("x-all", "Talks in Istanbul three days hence, for two weeks; \"We agree,\" "
        + "Peskov said on Monday.", LocalDate.of(2025, 5, 12));
    Span hence = Docs.spanOf(doc, "three days hence");
    Span weeks = Docs.spanOf(doc, "two weeks");
    Span monday = Docs.spanOf(doc, "Monday");
    Span quote = Docs.spanOf(doc, "We agree,");
    Provenance p = new Provenance(doc.id(), hence, Docs.TEST_STAGE, 0.5);
    List<TimeExpression> times = List.of(
        new TimeExpression(hence, "three days hence", TimexType.DATE,
            new TimeValue.Relative("offset:+3:DAY", Granularity.DAY, "XXXX-XX-XX"), p),
        new TimeExpression(weeks, "two weeks", TimexType.DURATION, new TimeValue.Duration("P2W"), p),
        new TimeExpression(monday, "Monday", TimexType.DATE,
            new TimeValue.Resolved(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 13), Granularity.DAY, "2025-05-12"), p),
        new TimeExpression(monday, "Monday", TimexType.DATE, new TimeValue.Unresolvable("no anchor", ""), p));
    Article article = new Article(doc.id(), "feeds/x.html", "https://news.example/x", "Title", "Jane Roe",
        doc.text(), OffsetMap.identity(doc.text().length()),
        new PublicationDate(null, LocalDate.of(2025, 5, 1), null, DateBasis.INFERRED,
            List.of(new Evidence("latest past event", monday, "Monday"))), "abc123");
    AnnotatedArticle full = doc.withArticle(article).withTimes(times)
        .withTokens(List.of(new Token(0, new Span(0, 5), "Talks", "NNS", "talk")))
        .withQuotes(List.of(new Quote("x-all#q0", quote, "We agree,", QuoteKind.DIRECT,
            new ActorRef(Docs.spanOf(doc, "Peskov"), "Peskov", EntityId.of("person:dmitry-peskov"), null), null, p)))
        .withDiagnostic(Diagnostic.warning("W232", "time.resolver", "x-all", "left relative"));

    AnnotatedArticle back = ExchangeJson.article(ExchangeJson.write(full));

    assertThat(back).isEqualTo(full);
    assertThat(back.times()).extracting(t -> t.value().getClass().getSimpleName())
        .containsExactly("Relative", "Duration", "Resolved", "Unresolvable");
  }

  @Test
  void fusedStoryDuplicateLinksAndDiagnosticsRoundTrip() {
    Story story = new StoryBuilder().build(corpus(), Corpus.duplicates(), Fixtures.entities());
    assertThat(story.events()).isNotEmpty();
    assertThat(story.contradictions()).isNotEmpty();

    for (Entity e : story.entities()) {
      assertThat(ExchangeJson.entity(ExchangeJson.write(e))).isEqualTo(e);
    }
    for (Event e : story.events()) {
      assertThat(ExchangeJson.event(ExchangeJson.write(e))).isEqualTo(e);
    }
    for (Contradiction c : story.contradictions()) {
      assertThat(ExchangeJson.contradiction(ExchangeJson.write(c))).isEqualTo(c);
    }
    for (DuplicateLink link : Corpus.duplicates()) {
      assertThat(ExchangeJson.duplicate(ExchangeJson.write(link))).isEqualTo(link);
    }
    Diagnostic d = Diagnostic.error("E107", "ingest", "a.warc.gz", "truncated");
    assertThat(ExchangeJson.diagnostic(ExchangeJson.write(d))).isEqualTo(d);
  }

  @Test
  void idsAndDatesAreWrittenAsPlainStrings() {
    String line = ExchangeJson.write(new DuplicateLink(org.storyline.model.ArticleId.of("a1"),
        org.storyline.model.ArticleId.of("a0"), DuplicateLink.Kind.NEAR, 0.93));

    assertThat(line).isEqualTo("{\"article\":\"a1\",\"original\":\"a0\",\"kind\":\"NEAR\",\"similarity\":0.93}");
  }

  @Test
  void badLinesAreReportedNotSilentlyAccepted() {
    assertThatThrownBy(() -> ExchangeJson.article("{\"article\": 3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AnnotatedArticle");
    assertThatThrownBy(() -> ExchangeJson.duplicate("{\"article\":\"a 1\",\"original\":\"a0\",\"kind\":\"NEAR\",\"similarity\":1}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a 1");
    assertThatThrownBy(() -> ExchangeJson.diagnostic("null")).isInstanceOf(IllegalArgumentException.class);
  }
}
