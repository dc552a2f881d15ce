package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Granularity;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.pipeline.Layer;
import org.storyline.testkit.Docs;

class TimeTaggerTest {
  private static final TimeTagger TAGGER = new TimeTagger();

  private static TimeExpression only(String text, String extent) {
    List<TimeExpression> times = TAGGER.tag(Docs.article(text));
    return times.stream().filter(t -> t.text().equals(extent)).findFirst()
        .orElseThrow(() -> new AssertionError("'" + extent + "' not tagged in " + times));
  }

  @Test
  void declaresItsContract() {
    assertThat(TAGGER.info().name()).isEqualTo("time.tagger");
    assertThat(TAGGER.info().version()).isEqualTo("v1");
    assertThat(TAGGER.info().requires()).containsExactly(Layer.SENTENCES);
    assertThat(TAGGER.info().provides()).containsExactly(Layer.TIMES);
  }

  @Test
  void relativeExpressionsOfAnUndatedCommentaryStayRelative() {
    String text = "His proposal for direct talks in Istanbul to begin three days hence. They want a 30-day "
        + "ceasefire, something the administration proposed two months ago. Every one's attention will turn "
        + "to a meeting scheduled for this December in Istanbul. A staggering 723 strikes hit in a single day "
        + "this week, with a meeting as early as next week.";
    AnnotatedArticle out = TAGGER.apply(Docs.article(text));
    assertThat(out.times()).extracting(TimeExpression::text).containsExactly(
        "three days hence", "30-day", "two months ago", "this December", "a single day", "this week", "next week");
    assertThat(only(text, "three days hence").value()).isEqualTo(new TimeValue.Relative("SHIFT DAY +3", Granularity.DAY, "XXXX-XX-XX"));
    assertThat(only(text, "two months ago").value()).isEqualTo(new TimeValue.Relative("SHIFT MONTH -2", Granularity.MONTH, "XXXX-XX"));
    assertThat(only(text, "this December").value()).isEqualTo(new TimeValue.Relative("MONTH 12 THIS", Granularity.MONTH, "XXXX-12"));
    assertThat(only(text, "this week").value()).isEqualTo(new TimeValue.Relative("SHIFT WEEK +0", Granularity.WEEK, "XXXX-WXX"));
    assertThat(only(text, "a single day").value()).isEqualTo(new TimeValue.Duration("P1D"));
  }

