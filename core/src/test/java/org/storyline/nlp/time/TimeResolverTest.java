package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Granularity;
import org.storyline.model.PublicationDate;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.testkit.Docs;

class TimeResolverTest {
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final TimeResolver RESOLVER = new TimeResolver();

  private static TimeValue relative(String rule) {
    return TimexRule.parse(rule).unanchored();
  }

  private static TimeExpression find(AnnotatedArticle doc, String text) {
    return doc.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("'" + text + "' not in " + doc.times()));
  }

  @Test
  void resolvesThreeDaysHenceAgainstTheAnchor() {
    TimeValue v = TAGGER.tag(Docs.article("Direct talks in Istanbul begin three days hence.")).get(0).value();
    assertThat(v).isEqualTo(new TimeValue.Relative("SHIFT DAY +3", Granularity.DAY, "XXXX-XX-XX"));
    assertThat(RESOLVER.resolve(v, LocalDate.of(2025, 5, 12), Tense.UNKNOWN)).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 16), Granularity.DAY, "2025-05-15"));
  }

  @Test
  void thisDecemberIsDecemberOfTheAnchorYear() {
    TimeValue v = relative("MONTH 12 THIS");
    assertThat(RESOLVER.resolve(v, LocalDate.of(2025, 5, 12), Tense.PAST)).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), Granularity.MONTH, "2025-12"));
  }

  @Test
  void nextWeekIsTheFollowingIsoWeek() {
    TimeValue v = RESOLVER.resolve(relative("SHIFT WEEK +1"), LocalDate.of(2025, 2, 20), Tense.FUTURE);
    assertThat(v).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 3), Granularity.WEEK, "2025-W09"));
  }

  @Test
  void nextWeekAcrossTheYearEndUsesTheWeekBasedYear() {
    TimeValue v = RESOLVER.resolve(relative("SHIFT WEEK +1"), LocalDate.of(2024, 12, 26), Tense.UNKNOWN);
    assertThat(v.timex()).isEqualTo("2025-W01");
  }

  @Test
  void aWeekdayWithoutTenseIsThePastOneUnlessTheComingOneIsMuchNearer() {
    LocalDate monday = LocalDate.of(1989, 10, 30);
    // "Thursday's closing price" written on a Monday: last Thursday (4 days back, next one 3 ahead)
    assertThat(RESOLVER.resolve(relative("WEEKDAY 4 TENSE"), monday, Tense.UNKNOWN).timex()).isEqualTo("1989-10-26");
    // Friday: 3 days back, 4 ahead
    assertThat(RESOLVER.resolve(relative("WEEKDAY 5 TENSE"), monday, Tense.PRESENT).timex()).isEqualTo("1989-10-27");
    // Tuesday: 6 days back, tomorrow ahead
    assertThat(RESOLVER.resolve(relative("WEEKDAY 2 TENSE"), monday, Tense.UNKNOWN).timex()).isEqualTo("1989-10-31");
    // Wednesday: 5 days back, 2 ahead (more than two days nearer)
    assertThat(RESOLVER.resolve(relative("WEEKDAY 3 TENSE"), monday, Tense.UNKNOWN).timex()).isEqualTo("1989-11-01");
    // the anchor's own weekday is the anchor day
    assertThat(RESOLVER.resolve(relative("WEEKDAY 1 TENSE"), monday, Tense.UNKNOWN).timex()).isEqualTo("1989-10-30");
  }

  @Test
  void aWeekdayAfterReportedWouldIsTheComingOneEvenAfterAPastReportingVerb() {
    // reported speech backshifts "will" to "would": the trip is still ahead of the report
    AnnotatedArticle doc = Docs.article("a", "Officials said the envoy would travel to Moscow Thursday.",
        LocalDate.of(2000, 4, 5));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "Thursday").value().timex()).isEqualTo("2000-04-06");
    AnnotatedArticle past = RESOLVER.apply(TAGGER.apply(Docs.article("b",
        "Officials said the envoy travelled to Moscow Thursday.", LocalDate.of(2000, 4, 5))));
    assertThat(find(past, "Thursday").value().timex()).isEqualTo("2000-03-30");
  }

  @Test
  void mondayInAPastTenseClauseIsTheMondayBeforeTheAnchor() {
    AnnotatedArticle doc = Docs.article("a", "Leaders met at the White House on Monday.", LocalDate.of(2025, 8, 21));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "Monday").value().timex()).isEqualTo("2025-08-18");
  }

  @Test
  void mondayInAFutureTenseClauseIsTheMondayAfterTheAnchor() {
    AnnotatedArticle doc = Docs.article("a", "Leaders will meet at the White House on Monday.", LocalDate.of(2025, 8, 21));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "Monday").value().timex()).isEqualTo("2025-08-25");
  }

  @Test
  void usesPartOfSpeechTagsWhenPresent() {
    AnnotatedArticle doc = Docs.article("a", "Leaders talk Monday.", LocalDate.of(2025, 8, 21));
    List<org.storyline.model.Token> tagged = doc.tokens().stream()
        .map(t -> new org.storyline.model.Token(t.sentence(), t.span(), t.text(),
            t.text().equals("talk") ? "VBD" : t.text().equals("Monday") ? "NNP" : "NNS", t.text()))
        .toList();
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc.withTokens(tagged)));
    assertThat(find(out, "Monday").value().timex()).isEqualTo("2025-08-18");
  }

  private static AnnotatedArticle tagged(AnnotatedArticle doc, java.util.Map<String, String> tags) {
    List<org.storyline.model.Token> out = doc.tokens().stream()
        .map(t -> new org.storyline.model.Token(t.sentence(), t.span(), t.text(),
            tags.getOrDefault(t.text(), "NN"), t.text()))
        .toList();
    return doc.withTokens(out);
  }

  @Test
  void aTaggedParticipleWithoutAuxiliaryIsAPastCue() {
    // "the injunction issued Thursday": a reduced relative clause reports what happened
    AnnotatedArticle doc = tagged(Docs.article("a", "Lawyers want to suspend the injunction issued Thursday.",
        LocalDate.of(2000, 4, 17)), java.util.Map.of("want", "VBP", "to", "TO", "suspend", "VB", "issued", "VBN"));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "Thursday").value().timex()).isEqualTo("2000-04-13");
  }

  @Test
  void aTaggedParticipleAfterBeTakesTheTenseOfTheAuxiliary() {
    AnnotatedArticle doc = tagged(Docs.article("a", "The deal will be signed Thursday.", LocalDate.of(2000, 4, 17)),
        java.util.Map.of("will", "MD", "be", "VB", "signed", "VBN"));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "Thursday").value().timex()).isEqualTo("2000-04-20");
  }

  @Test
  void sinceMakesAWeekdayThePastOneWhateverTheVerb() {
    AnnotatedArticle doc = Docs.article("a", "The truce holds since Thursday and will last.",
        LocalDate.of(2000, 4, 17));
    assertThat(find(RESOLVER.apply(TAGGER.apply(doc)), "Thursday").value().timex()).isEqualTo("2000-04-13");
  }

  @Test
  void thatYearIsTheYearOfTheMostRecentEarlierDateNotTheAnchorYear() {
    AnnotatedArticle doc = Docs.article("a", "She fled to Florida in June 1998 and returned to Cuba later that year.",
        LocalDate.of(2000, 1, 28));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "later that year").value().timex()).isEqualTo("1998");
  }

  @Test
  void anAnaphoricExpressionWithoutAnEarlierDateFallsBackToTheAnchor() {
    AnnotatedArticle doc = Docs.article("a", "The boat sank the next day.", LocalDate.of(2000, 1, 28));
    assertThat(find(RESOLVER.apply(TAGGER.apply(doc)), "the next day").value().timex()).isEqualTo("2000-01-29");
  }

  @Test
  void aYearEarlierKeepsThePrecisionOfTheReportedQuarter() {
    AnnotatedArticle doc = Docs.article("a",
        "Net income in the fiscal first quarter fell to $5 million from $8 million a year earlier.",
        LocalDate.of(1989, 10, 26));
    assertThat(find(RESOLVER.apply(TAGGER.apply(doc)), "a year earlier").value().timex()).isEqualTo("1988-Q1");
  }

  @Test
  void aComparisonTimeIsNotTheReferenceOfALaterAnaphor() {
    AnnotatedArticle doc = Docs.article("a", "Third-quarter profit rose from a year earlier. "
        + "The company issued bonds during the quarter.", LocalDate.of(1989, 10, 26));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    assertThat(find(out, "a year earlier").value().timex()).isEqualTo("1988-Q3");
    assertThat(find(out, "the quarter").value().timex()).isEqualTo("1989-Q3");
  }

  @Test
  void thanksgivingIsTheFourthThursdayOfNovember() {
    AnnotatedArticle doc = Docs.article("a", "The boy was found at sea on Thanksgiving Day.", LocalDate.of(2000, 1, 7));
    assertThat(find(RESOLVER.apply(TAGGER.apply(doc)), "Thanksgiving Day").value().timex()).isEqualTo("1999-11-25");
    assertThat(TimexRule.parse("NTHDAY 5 -1 1 THIS").resolve(LocalDate.of(2025, 1, 1), Tense.UNKNOWN).timex())
        .isEqualTo("2025-05-26");
  }

  @Test
  void twoMonthsAgoHasMonthPrecision() {
    TimeValue v = RESOLVER.resolve(relative("SHIFT MONTH -2"), LocalDate.of(2025, 8, 21), Tense.PAST);
    assertThat(v).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), Granularity.MONTH, "2025-06"));
  }

  @Test
  void absoluteDatesAreLeftAsTheyAre() {
    TimeValue v = TAGGER.tag(Docs.article("It happened on August 18, 2025 in Washington.")).get(0).value();
    assertThat(v).isEqualTo(
        new TimeValue.Resolved(LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 19), Granularity.DAY, "2025-08-18"));
    assertThat(RESOLVER.resolve(v, LocalDate.of(2030, 1, 1), Tense.FUTURE)).isSameAs(v);
  }

  @Test
  void withoutAnAnchorRelativesStayRelative() {
    TimeValue v = relative("WEEKDAY 1 TENSE");
    assertThat(RESOLVER.resolve(v, null, Tense.PAST)).isSameAs(v);
  }

  @Test
  void undatedArticleKeepsItsRelativeExpressionsRelative() {
    AnnotatedArticle doc = TAGGER.apply(Docs.article(
        "They want a meeting this December. Trump proposed it two months ago. It starts next week."));
    AnnotatedArticle out = RESOLVER.apply(doc);
    assertThat(out.times()).isEqualTo(doc.times());
    assertThat(out.times()).extracting(TimeExpression::value).allMatch(v -> v instanceof TimeValue.Relative);
    assertThat(out.diagnostics()).anyMatch(d -> d.code().equals("W232"));
  }

  @Test
  void pastAndFutureReferencesStayRelativeButNowIsTheAnchorDay() {
    LocalDate anchor = LocalDate.of(2025, 8, 21);
    assertThat(RESOLVER.resolve(relative("REF PAST"), anchor, Tense.PAST)).isInstanceOf(TimeValue.Relative.class);
    assertThat(RESOLVER.resolve(relative("REF PRESENT"), anchor, Tense.PRESENT))
        .isEqualTo(new TimeValue.Resolved(anchor, anchor.plusDays(1), Granularity.DAY, "PRESENT_REF"));
  }

  @Test
  void malformedRuleBecomesUnresolvableNotAnException() {
    TimeValue v = new TimeValue.Relative("SHIFT FORTNIGHT +1", Granularity.WEEK, "XXXX-WXX");
    assertThat(RESOLVER.resolve(v, LocalDate.of(2025, 1, 1), Tense.UNKNOWN)).isInstanceOf(TimeValue.Unresolvable.class);
  }

  @Test
  void lastFridayIsStrictlyBeforeTheAnchorDay() {
    assertThat(RESOLVER.resolve(relative("WEEKDAY 5 LAST"), LocalDate.of(2025, 8, 22), Tense.PAST).timex())
        .isEqualTo("2025-08-15");
  }

  @Test
  void dateWithoutYearPicksTheNearestOccurrenceWithATenseBias() {
    TimeValue dec30 = relative("MONTHDAY 12 30 TENSE");
    assertThat(RESOLVER.resolve(dec30, LocalDate.of(2025, 1, 5), Tense.PAST).timex()).isEqualTo("2024-12-30");
    TimeValue jan14 = relative("MONTHDAY 1 14 TENSE");
    assertThat(RESOLVER.resolve(jan14, LocalDate.of(2000, 1, 6), Tense.PAST).timex()).isEqualTo("2000-01-14");
  }

  @Test
  void resolutionAgainstAOneSidedWindowLowersConfidence() {
    AnnotatedArticle doc = Docs.article("a", "Leaders met on Monday.", null);
    doc = doc.withArticle(doc.article().withPublished(PublicationDate.window(LocalDate.of(2025, 8, 21), null, List.of())));
    AnnotatedArticle out = RESOLVER.apply(TAGGER.apply(doc));
    TimeExpression monday = find(out, "Monday");
    assertThat(monday.value().timex()).isEqualTo("2025-08-18");
    assertThat(monday.provenance().producedBy()).isEqualTo(TimeResolver.INFO.ref());
    assertThat(monday.provenance().confidence()).isLessThanOrEqualTo(0.5);

    AnnotatedArticle exact = RESOLVER.apply(TAGGER.apply(Docs.article("b", "Leaders met on Monday.", LocalDate.of(2025, 8, 21))));
    assertThat(find(exact, "Monday").provenance().confidence()).isGreaterThan(monday.provenance().confidence());
  }
}
