package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.testkit.Docs;

/** Executes every EXAMPLE line of {@code time/patterns.v1.txt}, positive and negative ({@code => NONE}). */
class TimePatternExamplesTest {
  private static final TimeGrammar GRAMMAR = TimeGrammar.load();
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final TimeResolver RESOLVER = new TimeResolver();

  @Test
  void everyRuleHasAnExample() {
    for (TimeGrammar.Rule rule : GRAMMAR.rules()) {
      assertThat(rule.examples()).as("examples of rule %s", rule.name()).isNotEmpty();
    }
  }

  @Test
  void negativeExamplesAreChecked() {
    // a negative example fails when the phrase is tagged
    TimeGrammar.Example wrong = new TimeGrammar.Example("x", "Talks resume on Monday.", "Monday", null, null, null,
        Tense.UNKNOWN, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(wrong)).isInstanceOf(AssertionError.class);
    check(new TimeGrammar.Example("x", "Oil prices continued to fall.", "fall", null, null, null, Tense.UNKNOWN, null));
  }

  @TestFactory
  Stream<DynamicTest> examplesOfEveryRule() {
    List<TimeGrammar.Example> examples = new ArrayList<>();
    GRAMMAR.rules().forEach(r -> examples.addAll(r.examples()));
    return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.rule() + ": " + ex.text(), () -> check(ex)));
  }

  private static void check(TimeGrammar.Example ex) {
    AnnotatedArticle doc = Docs.article(ex.text());
    List<TimeExpression> times = TAGGER.tag(doc);
    if (ex.type() == null) {
      int start = ex.text().indexOf(ex.extent());
      org.storyline.model.Span phrase = new org.storyline.model.Span(start, start + ex.extent().length());
      assertThat(times).as("no time expression over '%s' in \"%s\"", ex.extent(), ex.text())
          .noneMatch(t -> t.span().overlaps(phrase));
      return;
    }
    TimeExpression found = times.stream().filter(t -> t.text().equals(ex.extent())).findFirst().orElse(null);
    assertThat(found).as("'%s' tagged in \"%s\"; got %s", ex.extent(), ex.text(), times).isNotNull();
    assertThat(found.type()).as("type of '%s'", ex.extent()).isEqualTo(ex.type());
    assertThat(found.value().timex()).as("value of '%s' (%s)", ex.extent(), found.value()).isEqualTo(ex.timex());
    if (ex.anchor() != null) {
      // Expressions before the example's one are the reference times of anaphoric rules.
      List<TimeValue.Resolved> earlier = new ArrayList<>();
      for (TimeExpression t : times) {
        if (t == found) {
          break;
        }
        if (RESOLVER.resolve(t.value(), ex.anchor(), ex.tense(), earlier) instanceof TimeValue.Resolved r
            && (t.type() == org.storyline.model.TimexType.DATE || t.type() == org.storyline.model.TimexType.TIME)) {
          earlier.add(r);
        }
      }
      TimeValue resolved = RESOLVER.resolve(found.value(), ex.anchor(), ex.tense(), earlier);
      assertThat(resolved.timex()).as("'%s' at %s in %s tense", ex.extent(), ex.anchor(), ex.tense())
          .isEqualTo(ex.resolved());
    }
  }
}
