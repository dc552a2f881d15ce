package org.storyline.fusion.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.model.EntityType.LOCATION;
import static org.storyline.model.EntityType.ORGANIZATION;
import static org.storyline.model.EntityType.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Provenance;
import org.storyline.model.Role;
import org.storyline.model.RoleMention;
import org.storyline.model.Span;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.testkit.Docs;

class EntityResolverTest {
  private static final EntityResolver RESOLVER = new EntityResolver();
  private static final EntityLinker LINKER = new EntityLinker();

  /** An article with hand-linked mentions given as text, type, entity triples. */
  static AnnotatedArticle article(String id, String text, LocalDate date, Object... mentions) {
    AnnotatedArticle doc = Docs.article(id, text, date);
    for (int i = 0; i < mentions.length; i += 3) {
      doc = Docs.withMention(doc, (String) mentions[i], (EntityType) mentions[i + 1], (String) mentions[i + 2]);
    }
    return doc;
  }

  static AnnotatedArticle withRole(AnnotatedArticle doc, String entity, String role, String evidence) {
    Span span = Docs.spanOf(doc, evidence);
    List<RoleMention> roles = new ArrayList<>(doc.roles());
    roles.add(new RoleMention(EntityId.of(entity), role, span, evidence, new Provenance(doc.id(), span, Docs.TEST_STAGE, 0.9)));
    return doc.withRoles(roles);
  }

  @Test
  void spellingVariantsInTwoArticlesAreOneEntity() {
    AnnotatedArticle a = article("a", "Zelenskyy spoke.", null, "Zelenskyy", PERSON, "person:zelenskyy");
    AnnotatedArticle b = article("b", "Volodymyr Zelensky answered.", null, "Volodymyr Zelensky", PERSON, "person:volodymyr-zelensky");
    EntityResolution r = RESOLVER.resolve(List.of(a, b));
    assertThat(r.canonical(EntityId.of("person:zelenskyy"))).isEqualTo(EntityId.of("person:volodymyr-zelensky"));
    Entity z = r.entity(EntityId.of("person:zelenskyy"));
    assertThat(z.name()).isEqualTo("Volodymyr Zelensky");
    assertThat(z.aliases()).containsExactly("Volodymyr Zelensky", "Zelenskyy");
    assertThat(z.actorCode()).isEqualTo("UKRGOV");
    assertThat(z.mentionCount()).isEqualTo(2);
    assertThat(r.entities()).hasSize(1);
  }

  @Test
  void linkedSeedLikeArticlesShareTheLexiconIds() {
    AnnotatedArticle a = LINKER.apply(Docs.withMention(Docs.article("a", "Trump met Zelenskyy at the White House.", null),
        "Zelenskyy", LOCATION, null));
    AnnotatedArticle b = LINKER.apply(Docs.article("b", "Ukrainian President Volodymyr Zelenskiy thanked Washington.", null));
    EntityResolution r = RESOLVER.resolve(List.of(a, b));
    Entity z = r.entity(EntityId.of("person:volodymyr-zelensky"));
    assertThat(z.aliases()).contains("Zelenskyy", "Volodymyr Zelenskiy");
    assertThat(z.roles()).extracting(Role::title).containsExactly("president");
    assertThat(r.entity(EntityId.of("gov:usa")).aliases()).contains("White House", "Washington");
  }

  @Test
  void bareSurnameJoinsTheOnlyFullNameFromAnotherArticle() {
    AnnotatedArticle a = article("a", "Kovalenko said no.", null, "Kovalenko", PERSON, "person:kovalenko");
    AnnotatedArticle b = article("b", "Anna Kovalenko said yes.", null, "Anna Kovalenko", PERSON, "person:anna-kovalenko");
    EntityResolution r = RESOLVER.resolve(List.of(a, b));
    assertThat(r.canonical(EntityId.of("person:kovalenko"))).isEqualTo(EntityId.of("person:anna-kovalenko"));
    assertThat(r.entity(EntityId.of("person:kovalenko")).aliases()).containsExactly("Anna Kovalenko", "Kovalenko");
  }

  @Test
  void bareSurnameJoinsTheLexiconPersonWhenNoArticleNamesThemInFull() {
    AnnotatedArticle a = article("a", "Ushakov downplayed it.", null, "Ushakov", PERSON, "person:ushakov");
    EntityResolution r = RESOLVER.resolve(List.of(a));
    assertThat(r.canonical(EntityId.of("person:ushakov"))).isEqualTo(EntityId.of("person:yuri-ushakov"));
    assertThat(r.entity(EntityId.of("person:yuri-ushakov")).actorCode()).isEqualTo("RUSGOV");
  }

  @Test
  void peopleSharingASurnameAreNeverMerged() {
    AnnotatedArticle a = article("a", "Donald Trump spoke.", null, "Donald Trump", PERSON, "person:donald-trump");
    AnnotatedArticle b = article("b", "Melania Trump smiled.", null, "Melania Trump", PERSON, "person:melania-trump");
    AnnotatedArticle c = article("c", "John Smith and Mary Smith came. Smith left.", null,
        "John Smith", PERSON, "person:john-smith", "Mary Smith", PERSON, "person:mary-smith", "Smith", PERSON, "person:smith");
    EntityResolution r = RESOLVER.resolve(List.of(a, b, c));
    assertThat(r.entities()).extracting(e -> e.id().value())
        .contains("person:donald-trump", "person:melania-trump", "person:john-smith", "person:mary-smith", "person:smith");
    assertThat(r.canonical(EntityId.of("person:smith"))).isEqualTo(EntityId.of("person:smith"));
  }

