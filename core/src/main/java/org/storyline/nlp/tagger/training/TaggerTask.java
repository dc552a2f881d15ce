package org.storyline.nlp.tagger.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.storyline.nlp.tagger.PerceptronModel;

/**
 * One kind of tagger the {@code storyline train-tagger} command can train from a teacher corpus
 * (part of speech, named entities, ...): which column it learns, how to train, load and evaluate
 * its model. The command owns the corpus split, progress output and the size/load-time report.
 */
public interface TaggerTask {
  /** {@return the task name used on the command line, e.g. {@code pos}} */
  String name();

  /**
   * Trains a model on {@code train} and {@return it} with {@code provenance} stored in its
   * properties. Progress lines go to {@code progress}.
   */
  PerceptronModel train(List<TaggedSentence> train, int epochs, long seed, java.util.Map<String, String> provenance,
      PrintWriter progress);

  /** Reads a model this task wrote, checking it builds a working tagger, and {@return it} */
  PerceptronModel read(InputStream in) throws IOException;

  /**
   * {@return the model's agreement with the corpus labels on {@code heldOut}} counting separately
   * the tokens whose word never occurs in {@code train}.
   */
  Agreement evaluate(PerceptronModel model, List<TaggedSentence> train, List<TaggedSentence> heldOut);

  /**
   * {@return further held-out figures to print, one line each (e.g. entity span F1)} None by
   * default.
   */
  default List<String> figures(PerceptronModel model, List<TaggedSentence> heldOut) {
    return List.of();
  }

  /** Token-level agreement: all tokens, and tokens whose word was not seen in training. */
  record Agreement(long tokens, long correct, long unseenTokens, long unseenCorrect) {
    /** {@return correct / tokens, or NaN without tokens} */
    public double accuracy() {
      return tokens == 0 ? Double.NaN : (double) correct / tokens;
    }

    /** {@return unseenCorrect / unseenTokens, or NaN without unseen tokens} */
    public double unseenAccuracy() {
      return unseenTokens == 0 ? Double.NaN : (double) unseenCorrect / unseenTokens;
    }

    /**
     * {@return the agreement of {@code predict} with {@code gold} over the held-out sentences that
     * have gold labels} a token counting as unseen when its word never occurs in {@code train}.
     */
    public static Agreement count(List<TaggedSentence> train, List<TaggedSentence> heldOut,
        Function<TaggedSentence, String[]> gold, Function<TaggedSentence, String[]> predict) {
      Set<String> vocabulary = new HashSet<>();
      for (TaggedSentence s : train) {
        vocabulary.addAll(Arrays.asList(s.words()));
      }
      long tokens = 0;
      long correct = 0;
      long unseen = 0;
      long unseenCorrect = 0;
      for (TaggedSentence s : heldOut) {
        String[] expected = gold.apply(s);
        if (expected == null) {
          continue;
        }
        String[] labels = predict.apply(s);
        for (int i = 0; i < labels.length; i++) {
          boolean right = labels[i].equals(expected[i]);
          tokens++;
          correct += right ? 1 : 0;
          if (!vocabulary.contains(s.words()[i])) {
            unseen++;
            unseenCorrect += right ? 1 : 0;
          }
        }
      }
      return new Agreement(tokens, correct, unseen, unseenCorrect);
    }
  }
}
