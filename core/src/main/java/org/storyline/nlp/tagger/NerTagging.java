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

  /**
   * {@return one label per word, knowing which words the text wrote as one} {@code wordOf[i]} is the
   * index of the written word token {@code i} belongs to (non-decreasing; the tokens of a
   * hyphenated word such as "Trump-Putin" share one index), or {@code wordOf} is null when every
   * token is a word of its own. Taggers that label CoreNLP's NER words (hyphenated words whole) use
   * it; the default ignores it.
   */
  default String[] tag(String[] words, String[] posTags, int[] wordOf) {
    return tag(words, posTags);
  }
}
