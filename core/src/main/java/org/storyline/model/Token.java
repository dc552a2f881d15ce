package org.storyline.model;

/**
 * A token with its part of speech (Penn Treebank tag) and lemma. {@code sentence} is the index of
 * the sentence holding it.
 */
public record Token(int sentence, Span span, String text, String pos, String lemma) {
  public Token {
    if (sentence < 0 || span == null || text == null) {
      throw new IllegalArgumentException("invalid token " + text + " " + span);
    }
    pos = pos == null ? "" : pos;
    lemma = lemma == null ? text : lemma;
  }
}
