package org.storyline.nlp.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.storyline.nlp.tagger.NerTagging;

/**
 * The reference engine's name classifier alone: Stanford CoreNLP's CoNLL 4-class CRF ({@code
 * english.conll.4class.distsim}, the model {@link CoreNlpAnalyzer} runs) called directly on one
 * pre-tokenised, POS-tagged sentence. It labels names only ({@code PERSON}, {@code LOCATION},
 * {@code ORGANIZATION}, {@code MISC}, else {@code O}); numbers and dates are left to the caller
 * (see {@link org.storyline.nlp.tagger.NerTagger#withFallback}). Loading takes a few seconds;
 * tagging is thread-safe.
 */
public final class CrfNerTagging implements NerTagging {
  /** The CRF model, as in {@link CoreNlpAnalyzer}. */
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;

  /**
   * Loads the model from the classpath.
   *
   * @throws IllegalStateException when the model cannot be loaded
   */
  public CrfNerTagging() {
    try {
      this.crf = CRFClassifier.getClassifier(MODEL);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new IllegalStateException("cannot load the CoreNLP NER model " + MODEL + ": " + e, e);
    }
  }

  @Override
  public String[] tag(String[] words, String[] posTags) {
    List<CoreLabel> labels = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      CoreLabel l = new CoreLabel();
      l.setWord(words[i]);
      l.setValue(words[i]);
      l.setOriginalText(words[i]);
      l.setTag(posTags[i]);
      l.setIndex(i + 1);
      labels.add(l);
    }
    String[] out = new String[words.length];
    if (words.length == 0) {
      return out;
    }
    List<CoreLabel> tagged = crf.classifySentence(labels);
    for (int i = 0; i < out.length; i++) {
      String a = tagged.get(i).get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class);
      out[i] = a == null || a.equals(crf.backgroundSymbol()) ? "O" : a;
    }
    return out;
  }
}
