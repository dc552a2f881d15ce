package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.DateBasis;
import org.storyline.model.Evidence;
import org.storyline.model.PublicationDate;
import org.storyline.model.TimeExpression;
import org.storyline.pipeline.Layer;
import org.storyline.testkit.Docs;

class PublicationDaterTest {
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final PublicationDater DATER = new PublicationDater();
  private static final TimeResolver RESOLVER = new TimeResolver();

  /** Shaped like seed 002: a dated table of past developments, "on Monday" in a past clause. */
  private static final String TABLE_ARTICLE = """
      Trump Steps Back From Direct Negotiations
      Discussions during meetings with Zelenskyy and European leaders at the White House on Monday centered on security guarantees.
      The conflict escalated substantially in February 2022 with Russia's full-scale invasion.
      | Date | Event |
      |---|---|
      | August 18, 2025 | Trump meets with Zelenskyy and European leaders at the White House. |
      | August 19, 2025 | Trump rules out deploying US troops to Ukraine. |
      | August 20, 2025 | Trump speaks with Putin for approximately 40 minutes. |
      | August 21, 2025 | Putin agrees to appoint senior negotiators for direct talks with Ukraine. |
      Following the White House meetings, Trump engaged in a 40-minute phone conversation with Putin.
      """;

  /** Shaped like seed 004: a president-elect, a future inauguration, a past election win. */
  private static final String ELECT_ARTICLE = """
      Donald Trump, the US president-elect, confirmed that a meeting is being arranged with Putin.
      Trump has made clear his goal of negotiating an end to the war soon after assuming office on January 20, 2025.
      In a research paper published by the America First Policy Institute in April 2024, Kellogg suggested talks.
      Following Trump's election win in November 2024, Zelensky expressed optimism about a swift resolution.
      As Trump prepares to take office in January 2025, all eyes will be on his administration.
      The United States has supported Ukraine since Russia's annexation of Crimea in 2014.
      """;

  private static AnnotatedArticle run(AnnotatedArticle doc) {
    return RESOLVER.apply(DATER.apply(TAGGER.apply(doc)));
  }

  @Test
  void declaresItsContract() {
    assertThat(DATER.info().name()).isEqualTo("publication.dater");
    assertThat(DATER.info().requires()).containsExactlyInAnyOrder(Layer.TIMES, Layer.TOKENS);
    assertThat(DATER.info().provides()).containsExactly(Layer.PUBLICATION_DATE);
  }

  @Test
  void latestDatedTableRowIsTheEarliestPublicationDate() {
    AnnotatedArticle out = run(Docs.article(TABLE_ARTICLE));
    PublicationDate date = out.article().published();
    assertThat(date.basis()).isEqualTo(DateBasis.INFERRED);
    assertThat(date.earliest()).isEqualTo(LocalDate.of(2025, 8, 21));
    assertThat(date.latest()).isNull();
    Evidence evidence = date.evidence().get(0);
    assertThat(evidence.text()).contains("August 21, 2025").contains("Putin agrees");
    assertThat(evidence.span().coveredText(out.text())).isEqualTo(evidence.text());
    assertThat(evidence.reason()).contains("table row");
  }

  @Test
  void mondayResolvedAgainstTheInferredWindowMatchesTheTable() {
    AnnotatedArticle out = run(Docs.article(TABLE_ARTICLE));
    TimeExpression monday = out.times().stream().filter(t -> t.text().equals("Monday")).findFirst().orElseThrow();
    assertThat(monday.value().timex()).isEqualTo("2025-08-18");
    assertThat(monday.provenance().confidence()).isLessThan(0.9);
  }

  @Test
  void presidentElectWithComingInaugurationBoundsTheWindowOnBothSides() {
    AnnotatedArticle out = run(Docs.article(ELECT_ARTICLE));
    PublicationDate date = out.article().published();
    assertThat(date.basis()).isEqualTo(DateBasis.INFERRED);
    assertThat(date.earliest()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(date.latest()).isEqualTo(LocalDate.of(2025, 1, 19));
    assertThat(date.evidence()).extracting(Evidence::text)
        .anyMatch(t -> t.contains("election win in November 2024"))
        .anyMatch(t -> t.contains("assuming office on January 20, 2025"))
        .anyMatch(t -> t.equals("president-elect"));
    assertThat(out.diagnostics()).noneMatch(d -> d.code().equals("W233"));
  }

  @Test
  void metadataOrDatelineDateIsKept() {
    AnnotatedArticle doc = Docs.article("Thu 13th Feb, 2025\nTrump spoke with Putin in 2014 and on August 21, 2025 he agreed.");
    PublicationDate dateline = PublicationDate.exact(LocalDate.of(2025, 2, 13), DateBasis.DATELINE, List.of());
    doc = doc.withArticle(doc.article().withPublished(dateline));
    AnnotatedArticle out = DATER.apply(TAGGER.apply(doc));
    assertThat(out.article().published()).isEqualTo(dateline);
  }

  @Test
  void articleWithoutDatedPastEventsStaysUnknown() {
    AnnotatedArticle out = run(Docs.article(
        "His proposal for direct talks to begin three days hence. The meeting is scheduled for this December."));
    assertThat(out.article().published()).isEqualTo(PublicationDate.unknown());
  }

  @Test
  void futureAndDeadlineDatesAreNotEvidenceOfThePast() {
    AnnotatedArticle out = run(Docs.article(
        "Leaders will meet on September 1, 2031. Kyiv said it had to comply by August 30, 2031."));
    assertThat(out.article().published().isKnown()).isFalse();
  }

  @Test
  void conflictingCuesAreReportedAndTheLargerConsistentSetWins() {
    AnnotatedArticle out = run(Docs.article("The mayor-elect will take office on January 20, 2031. "
        + "On March 3, 2031 he signed a decree. On March 5, 2031 he vetoed a bill."));
    PublicationDate date = out.article().published();
    assertThat(date.earliest()).isEqualTo(LocalDate.of(2031, 3, 5));
    assertThat(date.latest()).isNull();
    assertThat(out.diagnostics()).anyMatch(d -> d.code().equals("W233") && d.message().contains("2031-01-19"));
  }
}
