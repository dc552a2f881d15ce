package org.storyline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;

class ActorLexiconTest {
  private static final ActorLexicon LEXICON = ActorLexicon.defaultLexicon();

  @Test
  void holdsSeveralDozenActorsWithCodes() {
    assertThat(LEXICON.size()).isGreaterThanOrEqualTo(60);
    ActorLexicon.Actor z = LEXICON.actor(EntityId.of("person:volodymyr-zelensky"));
    assertThat(z.type()).isEqualTo(EntityType.PERSON);
    assertThat(z.actorCode()).isEqualTo("UKRGOV");
    assertThat(z.aliases()).contains("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky");
    assertThat(LEXICON.actor(EntityId.of("gov:usa")).actorCode()).isEqualTo("USAGOV");
    assertThat(LEXICON.actor(EntityId.of("gov:russia")).actorCode()).isEqualTo("RUSGOV");
  }

  @Test
  void officeHoldersAreBoundedInTime() {
    EntityId usa = EntityId.of("loc:usa");
    assertThat(LEXICON.officeHolder(usa, "president", LocalDate.of(2022, 6, 1))).contains(EntityId.of("person:joe-biden"));
    assertThat(LEXICON.officeHolder(usa, "president", LocalDate.of(2025, 8, 18))).contains(EntityId.of("person:donald-trump"));
    assertThat(LEXICON.officeHolder(EntityId.of("loc:ukraine"), "president", LocalDate.of(2019, 5, 20)))
        .contains(EntityId.of("person:volodymyr-zelensky"));
    assertThat(LEXICON.officeHolder(EntityId.of("loc:ukraine"), "president", LocalDate.of(2010, 1, 1))).isEmpty();
  }

  @Test
  void aliasCaseRulesProtectShortAndCommonWords() {
    assertThat(LEXICON.idsForAlias("US")).containsExactly(EntityId.of("loc:usa"));
    assertThat(LEXICON.idsForAlias("us")).isEmpty();
    assertThat(LEXICON.idsForAlias("trump")).isEmpty();
    assertThat(LEXICON.idsForAlias("lavrov")).containsExactly(EntityId.of("person:sergei-lavrov"));
    assertThat(LEXICON.idsForAlias("sergei LAVROV")).containsExactly(EntityId.of("person:sergei-lavrov"));
  }

  @Test
  void surnameLookupToleratesTransliteration() {
    assertThat(LEXICON.personsWithSurname("zelenskii")).containsExactly(EntityId.of("person:volodymyr-zelensky"));
    assertThat(LEXICON.personsWithSurname("trump")).contains(EntityId.of("person:donald-trump"), EntityId.of("person:melania-trump"));
    assertThat(LEXICON.hasBareAlias(EntityId.of("person:donald-trump"), "trump")).isTrue();
    assertThat(LEXICON.hasBareAlias(EntityId.of("person:melania-trump"), "trump")).isFalse();
  }

  @Test
  void malformedLinesNameTheirSourceAndLine() {
    assertThatThrownBy(() -> ActorLexicon.parse(List.of("# header", "actor | person:x | PERSON | -"), "test.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.txt:2");
    assertThatThrownBy(() -> ActorLexicon.parse(List.of("actor | person:x | HUMAN | - | X | X"), "t"))
        .hasMessageContaining("unknown entity type 'HUMAN'");
    assertThatThrownBy(() -> ActorLexicon.parse(List.of("office | loc:x | president | person:y | 2020-01-01 | -"), "t"))
        .hasMessageContaining("unknown actor");
    assertThatThrownBy(() -> RolePatterns.parse(List.of("head | envoy | sometimes"), "r")).hasMessageContaining("r:1");
    assertThatThrownBy(() -> Furniture.parse(List.of("bio-cue | ([unclosed"), "f")).hasMessageContaining("bad regular expression");
  }

  @Test
  void slugsAndFoldingAreLocaleIndependent() {
    assertThat(Names.slug("Mark levin")).isEqualTo("mark-levin");
    assertThat(Names.slug("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
    assertThat(Names.slug("J.D. Vance")).isEqualTo("j-d-vance");
    assertThat(Names.variantKey("zelenskyy")).isEqualTo(Names.variantKey("zelensky"));
    assertThat(Names.displayCase("ursula von der leyen")).isEqualTo("Ursula von der Leyen");
  }
}
