package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;

/**
 * Pins the sentence-level rules of issue 3: announced conditional or conflictual intentions are
 * threats, conditions and background clauses are not the sentence's news, a statement participle
 * speaks for its issuer, time words may stand between a cue and its "that", "ordered" reports the
 * executive act, and a verb governing a noun beats a remark after a comma.
 */
class ThreatAndRankingRulesTest {
  private static final EventCoder CODER = new EventCoder(EventLexicon.defaults());

  private static EventMention top(String sentence) {
    List<EventMention> events = CODER.codeSentence(sentence);
    assertThat(events).as(sentence).isNotEmpty();
    return events.stream().max(Comparator.comparingDouble(e -> e.provenance().confidence())).orElseThrow();
  }

  @Test
  void anActAnnouncedUnlessAConditionIsMetIsAThreat() {
    EventMention e = top("Kenya said it will withdraw its troops from Somalia unless the rebels agree to a ceasefire.");
    assertThat(e.plover()).isEqualTo("THREATEN");
    assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
    assertThat(e.frame()).isEqualTo("WITHDRAW");
  }

  @Test
  void aConflictualActSaidToComeIsAThreatButAnAnnouncedDecisionIsNot() {
    assertThat(top("Dock workers in Antwerp said they would blockade the port from Monday.").plover())
        .isEqualTo("THREATEN");
    EventMention decision = top("The United States announced it would halt all aid to the junta.");
    assertThat(decision.plover()).isEqualTo("SANCTION");
    assertThat(decision.cameo()).isEqualTo("162");
  }

  @Test
  void aVowToFightIsAThreatOfViolence() {
    EventMention e = top("Tamil rebels vowed to fight on until Colombo withdraws.");
    assertThat(e.cameo()).isEqualTo("138");
    assertThat(e.mode()).isEqualTo("violence");
  }

  @Test
  void aPlannedCooperativeActStaysAnIntentNotAThreat() {
    EventMention e = top("Tokyo said it will send 200 tonnes of food aid to Kenya.");
    assertThat(e.plover()).isEqualTo("AGREE");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void theBackgroundOfAReportRanksBelowItsNews() {
    EventMention e = top("Italy announced a suspension of air links with Serbia one day after a Serbian jet shot down a"
        + " helicopter.");
    assertThat(e.plover()).isEqualTo("SANCTION");
    assertThat(e.frame()).isEqualTo("CUT_TIES");
  }

  @Test
  void aStatementParticipleSpeaksForWhoeverIssuedTheStatement() {
    EventMention e = top("The Kurdistan Party issued a statement demanding that Ankara reveal the fate of its leader.");
    assertThat(e.plover()).isEqualTo("REQUEST");
    assertThat(e.sources()).extracting(a -> a.text()).anyMatch(t -> t.contains("Kurdistan"));
  }

  @Test
  void aTimeWordBetweenADemandAndItsThatKeepsTheDemand() {
    EventMention e = top("The ILO repeated its demand today that Israel ease restrictions on Palestinian workers.");
    assertThat(e.plover()).isEqualTo("REQUEST");
    assertThat(e.status()).isEqualTo(EventStatus.REQUESTED);
  }

  @Test
  void orderedReportsTheExecutiveActWhileDemandedStaysADemand() {
    assertThat(top("The governor ordered the arrest of the opposition leader.").cameo()).isEqualTo("173");
    assertThat(top("Washington demanded the arrest of the general.").plover()).isEqualTo("REQUEST");
  }

  @Test
  void theVerbGoverningANounBeatsARemarkAfterAComma() {
    EventMention e = top("Greek and Turkish warships launched five days of war games, expected to end on Friday.");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(e.cameo()).isEqualTo("062");
  }

  @Test
  void exercisesOfOneForceAloneAreAShowOfForce() {
    assertThat(top("Iranian forces held military exercises near the Strait of Hormuz.").cameo()).isEqualTo("150");
  }

  @Test
  void aConcessionToDemandsIsCodedAsConcedingNotAgreeing() {
    EventMention e = top("The government accepted demands from the strikers that it raise wages.");
    assertThat(e.plover()).isEqualTo("CONCEDE");
    assertThat(e.cameo()).isEqualTo("083");
  }

  @Test
  void allowingSomethingIsAConcessionOnlyWhenItHappenedNotWhenARoleWouldAllowIt() {
    assertThat(top("The court allowed the exiled leader to return to Lagos.").plover()).isEqualTo("CONCEDE");
    assertThat(CODER.codeSentence("The new post will allow him to negotiate with Moscow."))
        .noneMatch(e -> e.frame().equals("CONCESSION"));
  }

  @Test
  void refugeesAreNotAnAsylumRequest() {
    assertThat(CODER.codeSentence("Thousands of refugees crossed into Chad on Monday."))
        .noneMatch(e -> e.frame().equals("AID"));
  }
}
