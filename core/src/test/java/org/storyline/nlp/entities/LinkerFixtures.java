package org.storyline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Span;
import org.storyline.model.RoleMention;
import org.storyline.testkit.Docs;

/** Builders and checks shared by the entity tests. */
final class LinkerFixtures {
  static final EntityLinker LINKER = new EntityLinker();

  private LinkerFixtures() {}

  /** {@return an article with NER mentions given as alternating text and type} */
  static AnnotatedArticle doc(String id, String text, LocalDate published, Object... ner) {
    AnnotatedArticle doc = Docs.article(id, text, published);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < ner.length; i += 2) {
      String name = (String) ner[i];
      int at = nextFree(text, name, mentions);
      Span span = new Span(at, at + name.length());
      mentions.add(new Mention(MentionId.of(id + "#m" + mentions.size()), span, name, (EntityType) ner[i + 1], null,
          new Provenance(doc.id(), span, Docs.TEST_STAGE, 1.0)));
    }
    mentions.sort(Comparator.comparing(Mention::span));
    return doc.withMentions(mentions);
  }

  /** {@return the first word-bounded occurrence of {@code name} that overlaps no mention yet} */
  private static int nextFree(String text, String name, List<Mention> taken) {
    int from = 0;
    while (true) {
      int at = text.indexOf(name, from);
      if (at < 0) {
        throw new IllegalArgumentException("'" + name + "' not free in: " + text);
      }
      Span span = new Span(at, at + name.length());
      boolean bounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end())));
      if (bounded && taken.stream().noneMatch(m -> m.span().overlaps(span))) {
        return at;
      }
      from = at + 1;
    }
  }

  static AnnotatedArticle link(String text, Object... ner) {
    return checked(LINKER.apply(doc("a1", text, null, ner)));
  }

  static AnnotatedArticle link(String text, LocalDate published, Object... ner) {
    return checked(LINKER.apply(doc("a1", text, published, ner)));
  }

  /** Checks the invariants every linker output keeps: spans match texts, ids unique, no overlaps. */
  static AnnotatedArticle checked(AnnotatedArticle out) {
    Set<String> ids = new HashSet<>();
    Mention previous = null;
    for (Mention m : out.mentions()) {
      assertThat(m.span().coveredText(out.text())).as("text of %s", m.id()).isEqualTo(m.text());
      assertThat(ids.add(m.id().value())).as("unique id %s", m.id()).isTrue();
      assertThat(m.id().value()).startsWith(out.id().value() + "#m");
      if (previous != null) {
        assertThat(previous.span().overlaps(m.span())).as("%s overlaps %s", previous, m).isFalse();
      }
      if (m.type().isNamed()) {
        assertThat(m.entity()).as("entity of %s", m.text()).isNotNull();
      }
      previous = m;
    }
    for (RoleMention r : out.roles()) {
      assertThat(r.span().coveredText(out.text())).isEqualTo(r.text());
    }
    return out;
  }

  static List<Mention> mentionsWithText(AnnotatedArticle doc, String text) {
    return doc.mentions().stream().filter(m -> m.text().equals(text)).collect(Collectors.toList());
  }

  static Mention only(AnnotatedArticle doc, String text) {
    List<Mention> found = mentionsWithText(doc, text);
    assertThat(found).as("mentions '%s' in %s", text, doc.mentions()).hasSize(1);
    return found.get(0);
  }

  static String entityOf(AnnotatedArticle doc, String text) {
    Mention m = mentionsWithText(doc, text).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + doc.mentions()));
    return m.entity() == null ? null : m.entity().value();
  }

  static List<String> roles(AnnotatedArticle doc, String entity) {
    return doc.roles().stream().filter(r -> r.entity().value().equals(entity)).map(RoleMention::role).collect(Collectors.toList());
  }
}
