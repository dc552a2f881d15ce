package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins the trigger and cue families added for coercion, aid, protest, assault, retreat and demands. */
class CoercionAidProtestRulesTest {
  private static final EventCoder CODER = new EventCoder(EventLexicon.defaults());

  private static String code(String sentence, String expected) {
    return Expectations.check(CODER.codeSentence(sentence), Expectations.parse(expected));
  }

  @Test
  void curfewsBansAndDemolitionsAreCoercion() {
    assertThat(code("The army imposed a curfew on Hebron.", "frame=RESTRICT status=OCCURRED cameo=1723 plover=COERCE mode=curfew"))
        .isNull();
    assertThat(code("The junta banned the student union.", "frame=RESTRICT cameo=172 plover=COERCE")).isNull();
    assertThat(code("Bulldozers razed four houses in Jenin.", "frame=PROPERTY cameo=171 plover=COERCE")).isNull();
  }

  @Test
  void easingACurfewOrBanIsAConcessionNotCoercion() {
    assertThat(code("The government eased the curfew in Colombo.", "frame=CONCESSION cameo=0814 plover=CONCEDE"))
        .isNull();
  }

  @Test
  void givingMoneyOrAsylumIsAid() {
    assertThat(code("Norway gave Mali a grant of 3 million dollars.", "frame=AID status=OCCURRED cameo=071 plover=AID"))
        .isNull();
    assertThat(code("Kenya granted asylum to the dissidents.", "frame=AID cameo=075 plover=AID")).isNull();
  }

  @Test
  void firingShellsOpeningFireExplosivesAndBeatingsAreAssaults() {
    assertThat(code("Troops opened fire on the crowd.", "frame=ATTACK cameo=193")).isNull();
    assertThat(code("Artillery fired rockets at Sderot.", "frame=ATTACK cameo=194")).isNull();
    assertThat(code("Militants detonated a bomb in Quetta.", "frame=ATTACK cameo=183")).isNull();
    assertThat(code("Guards beat up the prisoners.", "frame=ATTACK cameo=182 plover=ASSAULT")).isNull();
  }

  @Test
  void workStoppagesAndBridgeBlockadesAreProtests() {
    assertThat(code("Dockers stopped work on Monday.", "frame=PROTEST cameo=143")).isNull();
    assertThat(code("Farmers blocked the bridge to Kehl.", "frame=PROTEST cameo=144")).isNull();
  }

  @Test
  void surrenderAndLiftingABlockadeAreRetreats() {
    assertThat(code("Two hundred rebels surrendered on Sunday.", "frame=WITHDRAW cameo=087 plover=RETREAT")).isNull();
    assertThat(code("Israel lifted the siege of Nablus.", "frame=WITHDRAW cameo=0872 plover=RETREAT")).isNull();
  }

  @Test
  void saidThatSomeoneMustActIsADemand() {
    assertThat(code("Moscow said that Tbilisi must return the aircraft.", "status=REQUESTED cameo=100 source=Moscow"))
        .isNull();
    assertThat(code("Tbilisi must return the aircraft.", "cameo=100")).isNotNull();
  }
}
