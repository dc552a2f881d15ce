package org.storyline.nlp.tagger;

import java.util.List;
import java.util.Random;

/**
 * Trains a greedy left-to-right tagger: several epochs over the training sentences in an order
 * shuffled with a fixed seed (so a run is reproducible), each position decoded with the current
 * weights exactly as {@link GreedyDecoder} will decode it later (the predicted classes to the left
 * feed the history features), then a perceptron update toward the gold class. Positions the
 * extractor fixes (see {@link FeatureExtractor#fixedClass}) are neither scored nor trained.
 *
 * <p>Not thread-safe.
 *
 * @param <S> the sentence type
 * @param <W> the extractor's workspace type
 */
public final class SequenceTrainer<S, W extends SequenceWorkspace> {
  /** Called after each epoch with that epoch's training accuracy (against the weights of the moment). */
  @FunctionalInterface
  public interface Listener {
    /** Epoch {@code epoch} (1-based) of {@code epochs} saw {@code tokens} scored tokens, {@code correct} right. */
    void epochDone(int epoch, int epochs, long tokens, long correct);
  }

  private final FeatureExtractor<S, W> extractor;
  private final PerceptronTrainer weights;

  /** Trains {@code weights} on {@code extractor}'s features. */
  public SequenceTrainer(FeatureExtractor<S, W> extractor, PerceptronTrainer weights) {
    this.extractor = extractor;
    this.weights = weights;
  }

  /** {@return the weights being trained} */
  public PerceptronTrainer weights() {
    return weights;
  }

  /**
   * Runs {@code epochs} passes over {@code sentences} (gold class ids in {@code gold}, one array per
   * sentence, of the sentence's length), shuffling the order before each pass with a {@link Random}
   * seeded once with {@code seed}.
   */
  public void train(List<S> sentences, List<int[]> gold, int epochs, long seed, Listener listener) {
    if (sentences.size() != gold.size()) {
      throw new IllegalArgumentException(sentences.size() + " sentences but " + gold.size() + " gold sequences");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1: " + epochs);
    }
    W workspace = extractor.newWorkspace();
    workspace.ensureClasses(weights.classCount());
    int[] order = new int[sentences.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      long tokens = 0;
      long correct = 0;
      for (int index : order) {
        S sentence = sentences.get(index);
        int[] truth = gold.get(index);
        int n = extractor.prepare(sentence, workspace);
        if (n != truth.length) {
          throw new IllegalArgumentException("sentence " + index + " has " + n + " tokens but " + truth.length + " gold classes");
        }
        int[] classes = workspace.classes;
        for (int i = 0; i < n; i++) {
          int fixed = extractor.fixedClass(workspace, i);
          if (fixed >= 0) {
            classes[i] = fixed;
            continue;
          }
          int count = extractor.extract(workspace, i);
          int guess = weights.best(workspace.features, count, workspace.scores);
          weights.update(workspace.features, count, truth[i], guess);
          weights.tick();
          classes[i] = guess;
          tokens++;
          if (guess == truth[i]) {
            correct++;
          }
        }
      }
      listener.epochDone(epoch, epochs, tokens, correct);
    }
  }
}
