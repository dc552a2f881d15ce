package org.storyline.fusion.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.model.EntityType.LOCATION;
import static org.storyline.model.EntityType.ORGANIZATION;
import static org.storyline.model.EntityType.PERSON;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.model.AnnotatedArticle;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.testkit.Docs;

/** The resolution is a function of the set of articles, not of their order. */
class EntityResolverOrderProperties {
  private static final EntityLinker LINKER = new EntityLinker();
  private static final EntityResolver RESOLVER = new EntityResolver();
  private static final List<AnnotatedArticle> DOCS = List.of(
      LINKER.apply(Docs.withMention(Docs.article("d1",
          "Former President Donald Trump met Zelenskyy. The former president smiled. Kellogg, his special envoy to Ukraine, "
              + "spoke.", LocalDate.of(2025, 5, 12)), "Zelenskyy", LOCATION, null)),
      LINKER.apply(Docs.article("d2", "Donald Trump, the US president-elect, called Volodymyr Zelensky. Keith Kellogg agreed. "
          + "The Kremlin said no.", LocalDate.of(2024, 11, 20))),
      EntityResolverTest.article("d3", "Kovalenko and Smith spoke. Melania Trump smiled.", LocalDate.of(2025, 3, 1),
          "Kovalenko", PERSON, "person:kovalenko", "Smith", PERSON, "person:smith", "Melania Trump", PERSON, "person:melania-trump"),
      EntityResolverTest.article("d4", "Anna Kovalenko met John Smith and Mary Smith at Acme Corp.", null,
          "Anna Kovalenko", PERSON, "person:anna-kovalenko", "John Smith", PERSON, "person:john-smith",
          "Mary Smith", PERSON, "person:mary-smith", "Acme Corp", ORGANIZATION, "org:acme-corp"),
      EntityResolverTest.withRole(EntityResolverTest.article("d5", "Anna Kovalenko, a senior diplomat, said Trump erred.",
          LocalDate.of(2025, 1, 2), "Anna Kovalenko", PERSON, "person:anna-kovalenko", "Trump", PERSON, "person:trump"),
          "person:anna-kovalenko", "senior diplomat", "Anna Kovalenko, a senior diplomat"));
  private static final EntityResolution EXPECTED = RESOLVER.resolve(DOCS);

  @Provide
  Arbitrary<List<AnnotatedArticle>> permutations() {
    return Arbitraries.shuffle(DOCS);
  }

  @Property(tries = 60)
  void resolutionIgnoresArticleOrder(@ForAll("permutations") List<AnnotatedArticle> docs) {
    assertThat(RESOLVER.resolve(docs)).isEqualTo(EXPECTED);
  }

  @Property(tries = 1)
  void fixtureExercisesTheMergeRules(@ForAll("permutations") List<AnnotatedArticle> docs) {
    EntityResolution r = RESOLVER.resolve(docs);
    assertThat(r.canonical(org.storyline.model.EntityId.of("person:kovalenko")).value()).isEqualTo("person:anna-kovalenko");
    assertThat(r.canonical(org.storyline.model.EntityId.of("person:trump")).value()).isEqualTo("person:donald-trump");
    assertThat(r.canonical(org.storyline.model.EntityId.of("person:smith")).value()).isEqualTo("person:smith");
    assertThat(r.entity(org.storyline.model.EntityId.of("person:donald-trump")).roles()).isNotEmpty();
  }
}
