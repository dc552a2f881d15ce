package org.storyline.nlp.tagger;

/**
 * Part-of-speech tagging of one sentence: a Penn Treebank tag (the tag set CoreNLP's English models
 * use, e.g. {@code NNP}, {@code VBD}, {@code -LRB-}) for each word. Implementations are
 * thread-safe and never return null tags.
 */
@FunctionalInterface
public interface PosTagging {
  /** {@return one tag per word, in order} The words are one sentence's tokens as the tokenizer wrote them. */
  String[] tag(String[] words);
}
