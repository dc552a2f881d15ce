package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.EventMention;
import org.storyline.pipeline.RuleFile;

class ViolenceKindsTest {
  private static final EventCoder CODER = new EventCoder(EventLexicon.defaults());

  @TestFactory
  Stream<DynamicTest> everyExampleCodesTheAttackAsDocumented() {
    List<String> examples = ViolenceKinds.standard().examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    return examples.stream().map(x -> DynamicTest.dynamicTest(x, () -> {
      String sentence = x.substring(x.indexOf(':') + 1, x.lastIndexOf("=>")).strip();
      String code = x.substring(x.lastIndexOf("=>") + 2).strip();
      List<EventMention> attacks = CODER.codeSentence(sentence).stream().filter(e -> e.frame().equals("ATTACK")).toList();
      assertThat(attacks).as(sentence).extracting(EventMention::cameo).contains(code);
    }));
  }

  @Test
  void everyRuleHasAnExample() {
    for (String rule : List.of("protest_clash", "primitive_weapon", "unconventional_actor", "civilian_victim")) {
      assertThat(ViolenceKinds.standard().examples()).anyMatch(x -> x.startsWith(rule + ":"));
    }
  }

  @Test
  void specificAttackCodesAreNeverChanged() {
    // air strikes stay aerial (195) even when they kill civilians
    assertThat(CODER.codeSentence("Air strikes killed twelve civilians in Idlib on Monday."))
        .extracting(EventMention::cameo).contains("195").doesNotContain("180");
  }

  @Test
  void unconventionalViolenceIsAnAssaultInTheLegacyTypesAndConventionalForceAFight() {
    EventLexicon lex = EventLexicon.defaults();
    assertThat(lex.findPlover("180").orElseThrow().legacyType()).isEqualTo("ASSAULT");
    assertThat(lex.findPlover("190").orElseThrow().legacyType()).isEqualTo("FIGHT");
    assertThat(lex.findPlover("145").orElseThrow().type()).isEqualTo("PROTEST");
  }

  @Test
  void aMalformedRuleNamesItsLine() {
    assertThatThrownBy(() -> ViolenceKinds.parse(RuleFile.parse("# x\nmobs | mob | 1x9 | -\n", "v.txt")))
        .hasMessageContaining("v.txt line 2");
    assertThatThrownBy(() -> ViolenceKinds.parse(RuleFile.parse("mobs | mob\n", "v.txt")))
        .hasMessageContaining("line 1");
  }
}
