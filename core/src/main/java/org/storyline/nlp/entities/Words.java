package org.storyline.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * The words of a text for dictionary matching: runs of letters, marks and digits, and dotted
 * abbreviations ("U.S.", "J.D."). Hyphens and apostrophes separate words, so "Trump-Putin" and
 * "Trump’s" both contain the word "Trump" whatever the tokenizer did.
 */
final class Words {
  private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+");

  /** A word with its offsets in the text and its folded form. */
  record Word(int start, int end, String text, String folded) {
    Span span() {
      return new Span(start, end);
    }

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  private final String text;
  private final List<Word> words;

  private Words(String text, List<Word> words) {
    this.text = text;
    this.words = words;
  }

  static Words of(String text) {
    return new Words(text, scan(text));
  }

  static List<Word> scan(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.start(), m.end(), m.group(), Names.fold(m.group())));
    }
    return out;
  }

  /**
   * {@return the gap between two words in a comparable form} A run of spaces or tabs is " ", one
   * hyphen or dash is "-", an apostrophe "'", ". " after an initial stays ". "; anything else
   * (line breaks, other punctuation) is returned as is and so only matches itself.
   */
  static String normalGap(String text, int from, int to) {
    String gap = text.substring(from, to);
    if (!gap.isEmpty() && gap.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\u00a0')) {
      return " ";
    }
    if (gap.length() == 1) {
      char c = gap.charAt(0);
      if (c == '-' || c == '‐' || c == '‑' || c == '–' || c == '—') {
        return "-";
      }
      if (c == '\'' || c == '’') {
        return "'";
      }
    }
    if (gap.startsWith(".") && gap.length() > 1 && gap.substring(1).isBlank() && !gap.contains("\n")) {
      return ". ";
    }
    return gap;
  }

  int size() {
    return words.size();
  }

  Word get(int i) {
    return words.get(i);
  }

  List<Word> all() {
    return words;
  }

  String text() {
    return text;
  }

  /** {@return the normalised gap before word {@code i} (i > 0)} */
  String gapBefore(int i) {
    return normalGap(text, words.get(i - 1).end(), words.get(i).start());
  }

  /** {@return the raw text between word {@code i-1} and word {@code i}, or the text before word 0} */
  String rawGapBefore(int i) {
    return i == 0 ? text.substring(0, words.get(0).start()) : text.substring(words.get(i - 1).end(), words.get(i).start());
  }

  /** {@return the index of the first word starting at or after {@code offset}, or size()} */
  int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@return the index of the word starting exactly at {@code offset}, or -1} */
  int indexStartingAt(int offset) {
    int i = indexAtOrAfter(offset);
    return i < words.size() && words.get(i).start() == offset ? i : -1;
  }

  /** {@return the index of the word ending exactly at {@code offset}, or -1} */
  int indexEndingAt(int offset) {
    int i = indexAtOrAfter(offset) - 1;
    while (i >= 0 && words.get(i).end() > offset) {
      i--;
    }
    return i >= 0 && words.get(i).end() == offset ? i : -1;
  }
}
