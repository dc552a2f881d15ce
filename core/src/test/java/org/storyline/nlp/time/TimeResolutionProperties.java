package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.testkit.Docs;

/** Resolution is a pure function of (value, anchor, sentence). */
class TimeResolutionProperties {
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final TimeResolver RESOLVER = new TimeResolver();
  private static final List<String> RULES = List.of("SHIFT DAY -1", "SHIFT DAY +3", "SHIFT WEEK +1", "SHIFT WEEK -1",
      "SHIFT MONTH -2", "SHIFT QUARTER -5", "SHIFT YEAR +0", "SHIFT DECADE -1", "WEEKDAY 1 TENSE", "WEEKDAY 5 LAST",
      "WEEKDAY 7 NEXT", "WEEKDAY 6 TENSE @WE", "MONTH 12 THIS", "MONTH 1 TENSE", "MONTH 11 LAST", "MONTHDAY 2 29 TENSE",
      "MONTHDAY 8 18 PAST", "QUARTER 3 TENSE", "SEASON WI NEXT", "HALF 2 LAST", "REF PRESENT", "REF PAST",
      "SHIFT DAY +0 @T14:30");
  private static final List<String> SENTENCES = List.of("Leaders met on Monday.", "Talks will resume next week.",
      "The ceasefire proposed two months ago collapsed.", "A summit is planned for this December.",
      "Officials said yesterday that the deal holds.", "Putin spoke in January about it.", "Shelling continues today.");

  @Provide
  Arbitrary<LocalDate> anchors() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> rules() {
    return Arbitraries.of(RULES);
  }

  @Property(tries = 300)
  void resolvingTwiceGivesTheSameValue(@ForAll("rules") String rule, @ForAll("anchors") LocalDate anchor,
      @ForAll Tense tense) {
    TimeValue value = TimexRule.parse(rule).unanchored();
    TimeValue first = RESOLVER.resolve(value, anchor, tense);
    TimeValue second = new TimeResolver().resolve(value, anchor, tense);
    assertThat(second).isEqualTo(first);
    if (first instanceof TimeValue.Resolved r) {
      assertThat(r.endExclusive()).isAfter(r.start());
    }
  }

  @Property(tries = 100)
  void anArticleResolvesTheSameAloneOrAmongOthersInAnyOrder(@ForAll("anchors") LocalDate anchor,
      @ForAll("anchors") LocalDate otherAnchor, @ForAll long seed) {
    List<String> sentences = new ArrayList<>(SENTENCES);
    Collections.shuffle(sentences, new Random(seed));
    AnnotatedArticle doc = TAGGER.apply(Docs.article("a", String.join(" ", sentences), anchor));
    AnnotatedArticle other = TAGGER.apply(Docs.article("b", String.join(" ", SENTENCES), otherAnchor));
    AnnotatedArticle alone = RESOLVER.apply(doc);
    RESOLVER.apply(other);
    AnnotatedArticle afterOther = RESOLVER.apply(doc);
    assertThat(afterOther).isEqualTo(alone);
    // Each expression depends only on its own value, the anchor and its sentence, not on its neighbours.
    AnnotatedArticle canonical = RESOLVER.apply(TAGGER.apply(Docs.article("a", String.join(" ", SENTENCES), anchor)));
    for (TimeExpression t : alone.times()) {
      TimeExpression same = canonical.times().stream().filter(c -> c.text().equals(t.text())).findFirst().orElseThrow();
      assertThat(t.value()).as("'%s'", t.text()).isEqualTo(same.value());
    }
  }
}
