package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class EntityMentionScorerTest {
  private static EntityMentionScorer.Item item(int start, int end, String type) {
    return new EntityMentionScorer.Item(new Span(start, end), type);
  }

  @Test
  void strictNeedsSpanAndTypePartialNeedsOverlapAndType() {
    EntityMentionScorer s = new EntityMentionScorer();
    // gold "U.S. automaker Chrysler" ORG [0,23), "Ford" ORG [30,34), "Detroit" LOC [40,47)
    s.add(List.of(item(0, 23, "ORG"), item(30, 34, "ORG"), item(40, 47, "LOC")),
        List.of(item(0, 4, "LOC"), item(15, 23, "ORG"), item(30, 34, "ORG"), item(40, 47, "ORG")));
    EntityMentionScorer.Counts c = s.counts();
    assertThat(c.gold()).isEqualTo(3);
    assertThat(c.system()).isEqualTo(4);
    assertThat(c.strict()).isEqualTo(1);
    assertThat(c.strictSpan()).isEqualTo(2);
    assertThat(c.partial()).isEqualTo(2);
    assertThat(c.partialSpan()).isEqualTo(3);
    assertThat(c.partialPrf().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(c.partialPrf().recall()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void eachSystemMentionMatchesOneGoldMentionOnly() {
    EntityMentionScorer s = new EntityMentionScorer();
    s.add(List.of(item(0, 10, "ORG"), item(5, 15, "ORG")), List.of(item(4, 12, "ORG")));
    assertThat(s.counts().partial()).isEqualTo(1);
  }

  @Test
  void recallIsKeptPerGoldType() {
    EntityMentionScorer s = new EntityMentionScorer();
    s.add(List.of(item(0, 4, "PER"), item(10, 14, "MISC")), List.of(item(0, 4, "ORG"), item(11, 13, "MISC")));
    assertThat(s.byType().get("PER")).containsExactly(1, 1, 1);
    assertThat(s.byType().get("MISC")).containsExactly(1, 0, 1);
  }
}