  @Test
  void absoluteDatesAreResolvedAtTaggingTime() {
    assertThat(only("It began on Thu 13th Feb, 2025 in Munich.", "Thu 13th Feb, 2025").value())
        .isEqualTo(new TimeValue.Resolved(LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 14), Granularity.DAY, "2025-02-13"));
    assertThat(only("The report from April 2024 said so.", "April 2024").value().timex()).isEqualTo("2024-04");
    assertThat(only("Russia annexed Crimea in 2014.", "2014").value().timex()).isEqualTo("2014");
    assertThat(only("Relations were warmer in the 1990s.", "the 1990s").value())
        .isEqualTo(new TimeValue.Resolved(LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1), Granularity.DECADE, "199"));
    assertThat(only("Growth slowed in Q3 2024.", "Q3 2024").value().timex()).isEqualTo("2024-Q3");
    assertThat(only("A deal is expected by mid-2025.", "mid-2025").value().timex()).isEqualTo("2025");
  }

  @Test
  void aYearRangeGivesTwoDates() {
    List<TimeExpression> times = TAGGER.tag(Docs.article("He worked in Raymond Ltd from 1999-2001 as an engineer."));
    assertThat(times).extracting(TimeExpression::text).containsExactly("1999", "2001");
    assertThat(times).extracting(t -> t.value().timex()).containsExactly("1999", "2001");
  }

  @Test
  void durationsAndSetsGetTimex3Values() {
    assertThat(only("Trump spoke with Putin for approximately 40 minutes.", "approximately 40 minutes").value().timex()).isEqualTo("PT40M");
    assertThat(only("He could achieve peace within 24 hours.", "24 hours").type()).isEqualTo(TimexType.DURATION);
    assertThat(only("The war lasted three years.", "three years").value().timex()).isEqualTo("P3Y");
    assertThat(only("He has more than 15 years of experience.", "more than 15 years").value().timex()).isEqualTo("P15Y");
    TimeExpression weekly = only("Envoys meet every week.", "every week");
    assertThat(weekly.type()).isEqualTo(TimexType.SET);
    assertThat(weekly.value().timex()).isEqualTo("P1W");
    assertThat(only("The ministry gives daily updates.", "daily").value().timex()).isEqualTo("P1D");
  }

  @Test
  void vagueReferencesFollowTimeMl() {
    assertThat(only("Talks are currently stalled.", "currently").value().timex()).isEqualTo("PRESENT_REF");
    assertThat(only("He recently spoke to Putin.", "recently").value().timex()).isEqualTo("PAST_REF");
    assertThat(only("Sanctions may come in the coming weeks.", "the coming weeks").value().timex()).isEqualTo("FUTURE_REF");
  }

  @Test
  void inNDaysIsADateOnlyInAFutureClause() {
    assertThat(only("The truce will start in three days.", "three days").type()).isEqualTo(TimexType.DATE);
    assertThat(only("It was the first strike in three days.", "three days").type()).isEqualTo(TimexType.DURATION);
  }

  @Test
  void impossibleDateIsKeptAsUnresolvableWithADiagnostic() {
    AnnotatedArticle out = TAGGER.apply(Docs.article("The memo was dated February 30, 2025 by mistake."));
    assertThat(out.times()).hasSize(1);
    assertThat(out.times().get(0).value()).isInstanceOf(TimeValue.Unresolvable.class);
    assertThat(out.diagnostics()).anyMatch(d -> d.code().equals("W231"));
  }

  @Test
  void moneyAndModalsAreNotTimes() {
    assertThat(TAGGER.tag(Docs.article("They paid $2025 for 1,999 drones and may meet."))).isEmpty();
  }

  @Test
  void matchesDoNotCrossLineBreaks() {
    assertThat(TAGGER.tag(Docs.article("Published in August\n18 people died."))).extracting(TimeExpression::text)
        .containsExactly("August");
  }

  @Test
  void spansAreInTheTextNonOverlappingAndSorted() {
    String text = "On August 21, 2025 Putin agreed. | August 18, 2025 | Trump meets Zelenskyy. |\n"
        + "Last Friday and next Monday, two weeks ago, tonight and at 3:45 p.m. Tuesday.";
    AnnotatedArticle doc = Docs.article(text);
    List<TimeExpression> times = TAGGER.tag(doc);
    assertThat(times).hasSizeGreaterThanOrEqualTo(6);
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      assertThat(t.span().coveredText(text)).isEqualTo(t.text());
      assertThat(t.provenance().article()).isEqualTo(doc.id());
      if (i > 0) {
        assertThat(times.get(i - 1).span().end()).isLessThanOrEqualTo(t.span().start());
      }
    }
    assertThat(TAGGER.tag(doc)).isEqualTo(times);
  }

  @Test
  void doesNotChangeItsInput() {
    AnnotatedArticle doc = Docs.article("a", "They met on Monday.", LocalDate.of(2025, 8, 21));
    AnnotatedArticle out = TAGGER.apply(doc);
    assertThat(out.withTimes(List.of())).isEqualTo(doc);
  }

  @Test
  void worksUnderTheTurkishLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      TimeTagger tagger = new TimeTagger();
      String text = "TALKS RESUME ON FRIDAY, IN APRIL 2025 AND FOR NINE DAYS; IT IS TIME. Sunday, Feb. 16 was quiet.";
      List<TimeExpression> times = tagger.tag(Docs.article(text));
      assertThat(times).extracting(t -> t.value().timex())
          .containsExactly("XXXX-WXX-5", "2025-04", "P9D", "XXXX-02-16");
      TimeValue friday = times.get(0).value();
      assertThat(new TimeResolver().resolve(friday, LocalDate.of(2025, 8, 21), Tense.FUTURE).timex()).isEqualTo("2025-08-22");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
