package org.storyline.nlp.tagger.training;

import java.util.Arrays;

/**
 * One training sentence: words with their part-of-speech tags and named-entity labels (the latter
 * may be {@code null} for corpora without them). The arrays are owned by the sentence and must not
 * be modified.
 */
public final class TaggedSentence {
  private final String docId;
  private final String[] words;
  private final String[] pos;
  private final String[] ner;

  /** A sentence of document {@code docId}; {@code pos} and {@code ner} (nullable) are as long as {@code words}. */
  public TaggedSentence(String docId, String[] words, String[] pos, String[] ner) {
    if (pos.length != words.length || (ner != null && ner.length != words.length)) {
      throw new IllegalArgumentException("column lengths differ in " + docId + ": " + Arrays.toString(words));
    }
    this.docId = docId;
    this.words = words;
    this.pos = pos;
    this.ner = ner;
  }

  /** {@return the id of the document the sentence comes from} */
  public String docId() {
    return docId;
  }

  /** {@return the words (do not modify)} */
  public String[] words() {
    return words;
  }

  /** {@return the part-of-speech tags (do not modify)} */
  public String[] pos() {
    return pos;
  }

  /** {@return the named-entity labels, or null when the corpus has none (do not modify)} */
  public String[] ner() {
    return ner;
  }

  /** {@return the number of words} */
  public int length() {
    return words.length;
  }

  /**
   * {@return whether the sentence's document is held out for evaluation} The split rule shared by
   * all our distilled taggers: held out when {@code Math.floorMod(docId.hashCode(), 10) == 0}.
   */
  public boolean heldOut() {
    return isHeldOut(docId);
  }

  /** {@return whether documents with this id are held out} ({@code floorMod(hashCode, 10) == 0}) */
  public static boolean isHeldOut(String docId) {
    return Math.floorMod(docId.hashCode(), 10) == 0;
  }
}
