package org.storyline.nlp.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-word string as a sequence of folded words and the normalised gaps between them, so
 * that "Donald J. Trump" in a lexicon matches "Donald J. Trump" in a text regardless of case and
 * "president-elect" matches "President-Elect".
 */
record Phrase(String surface, List<String> words, List<String> gaps) {
  Phrase {
    words = List.copyOf(words);
    gaps = List.copyOf(gaps);
    if (words.isEmpty() || gaps.size() != words.size() - 1) {
      throw new IllegalArgumentException("phrase needs words: '" + surface + "'");
    }
  }

  static Phrase of(String surface) {
    List<Words.Word> ws = Words.scan(surface);
    List<String> words = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      words.add(ws.get(i).folded());
      if (i > 0) {
        gaps.add(Words.normalGap(surface, ws.get(i - 1).end(), ws.get(i).start()));
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("phrase without words: '" + surface + "'");
    }
    return new Phrase(surface, words, gaps);
  }

  int size() {
    return words.size();
  }

  String first() {
    return words.get(0);
  }

  String last() {
    return words.get(words.size() - 1);
  }

  /** {@return whether the phrase occurs in {@code words} starting at index {@code i}} */
  boolean matchesAt(Words words, int i) {
    if (i + this.words.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < this.words.size(); k++) {
      if (!words.get(i + k).folded().equals(this.words.get(k))) {
        return false;
      }
      if (k > 0 && !words.gapBefore(i + k).equals(gaps.get(k - 1))) {
        return false;
      }
    }
    return true;
  }
}
