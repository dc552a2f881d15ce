package org.storyline.nlp.tagger.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
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
  }
}
