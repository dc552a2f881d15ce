package org.storyline.nlp.tagger;

/**
 * Reusable per-thread buffers for greedy tagging: the feature hashes of the current position, the
 * class scores, and the classes predicted so far. Feature extractors extend it with their own
 * per-token arrays. Not thread-safe: one workspace per thread (e.g. in a {@link ThreadLocal}).
 */
public class SequenceWorkspace {
  /** Feature hashes of the position being tagged; {@link FeatureExtractor#extract} fills it. */
  public long[] features;
  /** Class scores, at least as long as the number of classes. */
  public float[] scores;
  /** Predicted (or, while training, gold-or-predicted) class id per position of the sentence. */
  public int[] classes = new int[64];

  /** Creates a workspace for up to {@code maxFeatures} features per position and {@code classCount} classes. */
  public SequenceWorkspace(int maxFeatures, int classCount) {
    if (maxFeatures <= 0 || classCount <= 0) {
      throw new IllegalArgumentException("maxFeatures and classCount must be positive: " + maxFeatures + ", " + classCount);
    }
    this.features = new long[maxFeatures];
    this.scores = new float[classCount];
  }

  /** Makes sure per-token arrays hold at least {@code n} positions; subclasses grow theirs too. */
  public void ensureLength(int n) {
    if (classes.length < n) {
      classes = new int[Math.max(n, classes.length * 2)];
    }
  }

  /** Makes sure the score buffer holds at least {@code classCount} classes. */
  public void ensureClasses(int classCount) {
    if (scores.length < classCount) {
      scores = new float[classCount];
    }
  }
}