  @Test
  void bareTrumpGoesToTheLexiconsOwnerOfTheBareName() {
    AnnotatedArticle a = article("a", "Trump spoke.", null, "Trump", PERSON, "person:trump");
    AnnotatedArticle b = article("b", "Melania Trump smiled.", null, "Melania Trump", PERSON, "person:melania-trump");
    EntityResolution r = RESOLVER.resolve(List.of(a, b));
    assertThat(r.canonical(EntityId.of("person:trump"))).isEqualTo(EntityId.of("person:donald-trump"));
    assertThat(r.canonical(EntityId.of("person:melania-trump"))).isEqualTo(EntityId.of("person:melania-trump"));
  }

  @Test
  void transliterationVariantsOfUnknownNamesMerge() {
    AnnotatedArticle a = article("a", "Olena Kovalenkiy spoke.", null, "Olena Kovalenkiy", PERSON, "person:olena-kovalenkiy");
    AnnotatedArticle b = article("b", "Olena Kovalenky spoke. Olena Kovalenky left.", null,
        "Olena Kovalenky", PERSON, "person:olena-kovalenky", "Olena Kovalenky", PERSON, "person:olena-kovalenky");
    EntityResolution r = RESOLVER.resolve(List.of(a, b));
    assertThat(r.canonical(EntityId.of("person:olena-kovalenkiy"))).isEqualTo(EntityId.of("person:olena-kovalenky"));
  }

  @Test
  void kremlinAndMoscowAsActorAreTheRussianGovernment() {
    AnnotatedArticle a = LINKER.apply(Docs.article("a", "The Kremlin denied it. Talks between Washington and Moscow stalled.", null));
    EntityResolution r = RESOLVER.resolve(List.of(a));
    Entity russia = r.entity(EntityId.of("gov:russia"));
    assertThat(russia.aliases()).containsExactly("Kremlin", "Moscow");
    assertThat(russia.type()).isEqualTo(ORGANIZATION);
    assertThat(russia.actorCode()).isEqualTo("RUSGOV");
  }

  @Test
  void rolesCarryTheirWindowOfStatementAndEvidence() {
    AnnotatedArticle a = withRole(article("a", "Intro.\nKeith Kellogg, his special envoy to Ukraine, spoke.", LocalDate.of(2025, 5, 12),
        "Keith Kellogg", PERSON, "person:keith-kellogg"), "person:keith-kellogg", "special envoy to Ukraine",
        "Keith Kellogg, his special envoy to Ukraine");
    AnnotatedArticle b = withRole(article("b", "Kellogg, the Special Envoy to Ukraine, came.", LocalDate.of(2025, 2, 13),
        "Kellogg", PERSON, "person:keith-kellogg"), "person:keith-kellogg", "Special Envoy to Ukraine", "Kellogg, the Special Envoy to Ukraine");
    AnnotatedArticle c = withRole(article("c", "Keith Kellogg, a former adviser, spoke.", null,
        "Keith Kellogg", PERSON, "person:keith-kellogg"), "person:keith-kellogg", "former adviser", "Keith Kellogg, a former adviser");
    EntityResolution r = RESOLVER.resolve(List.of(a, b, c));
    List<Role> roles = r.entity(EntityId.of("person:keith-kellogg")).roles();
    assertThat(roles).extracting(Role::title).containsExactly("special envoy to Ukraine", "former adviser");
    Role envoy = roles.get(0);
    assertThat(envoy.firstStated()).isEqualTo(LocalDate.of(2025, 2, 13));
    assertThat(envoy.lastStated()).isEqualTo(LocalDate.of(2025, 5, 12));
    assertThat(envoy.evidence()).extracting(Citation::article).extracting(Object::toString).containsExactly("a", "b");
    assertThat(envoy.evidence().get(0).sentence()).isEqualTo(1);
    assertThat(envoy.evidence().get(0).text()).isEqualTo("Keith Kellogg, his special envoy to Ukraine");
    assertThat(roles.get(1).firstStated()).isNull();
  }

  @Test
  void lookupsComeInPairs() {
    EntityResolution r = RESOLVER.resolve(List.of(article("a", "Putin spoke.", null, "Putin", PERSON, "person:vladimir-putin")));
    assertThat(r.findEntity(EntityId.of("person:nobody"))).isEmpty();
    assertThatThrownBy(() -> r.entity(EntityId.of("person:nobody"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("person:nobody");
    assertThat(r.canonical(EntityId.of("person:nobody"))).isEqualTo(EntityId.of("person:nobody"));
    assertThat(r.entity(EntityId.of("person:vladimir-putin")).name()).isEqualTo("Vladimir Putin");
  }

  @Test
  void unknownNamesGetTheirMostCompleteFormInDisplayCase() {
    AnnotatedArticle a = article("a", "talk show host Mark levin asked. Levin laughed.", null,
        "Mark levin", PERSON, "person:mark-levin", "Levin", PERSON, "person:mark-levin");
    Entity levin = RESOLVER.resolve(List.of(a)).entity(EntityId.of("person:mark-levin"));
    assertThat(levin.name()).isEqualTo("Mark Levin");
    assertThat(levin.aliases()).containsExactly("Levin", "Mark levin");
    assertThat(levin.actorCode()).isNull();
    assertThat(levin.type()).isEqualTo(PERSON);
  }

  @Test
  void emptyInputGivesEmptyResolution() {
    EntityResolution r = RESOLVER.resolve(List.of());
    assertThat(r.entities()).isEmpty();
    assertThat(r.canonicalOf()).isEmpty();
    assertThat(r).isEqualTo(EntityResolution.empty());
  }
}
