package org.storyline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityId;
import org.storyline.model.Span;

class CameoActorCoderTest {
  private static final List<String> ACTORS = List.of(
      "ARNOR [ARN]", "GONDOR [GON]", "+MINAS_TIRITH", "THE_HERMIT_KINGDOM [PRK]", "QUIBBLER [HGWGOVMED]",
      "WHITE_HOUSE [USAGOV]", "BOROMIR [---]",
      "SAM_GAMGEE [HOB]", "\t[HOBGOV 20121109-20130119]");
  private static final List<String> AGENTS = List.of(
      "MSF {} [NGO~]", "SECURITY_OFFICIALS {} [~GOV]", "BORDER_POLICE {} [~COP]", "MAIN_OPPOSITION_GROUP [~MOP]",
      "GOVERNMENT_NEWSPAPER [~GOVMED]", "DIPLOMAT [~GOV]");

  private static CameoActorCoder user() {
    List<String> problems = new ArrayList<>();
    CameoActorCoder c = CameoActorCoder.defaults().withUserDictionaries(
        ActorDictionary.parse(ACTORS, "a", problems), AgentDictionary.parse(AGENTS, "b", problems));
    assertThat(problems).isEmpty();
    return c;
  }

  private static String code(CameoActorCoder coder, String sentence, String actor, LocalDate date) {
    int at = sentence.indexOf(actor);
    assertThat(at).as("actor text in sentence").isNotNegative();
    Optional<String> c = coder.code(sentence, new Span(at, at + actor.length()), null, date);
    return c.orElse("-");
  }

  @Test
  void everyExampleOfTheShippedAgentListHolds() {
    int examples = 0;
    for (String line : CameoActorCoder.shippedAgentLines()) {
      if (!line.startsWith("# EXAMPLE ")) {
        continue;
      }
      String body = line.substring("# EXAMPLE ".length());
      String[] io = body.split(" => ");
      String[] in = io[0].split(" \\| ");
      assertThat(code(CameoActorCoder.defaults(), in[0], in[1], null)).as(body).isEqualTo(io[1].strip());
      examples++;
    }
    assertThat(examples).isGreaterThanOrEqualTo(8);
  }

  @Test
  void linkedEntityGivesItsLexiconCode() {
    String s = "The leader spoke.";
    assertThat(CameoActorCoder.defaults().code(s, new Span(4, 10), EntityId.of("person:volodymyr-zelensky"), null))
        .contains("UKRGOV");
  }

  @Test
  void userDictionaryNamesAndAgentsCombine() {
    CameoActorCoder c = user();
    assertThat(code(c, "Arnor security officials are about to restore ties with Gondor police.", "Arnor", null))
        .isEqualTo("ARNGOV");
    assertThat(code(c, "Arnor is about to restore ties with Gondor's main opposition group now.", "Gondor", null))
        .isEqualTo("GONMOP");
    assertThat(code(c, "White House security officials met Minas Tirith border police.", "Minas Tirith", null))
        .isEqualTo("GONCOP");
    assertThat(code(c, "An MSF Arnor diplomat is about to restore ties.", "MSF Arnor", null)).isEqualTo("NGOARNGOV");
  }

  @Test
  void agentCodeAlreadyInTheActorCodeIsNotRepeated() {
    CameoActorCoder c = user();
    assertThat(code(c, "White House security officials met them.", "White House", null)).isEqualTo("USAGOV");
    assertThat(code(c, "The Quibbler government newspaper is about to restore ties.", "Quibbler", null))
        .isEqualTo("HGWGOVMED");
  }

  @Test
  void phraseMayReachOutsideTheActorSpan() {
    assertThat(code(user(), "The Hermit Kingdom fired two shells.", "Hermit Kingdom", null)).isEqualTo("PRK");
  }

  @Test
  void datedRolesFollowTheTextsDate() {
    CameoActorCoder c = user();
    String s = "Sam Gamgee criticised the closure.";
    assertThat(code(c, s, "Sam Gamgee", LocalDate.of(2012, 11, 9))).isEqualTo("HOBGOV");
    assertThat(code(c, s, "Sam Gamgee", LocalDate.of(1995, 1, 4))).isEqualTo("HOB");
  }

  @Test
  void nullCodeOrUnknownNameGivesNoCode() {
    CameoActorCoder c = user();
    assertThat(code(c, "Boromir left for Gondor.", "Boromir", null)).isEqualTo("-");
    assertThat(code(c, "Gryffindor left for Gondor.", "Gryffindor", null)).isEqualTo("-");
  }

  @Test
  void verbBetweenNameAndAgentIsNotAModifier() {
    assertThat(code(CameoActorCoder.defaults(), "Trump told troops to leave.", "Trump", null)).isEqualTo("USAGOV");
    assertThat(code(CameoActorCoder.defaults(), "Trump praised troops on Monday.", "Trump", null)).isEqualTo("USAGOV");
  }

  @Test
  void composeKeepsPrefixesFirstAndSkipsRepeats() {
    List<AgentDictionary.AgentCode> agents = List.of(new AgentDictionary.AgentCode("GOV", false),
        new AgentDictionary.AgentCode("NGO", true), new AgentDictionary.AgentCode("GOV", false));
    assertThat(CameoActorCoder.compose("ARN", agents)).isEqualTo("NGOARNGOV");
    assertThat(CameoActorCoder.compose(null, List.of(new AgentDictionary.AgentCode("COP", false)))).isEqualTo("COP");
    assertThat(CameoActorCoder.compose("AGOVX", List.of(new AgentDictionary.AgentCode("GOV", false))))
        .isEqualTo("AGOVXGOV");
  }
}
