package org.storyline.nlp.tagger;

/**
 * Named-entity labelling of one sentence, one label per word, in CoreNLP's coarse label set:
 * {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC} and the numeric classes
 * {@code MONEY}, {@code NUMBER}, {@code ORDINAL}, {@code PERCENT} (others, such as {@code DATE},
 * may appear and are ignored downstream), or {@code O}. Labels carry no B-/I- prefix: like
 * CoreNLP, consecutive words with the same label form one mention. Implementations are
 * thread-safe and never return null labels.
 */
@FunctionalInterface
public interface NerTagging {
  /** {@return one label per word} {@code posTags} are the words' Penn Treebank tags, same length. */
  String[] tag(String[] words, String[] posTags);
}
