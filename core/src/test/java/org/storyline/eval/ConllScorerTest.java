package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllScorerTest {
  static List<String> tags(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void countsOnlyChunksWithSameBoundariesAndType() {
    ConllScorer scorer = new ConllScorer();
    // gold: PER[0,2) LOC[3,4) ORG[5,7); predicted: PER[0,2) right, LOC[3,5) too long, ORG[5,7) as MISC
    scorer.add(tags("I-PER I-PER O I-LOC O I-ORG I-ORG"), tags("I-PER I-PER O I-LOC I-LOC I-MISC I-MISC"));
    ConllScorer.Counts all = scorer.overall();
    assertThat(all).isEqualTo(new ConllScorer.Counts(3, 3, 1));
    assertThat(all.prf().f1()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(scorer.byType().get("PER")).isEqualTo(new ConllScorer.Counts(1, 1, 1));
    assertThat(scorer.byType().get("MISC")).isEqualTo(new ConllScorer.Counts(0, 1, 0));
    assertThat(scorer.byType().get("ORG")).isEqualTo(new ConllScorer.Counts(1, 0, 0));
    assertThat(scorer.tokenAccuracy()).isCloseTo(4 / 7.0, within(1e-9));
  }

  @Test
  void mergingTwoAdjacentNamesCostsBothAndAddsAFalseOne() {
    ConllScorer scorer = new ConllScorer();
    scorer.add(tags("I-LOC B-LOC"), tags("I-LOC I-LOC"));
    assertThat(scorer.overall()).isEqualTo(new ConllScorer.Counts(2, 1, 0));
  }

  @Test
  void iob1GoldAndIob2PredictionsOfTheSameChunksScorePerfectly() {
    ConllScorer scorer = new ConllScorer();
    scorer.add(tags("I-ORG I-ORG O I-PER"), tags("B-ORG I-ORG O B-PER"));
    assertThat(scorer.overall().prf().f1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void chunksDoNotRunAcrossSentences() {
    ConllScorer scorer = new ConllScorer();
    scorer.add(tags("O I-PER"), tags("O I-PER"));
    scorer.add(tags("I-PER O"), tags("I-PER O"));
    assertThat(scorer.overall()).isEqualTo(new ConllScorer.Counts(2, 2, 2));
  }
}
