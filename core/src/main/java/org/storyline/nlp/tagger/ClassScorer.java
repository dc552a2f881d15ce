package org.storyline.nlp.tagger;

import java.util.List;

/**
 * A linear multi-class scorer over hashed features: the weights side of a perceptron tagger,
 * independent of which feature templates produced the hashes. Implemented by the immutable {@link
 * PerceptronModel} (tagging) and by {@link PerceptronTrainer} (its current weights, while learning).
 */
public interface ClassScorer {
  /** {@return the class labels; a class id is an index into this list} */
  List<String> classes();

  /** {@return the number of classes} */
  default int classCount() {
    return classes().size();
  }

  /**
   * Overwrites {@code scores[0..classCount())} with the sum over {@code features[0..count)} of each
   * feature's weight row (unknown features weigh nothing).
   */
  void score(long[] features, int count, float[] scores);

  /** {@return the best class for the features} Ties go to the lowest class id. */
  default int best(long[] features, int count, float[] scores) {
    score(features, count, scores);
    return argMax(scores, classCount());
  }

  /** {@return the index of the largest of {@code scores[0..n)}, the lowest on ties} */
  static int argMax(float[] scores, int n) {
    int best = 0;
    float max = scores[0];
    for (int c = 1; c < n; c++) {
      if (scores[c] > max) {
        max = scores[c];
        best = c;
      }
    }
    return best;
  }
}
