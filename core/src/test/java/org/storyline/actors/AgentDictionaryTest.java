package org.storyline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {
  private static final List<String> DICT = List.of(
      "<!-- tiny hand-made agents -->",
      "!PERSON! = MAN, MEN, WOMAN, WOMEN",
      "POLICE {} [ ~COP] # no plural",
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]",
      "CONGRESS!PERSON! [~LEG]",
      "HUMAN_RIGHTS_BODY  [NGO~]",
      "SECURITY SERVICE [~GOV]",
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]",
      "AUTHORITY [~GOV]",
      "ATTORNEY [~JUD]",
      "WITNESS [~CVL]");

  private static AgentDictionary dictionary() {
    List<String> problems = new ArrayList<>();
    AgentDictionary d = AgentDictionary.parse(DICT, "tiny.agents", problems);
    assertThat(problems).isEmpty();
    return d;
  }

  private static String codeOf(AgentDictionary d, String text) {
    List<String> words = CameoWords.phrase(text);
    return d.matchAt(words, 0, words.size()).map(m -> (m.phrase().agent().prefix() ? "" : "~")
        + m.phrase().agent().code() + (m.phrase().agent().prefix() ? "~" : "") + "/" + m.to()).orElse("-");
  }

  @Test
  void regularPluralsAreFormedUnlessBracesSayOtherwise() {
    AgentDictionary d = dictionary();
    assertThat(codeOf(d, "police")).isEqualTo("~COP/1");
    assertThat(codeOf(d, "polices")).isEqualTo("-");
    assertThat(codeOf(d, "authorities")).isEqualTo("~GOV/1");
    assertThat(codeOf(d, "attorneys")).isEqualTo("~JUD/1");
    assertThat(codeOf(d, "witnesses")).isEqualTo("~CVL/1");
    assertThat(codeOf(d, "golden geese")).isEqualTo("~GGS/2");
    assertThat(codeOf(d, "attorneys general")).isEqualTo("~GOV/2");
  }

  @Test
  void substitutionSetsExpandWithoutPlurals() {
    AgentDictionary d = dictionary();
    assertThat(codeOf(d, "congresswomen")).isEqualTo("~LEG/1");
    assertThat(codeOf(d, "congressman")).isEqualTo("~LEG/1");
    assertThat(codeOf(d, "congressmans")).isEqualTo("-");
  }

  @Test
  void trailingTildeMarksAPrefixCode() {
    assertThat(codeOf(dictionary(), "human rights bodies")).isEqualTo("NGO~/3");
  }

  @Test
  void blankBetweenWordsAllowsOtherWordsButUnderscoreDoesNot() {
    AgentDictionary d = dictionary();
    assertThat(codeOf(d, "security service")).isEqualTo("~GOV/2");
    assertThat(codeOf(d, "security and intelligence service")).isEqualTo("~GOV/4");
    assertThat(codeOf(d, "human and rights body")).isEqualTo("-");
  }

  @Test
  void phraseEndingAtAPositionIsFoundFromTheLeft() {
    List<String> words = CameoWords.phrase("the attorney general of Rohan");
    AgentDictionary.Match m = dictionary().matchEndingAt(words, 0, 3).orElseThrow();
    assertThat(m.from()).isEqualTo(1);
    assertThat(m.phrase().agent().code()).isEqualTo("GOV");
  }

  @Test
  void badLinesAreReportedAndSkipped() {
    List<String> problems = new ArrayList<>();
    AgentDictionary d = AgentDictionary.parse(List.of(
        "POLICE [COP]", "CLERIC [~REL", "MAYOR!PERSONS! [~GOV]", "JUDGE [~JUD]"), "bad.agents", problems);
    assertThat(problems).hasSize(3).allMatch(p -> p.startsWith("W502 bad.agents:"));
    assertThat(d.size()).isEqualTo(2);
  }
}
