package org.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;

class CueLexiconTest {
  private static final CueLexicon LEXICON = CueLexicon.load();
  private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor(LEXICON, 100);

  @TestFactory
  List<DynamicTest> everyExampleLineOfTheCueFileHolds() {
    assertThat(LEXICON.examples()).hasSizeGreaterThanOrEqualTo(15);
    return LEXICON.examples().stream()
        .map(ex -> DynamicTest.dynamicTest(ex.rule(), () -> {
          AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(ex.text()));
          QuoteKind kind = QuoteKind.valueOf(ex.kind());
          boolean noSpeaker = ex.speaker().equals("-");
          assertThat(doc.quotes())
              .as("%s: %s -> %s", ex.rule(), ex.text(), doc.quotes())
              .anySatisfy(q -> {
                assertThat(q.kind()).isEqualTo(kind);
                if (noSpeaker) {
                  assertThat(q.speaker()).isNull();
                } else {
                  assertThat(q.speaker()).isNotNull();
                  assertThat(q.speaker().text()).isEqualTo(ex.speaker());
                }
              });
          for (Quote q : doc.quotes()) {
            assertThat(q.span().coveredText(doc.text())).isEqualTo(q.text());
          }
        }))
        .toList();
  }

  @Test
  void knowsInflectedFormsAndTaggerLemmas() {
    assertThat(LEXICON.verbLemma("said", null)).isEqualTo("say");
    assertThat(LEXICON.verbLemma("stating", null)).isEqualTo("state");
    assertThat(LEXICON.verbLemma("xyz", "say")).isEqualTo("say");
    assertThat(LEXICON.verbLemma("table", "table")).isNull();
    assertThat(LEXICON.frameLemma("referred", null)).isEqualTo("refer");
    assertThat(LEXICON.isSourceNoun("officials")).isTrue();
    assertThat(LEXICON.isPronoun("he")).isTrue();
    assertThat(LEXICON.prepositions()).contains(List.of("according", "to"));
  }

  @Test
  void rejectsMalformedLinesNamingTheLine() {
    assertThatThrownBy(() -> CueLexicon.parse(List.of("# header", "VERB say")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> CueLexicon.parse(List.of("NOUN thing")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown entry kind");
    assertThatThrownBy(() -> CueLexicon.parse(List.of("EXAMPLE no arrow here")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
  }
}
