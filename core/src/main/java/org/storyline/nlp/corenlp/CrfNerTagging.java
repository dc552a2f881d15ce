package org.storyline.nlp.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.storyline.nlp.tagger.NerTagging;

/**
 * The reference engine's name classifier alone: Stanford CoreNLP's CoNLL 4-class CRF ({@code
 * english.conll.4class.distsim}, the model {@link CoreNlpAnalyzer} runs) called directly on one
 * pre-tokenised, POS-tagged sentence, with the pieces of a hyphenated word (hyphens tagged {@code
 * HYPH}) classified as one word, as CoreNLP's NER-specific tokenisation does (when asked to). It labels names only ({@code PERSON}, {@code LOCATION},
 * {@code ORGANIZATION}, {@code MISC}, else {@code O}); numbers and dates are left to the caller
 * (see {@link org.storyline.nlp.tagger.NerTagger#withFallback}). Loading takes a few seconds;
 * tagging is thread-safe.
 */
public final class CrfNerTagging implements NerTagging {
  /** The CRF model, as in {@link CoreNlpAnalyzer}. */
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;
  private final boolean joinHyphenated;

  /**
   * Loads the model from the classpath.
   *
   * @param joinHyphenated whether a hyphen tagged {@code HYPH} joins its neighbours into one word
   *     (true for tokens of running text, where CoreNLP's tokenizer split a hyphenated word and the
   *     reference engine re-joins it for NER; false for text whose tokens were all separated by
   *     spaces, such as CoNLL files, where the reference engine joins nothing)
   * @throws IllegalStateException when the model cannot be loaded
   */
  public CrfNerTagging(boolean joinHyphenated) {
    this.joinHyphenated = joinHyphenated;
    try {
      this.crf = CRFClassifier.getClassifier(MODEL);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new IllegalStateException("cannot load the CoreNLP NER model " + MODEL + ": " + e, e);
    }
  }

  /**
   * Labels CoreNLP's NER words as the caller grouped them: the tokens sharing a {@code wordOf}
   * index are classified as one word (their texts concatenated, the first token's POS), and all of
   * them take its label; with {@code wordOf} null every token is a word of its own. The caller knows
   * what the tags alone cannot: whether a hyphen was written inside a word ("Kyiv-Ukraine") or apart
   * ("Kyiv - Ukraine"), and CoreNLP's exceptions ("Moscow-based" stays two words).
   */
  @Override
  public String[] tag(String[] words, String[] posTags, int[] wordOf) {
    return classifyWords(words, posTags, wordOf, false);
  }

  /**
   * Classifies the words {@code wordOf} groups (null: each token alone), each group's POS being its
   * first or its last token's, and gives every token its group's label.
   */
  private String[] classifyWords(String[] words, String[] posTags, int[] wordOf, boolean lastTag) {
    String[] out = new String[words.length];
    if (words.length == 0) {
      return out;
    }
    List<CoreLabel> labels = new ArrayList<>(words.length);
    int[] first = new int[words.length + 1];
    int i = 0;
    while (i < words.length) {
      int j = i + 1;
      StringBuilder word = new StringBuilder(words[i]);
      while (wordOf != null && j < words.length && wordOf[j] == wordOf[i]) {
        word.append(words[j]);
        j++;
      }
      first[labels.size()] = i;
      labels.add(label(word.toString(), lastTag ? posTags[j - 1] : posTags[i], labels.size() + 1));
      i = j;
    }
    return classify(labels, first, out);
  }

  private static CoreLabel label(String w, String tag, int index) {
    CoreLabel l = new CoreLabel();
    l.setWord(w);
    l.setValue(w);
    l.setOriginalText(w);
    l.setTag(tag);
    l.setIndex(index);
    return l;
  }

  private String[] classify(List<CoreLabel> labels, int[] first, String[] out) {
    first[labels.size()] = out.length;
    List<CoreLabel> tagged = crf.classifySentence(labels);
    for (int k = 0; k < labels.size(); k++) {
      String a = tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class);
      String label = a == null || a.equals(crf.backgroundSymbol()) ? "O" : a;
      for (int t = first[k]; t < first[k + 1]; t++) {
        out[t] = label;
      }
    }
    return out;
  }


  @Override
  public String[] tag(String[] words, String[] posTags) {
    if (!joinHyphenated) {
      return classifyWords(words, posTags, null, false);
    }
    // like CoreNLP's NER-specific tokenisation, judged from the tags alone: a word split at its
    // hyphens (the hyphens tagged HYPH) is classified as one word, with its last piece's tag
    int[] wordOf = new int[words.length];
    int group = -1;
    int i = 0;
    while (i < words.length) {
      group++;
      wordOf[i] = group;
      int j = i + 1;
      while (j + 1 < words.length && "HYPH".equals(posTags[j]) && !"HYPH".equals(posTags[j + 1])
          && !"HYPH".equals(posTags[i])) {
        wordOf[j] = group;
        wordOf[j + 1] = group;
        j += 2;
      }
      i = j;
    }
    return classifyWords(words, posTags, wordOf, true);
  }

}
