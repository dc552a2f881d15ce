package org.storyline.nlp.tagger;

/**
 * Greedy left-to-right decoding: each position takes its fixed class if the extractor gives one,
 * else the best-scoring class given the features (which may depend on the classes chosen to its
 * left). Used for tagging with a {@link PerceptronModel} and, with the trainer's current weights,
 * while learning. Immutable and thread-safe as long as each thread passes its own workspace.
 *
 * @param <S> the sentence type
 * @param <W> the extractor's workspace type
 */
public final class GreedyDecoder<S, W extends SequenceWorkspace> {
  private final ClassScorer scorer;
  private final FeatureExtractor<S, W> extractor;

  /** Decodes with {@code scorer}'s weights over {@code extractor}'s features. */
  public GreedyDecoder(ClassScorer scorer, FeatureExtractor<S, W> extractor) {
    this.scorer = scorer;
    this.extractor = extractor;
  }

  /** {@return the scorer} */
  public ClassScorer scorer() {
    return scorer;
  }

  /** {@return the feature extractor} */
  public FeatureExtractor<S, W> extractor() {
    return extractor;
  }

  /**
   * Tags {@code sentence}, leaving the class ids in {@code workspace.classes[0..n)}, and {@return
   * n, the sentence length}
   */
  public int decode(S sentence, W workspace) {
    int n = extractor.prepare(sentence, workspace);
    workspace.ensureClasses(scorer.classCount());
    int[] classes = workspace.classes;
    for (int i = 0; i < n; i++) {
      int fixed = extractor.fixedClass(workspace, i);
      if (fixed >= 0) {
        classes[i] = fixed;
      } else {
        int count = extractor.extract(workspace, i);
        classes[i] = scorer.best(workspace.features, count, workspace.scores);
      }
    }
    return n;
  }
}
