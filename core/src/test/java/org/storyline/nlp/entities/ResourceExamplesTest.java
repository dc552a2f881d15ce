package org.storyline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.nlp.entities.LinkerFixtures.LINKER;
import static org.storyline.nlp.entities.LinkerFixtures.checked;
import static org.storyline.nlp.entities.LinkerFixtures.doc;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/** Runs every {@code # EXAMPLE} line of the entity resources through the linker. */
class ResourceExamplesTest {
  @Test
  void everyResourceHasExamples() {
    assertThat(ActorLexicon.defaultLexicon().examples()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(RolePatterns.defaultPatterns().examples()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(Furniture.defaultFurniture().examples()).hasSizeGreaterThanOrEqualTo(4);
  }

  @TestFactory
  Stream<DynamicTest> actorLexiconExamplesLinkAsStated() {
    return ActorLexicon.defaultLexicon().examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      AnnotatedArticle out = checked(LINKER.apply(doc("ex", e.text(), e.published())));
      List<Mention> found = LinkerFixtures.mentionsWithText(out, e.mentionText());
      assertThat(found).as("mention '%s' in %s", e.mentionText(), out.mentions()).isNotEmpty();
      assertThat(found.get(0).entity()).as(e.name()).isEqualTo(e.expected());
    }));
  }

  @TestFactory
  Stream<DynamicTest> rolePatternExamplesStateTheRole() {
    return RolePatterns.defaultPatterns().examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      AnnotatedArticle out = checked(LINKER.apply(doc("ex", e.text(), e.published(), e.person(), EntityType.PERSON)));
      String entity = LinkerFixtures.entityOf(out, e.person());
      assertThat(LinkerFixtures.roles(out, entity)).as("%s roles in %s", e.name(), out.roles()).contains(e.role());
    }));
  }

  @TestFactory
  Stream<DynamicTest> furnitureExamplesKeepOrDrop() {
    return Furniture.defaultFurniture().examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      AnnotatedArticle out = checked(LINKER.apply(doc("ex", e.text(), null, e.mention(), e.type())));
      boolean kept = out.mentions().stream().anyMatch(m -> m.text().equals(e.mention()));
      assertThat(kept).as("%s: '%s' kept in %s", e.name(), e.mention(), out.mentions()).isEqualTo(e.kept());
    }));
  }
}
