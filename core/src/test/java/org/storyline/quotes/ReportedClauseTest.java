package org.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;

/**
 * Reported speech without "that", content that stops before a second attribution, '' marks, and
 * continuation across the speaker's apposition (rules added for the PolNeAR dev figures).
 */
class ReportedClauseTest {
  private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor();

  private static List<Quote> reported(AnnotatedArticle doc) {
    return doc.quotes().stream().filter(q -> q.kind() == QuoteKind.REPORTED).toList();
  }

  private static Sieve sieve(Quote q) {
    return Sieve.of(q.provenance().producedBy());
  }

  @Test
  void reportsAClauseAfterSaidWithoutThat() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("[Jill Stein] said she would join her supporters at the protest."));
    Quote q = reported(doc).get(0);
    assertThat(q.text()).isEqualTo("she would join her supporters at the protest");
    assertThat(q.speaker().text()).isEqualTo("Jill Stein");
    assertThat(q.cue().coveredText(doc.text())).isEqualTo("said");
    assertThat(sieve(q)).isEqualTo(Sieve.REPORTED_BARE);
  }

  @Test
  void skipsTimeWordsAndTheMediumBetweenCueAndClause() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "[Phil Smith] said Friday in a statement the union expected production to improve."));
    assertThat(reported(doc)).extracting(Quote::text).containsExactly("the union expected production to improve");
  }

  @Test
  void toldNeedsItsAudienceBeforeTheClause() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("[Trump] told reporters he would meet [Putin] soon."));
    assertThat(reported(doc)).extracting(Quote::text).containsExactly("he would meet Putin soon");
  }

  @Test
  void verbsWithAnObjectAndInfinitiveAreNotReportedClauses() {
    // "asked" is a cue verb but not BARE: "asked the court to ..." reports a request, not a clause
    AnnotatedArticle asked = ATTRIBUTOR.apply(Marked.doc("[Trump] asked the court to block the order."));
    assertThat(reported(asked)).isEmpty();
    // no finite verb after the cue: "said the words" is not a clause
    AnnotatedArticle noVerb = ATTRIBUTOR.apply(Marked.doc("[Trump] said the words in a loud voice."));
    assertThat(reported(noVerb)).isEmpty();
  }

  @Test
  void sentenceInitialSaidWithoutSubjectReportsNothing() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("Officials met in Geneva. Said the talks continued."));
    assertThat(reported(doc)).isEmpty();
  }

  @Test
  void reportedContentStopsBeforeASecondAttribution() {
    AnnotatedArticle though = ATTRIBUTOR.apply(Marked.doc(
        "[Stein] said that the campaign planned a protest at the debate, though she acknowledged it was unlikely to work."));
    assertThat(reported(though)).extracting(Quote::text).contains("the campaign planned a protest at the debate");
    AnnotatedArticle and = ATTRIBUTOR.apply(Marked.doc(
        "[Merrill] says that [Machado] promised to continue supporting the campaign and said she would stand up to the attacks."));
    assertThat(reported(and)).extracting(Quote::text).contains("Machado promised to continue supporting the campaign");
    AnnotatedArticle participle = ATTRIBUTOR.apply(Marked.doc(
        "[Perdue] said that the ads did not hurt him in 2012, arguing that divisions in the party were the bigger hurdle."));
    assertThat(reported(participle)).extracting(Quote::text).contains("the ads did not hurt him in 2012");
  }

  @Test
  void reportedContentKeepsACoordinatedClauseWithoutACue() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "[Stein] said that the campaign planned a protest and she would stream her response online."));
    assertThat(reported(doc)).extracting(Quote::text)
        .containsExactly("the campaign planned a protest and she would stream her response online");
  }

  @Test
  void twoApostrophesMarkADoubleQuote() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "''This isn't tax reform,'' said [Douglas Holtz-Eakin]. ''It's anti-reform. She's layering on more complexity.''"));
    Quote first = doc.quotes().stream().filter(q -> q.text().equals("This isn't tax reform")).findFirst().orElseThrow();
    assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(first.speaker().text()).isEqualTo("Douglas Holtz-Eakin");
    Quote second = doc.quotes().stream().filter(q -> q.text().equals("It's anti-reform. She's layering on more complexity.")).findFirst().orElseThrow();
    assertThat(second.speaker().text()).as("continuation").isEqualTo("Douglas Holtz-Eakin");
  }

  @Test
  void anApostropheAfterAPluralStillDoesNotOpenAQuote() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("The leaders' talks ended. [Putin] said nothing."));
    assertThat(doc.quotes()).noneMatch(q -> q.kind() == QuoteKind.DIRECT);
  }

  @Test
  void aContinuationIsNotInterruptedByNamesInThePreviousSpeakersApposition() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "“The plan adds a lot of new complexity,” said [Len Burman], head of the {Tax Policy Center}. "
            + "“What he has actually proposed would benefit people like him.”"));
    Quote second = doc.quotes().stream()
        .filter(q -> q.text().equals("What he has actually proposed would benefit people like him.")).findFirst().orElseThrow();
    assertThat(second.speaker().text()).isEqualTo("Len Burman");
    assertThat(sieve(second)).isEqualTo(Sieve.CONTINUATION);
  }

  @Test
  void aNameBetweenTwoQuotesOutsideTheAttributionStillInterrupts() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "“The plan adds a lot of new complexity,” said [Len Burman]. {Treasury} officials disagreed with him. "
            + "“What he has actually proposed would benefit people like him.”"));
    Quote second = doc.quotes().stream()
        .filter(q -> q.text().equals("What he has actually proposed would benefit people like him.")).findFirst().orElseThrow();
    assertThat(second.speaker()).isNull();
  }

  @Test
  void anAttributionBetweenCommasSplitsTheContentAroundIt() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "The museum, [Barack Obama] said, would make visitors face uncomfortable truths."));
    assertThat(reported(doc)).extracting(Quote::text)
        .containsExactly("The museum", "would make visitors face uncomfortable truths");
    assertThat(reported(doc)).allSatisfy(q -> {
      assertThat(q.speaker().text()).isEqualTo("Barack Obama");
      assertThat(sieve(q)).isEqualTo(Sieve.INTERPOSED);
    });
  }

  @Test
  void aCompleteClauseBeforeTheInterposedAttributionIsTheWholeContent() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "The company was a juggernaut, [Clarke] said, until it went bankrupt in 1999."));
    assertThat(reported(doc)).extracting(Quote::text).containsExactly("The company was a juggernaut");
  }

  @Test
  void anInvertedAttributionWithAnAppositionEndsTheContent() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "The stations were removed from cable in 2005, said [Jeffrey Trimble], a senior official with the board that oversees them."));
    assertThat(reported(doc)).extracting(Quote::text).containsExactly("The stations were removed from cable in 2005");
    assertThat(reported(doc).get(0).speaker().text()).isEqualTo("Jeffrey Trimble");
  }

  @Test
  void aCommaBeforeAVerbThatIsNotAnAttributionReportsNothing() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("After the debate ended, [Clarke] said goodbye to the crowd."));
    assertThat(reported(doc)).isEmpty();
  }

  @Test
  void accordingToTakesAnyShortNounPhraseAsTheSource() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "The top 1 percent would gain the most, according to the conservative-leaning tax group."));
    Quote q = reported(doc).get(0);
    assertThat(q.text()).isEqualTo("The top 1 percent would gain the most");
    assertThat(q.speaker().text()).isEqualTo("the conservative-leaning tax group");
    AnnotatedArticle longTail = ATTRIBUTOR.apply(Marked.doc(
        "Prices rose, according to a survey of one thousand small shop owners in the north of the country last spring."));
    assertThat(reported(longTail)).as("no phrase end within reach").isEmpty();
  }

  @Test
  void aTailAttributionMayHaveAnObjectOrAPlaceAfterIt() {
    AnnotatedArticle told = ATTRIBUTOR.apply(Marked.doc(
        "The nominee could embrace a clean energy policy as president, [Lindsey Graham] told {The Huffington Post}."));
    assertThat(reported(told)).extracting(Quote::text).containsExactly("The nominee could embrace a clean energy policy as president");
    AnnotatedArticle rally = ATTRIBUTOR.apply(Marked.doc(
        "The election will be rigged against him, [Trump] said at a rally in Ohio."));
    assertThat(reported(rally)).extracting(Quote::text).containsExactly("The election will be rigged against him");
  }

  @Test
  void toldFindsItsThatAfterALongerObject() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "In Honolulu, [Obama] told a meeting of island leaders that few people understood the stakes."));
    assertThat(reported(doc)).extracting(Quote::text).containsExactly("few people understood the stakes");
  }
}
