package org.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;

/**
 * Reported speech whose speaker is neither a name nor a listed source noun: common noun phrases
 * ("The actress said", "52 percent of voters said"), group pronouns kept as written ("They said"),
 * and "he"/"she" with no person named before them (rules added for the PolNeAR figures, issue 3).
 */
class NounPhraseSpeakerTest {
  private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor();

  private static List<Quote> reported(String markup) {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(markup));
    return doc.quotes().stream().filter(q -> q.kind() == QuoteKind.REPORTED).toList();
  }

  @Test
  void aCommonNounPhraseOpeningTheSentenceSpeaksTheClause() {
    List<Quote> q = reported("The actress said she was tired of the status quo.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("she was tired of the status quo");
    assertThat(q.get(0).speaker().text()).isEqualTo("The actress");
    assertThat(q.get(0).speaker().entity()).isNull();
  }

  @Test
  void aShareOfVotersInAPollSpeaksTheClause() {
    List<Quote> q = reported("52 percent of voters said they were unhappy with both candidates.");
    assertThat(q).extracting(x -> x.speaker().text()).containsExactly("52 percent of voters");
    assertThat(q.get(0).text()).isEqualTo("they were unhappy with both candidates");
    assertThat(reported("Since December he gained. Six in 10 say he is decisive."))
        .extracting(x -> x.speaker().text()).containsExactly("Six in 10");
  }

  @Test
  void aNounPhraseSpeaksAnInterposedAttribution() {
    List<Quote> q = reported("The emails were on a variety of topics, the newspaper said.");
    assertThat(q).extracting(Quote::text).containsExactly("The emails were on a variety of topics");
    assertThat(q.get(0).speaker().text()).isEqualTo("the newspaper");
  }

  @Test
  void aNamedSubjectStillWinsOverTheNounPhraseRule() {
    List<Quote> q = reported("[Jill Stein] said she would join the protest.");
    assertThat(q.get(0).speaker().text()).isEqualTo("Jill Stein");
    assertThat(q.get(0).speaker().entity()).isNotNull();
  }

  @Test
  void aNounPhraseAfterAThatIsNotTheSpeakerOfTheMainClause() {
    // "a deadline that voters said went unnoticed": the noun phrase does not open a clause
    assertThat(reported("It was a deadline that voters said the board would miss.")).isEmpty();
  }

  @Test
  void groupPronounsAreKeptAsWrittenAsTheSpeaker() {
    List<Quote> q = reported("They said the talks had failed.");
    assertThat(q).extracting(x -> x.speaker().text()).containsExactly("They");
    assertThat(q.get(0).speaker().entity()).isNull();
  }

  @Test
  void heWithNoPersonBeforeItKeepsThePronounInsteadOfDroppingTheClause() {
    List<Quote> q = reported("He said he was worried about the budget.");
    assertThat(q).extracting(Quote::text).containsExactly("he was worried about the budget");
    assertThat(q.get(0).speaker().text()).isEqualTo("He");
    // with a person before it, "he" is still resolved to that person
    List<Quote> resolved = reported("[Harris] sat on a couch. He said he was worried about the budget.");
    assertThat(resolved.get(0).speaker().text()).isEqualTo("Harris");
  }
}
