package org.storyline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Span;
import org.storyline.testkit.Docs;

/** The cap on mentions of one name and of one entity per article (W804). */
class EntityLinkerLimitTest {
  private static AnnotatedArticle repeated(int times) {
    String text = "Putin met Zelensky in Geneva. ".repeat(times);
    AnnotatedArticle doc = Docs.article("cap", text, LocalDate.of(2025, 2, 13));
    List<Mention> mentions = new ArrayList<>();
    for (String name : List.of("Putin", "Zelensky")) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        Span span = new Span(at, at + name.length());
        mentions.add(new Mention(MentionId.of("cap#m" + mentions.size()), span, name, EntityType.PERSON, null,
            new Provenance(doc.id(), span, Docs.TEST_STAGE, 1.0)));
      }
    }
    mentions.sort(java.util.Comparator.comparing(Mention::span));
    return doc.withMentions(mentions);
  }

  private static long mentionsOf(AnnotatedArticle doc, String entity) {
    return doc.mentions().stream().filter(m -> EntityId.of(entity).equals(m.entity())).count();
  }

  @Test
  void keepsTheFirstMentionsOfEachNameUpToTheCapAndWarnsOnce() {
    AnnotatedArticle out = new EntityLinker().withMaxMentionsPerEntity(10).apply(repeated(30));
    assertThat(mentionsOf(out, "person:vladimir-putin")).isEqualTo(10);
    assertThat(mentionsOf(out, "person:volodymyr-zelensky")).isEqualTo(10);
    assertThat(out.diagnostics()).filteredOn(d -> d.code().equals(EntityLinker.MENTION_CAP)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("more than 10"));
    // the kept ones are the first in the text
    int lastKept = out.mentions().stream().filter(m -> m.text().equals("Putin")).mapToInt(m -> m.span().start()).max()
        .orElseThrow();
    assertThat(lastKept).isLessThan(10 * "Putin met Zelensky in Geneva. ".length());
  }

  @Test
  void anOrdinaryArticleIsUnderTheDefaultCap() {
    AnnotatedArticle out = new EntityLinker().apply(repeated(30));
    assertThat(mentionsOf(out, "person:vladimir-putin")).isEqualTo(30);
    assertThat(out.diagnostics()).noneMatch(d -> d.code().equals(EntityLinker.MENTION_CAP));
    assertThat(new EntityLinker().maxMentionsPerEntity()).isEqualTo(EntityLinker.DEFAULT_MAX_MENTIONS_PER_ENTITY);
  }
}
