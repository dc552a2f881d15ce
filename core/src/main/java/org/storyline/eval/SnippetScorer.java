package org.storyline.eval;

import java.util.List;
import java.util.Locale;

/**
 * Main-text extraction scored the way trafilatura's evaluation does it ({@code tests/evaluate.py}
 * and {@code tests/eval_common.py} in github.com/adbar/trafilatura, re-implemented here): each
 * page has "with" snippets that must appear in the extracted text and "without" snippets
 * (navigation, footers, dates, share links...) that must not.
 *
 * <ul>
 *   <li>Both the extracted text and each snippet are normalised with {@link #norm}: every run of
 *       whitespace becomes one space and the ends are stripped (Python's {@code re.sub(r"\s+", " ",
 *       s).strip()}, with Python's Unicode definition of whitespace).
 *   <li>A "with" snippet contained in the text is a true positive, else a false negative; a
 *       "without" snippet contained in the text is a false positive, else a true negative.
 *   <li>No output (the extractor failed, or returned nothing) counts every "with" as a false
 *       negative and every "without" as a true negative. An empty string is an output and is
 *       scored like any text (so the result is the same).
 *   <li>Counts are summed over all pages (micro average): precision = TP/(TP+FP), recall =
 *       TP/(TP+FN), accuracy = (TP+TN)/all, F1 = 2·TP/(2·TP+FP+FN); each 0 when its denominator is.
 * </ul>
 */
public final class SnippetScorer {
  private SnippetScorer() {}

  /**
   * Confusion counts over snippets.
   *
   * @param tp "with" snippets found
   * @param fp "without" snippets found
   * @param fn "with" snippets missed
   * @param tn "without" snippets absent
   */
  public record Counts(int tp, int fp, int fn, int tn) {
    /** No snippets. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts {
      if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }

    /** {@return the sums of both counts} */
    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    /** {@return TP / (TP + FP), 0 when nothing was found} */
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** {@return TP / (TP + FN), 0 when there is nothing to find} */
    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** {@return (TP + TN) / all, 0 when there are no snippets} */
    public double accuracy() {
      int all = tp + fp + fn + tn;
      return all == 0 ? 0 : (tp + tn) / (double) all;
    }

    /** {@return 2·TP / (2·TP + FP + FN), 0 when the denominator is 0} */
    public double f1() {
      int d = 2 * tp + fp + fn;
      return d == 0 ? 0 : 2.0 * tp / d;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "TP %d FP %d FN %d TN %d: P %.4f R %.4f A %.4f F1 %.4f",
          tp, fp, fn, tn, precision(), recall(), accuracy(), f1());
    }
  }

  /**
   * {@return the counts for one page}
   *
   * @param with snippets that must appear
   * @param without snippets that must not appear
   * @param extracted the extracted main text, or null when the extractor produced nothing
   */
  public static Counts count(List<String> with, List<String> without, String extracted) {
    if (extracted == null) {
      return new Counts(0, 0, with.size(), without.size());
    }
    String text = norm(extracted);
    int tp = 0;
    for (String w : with) {
      if (text.contains(norm(w))) {
        tp++;
      }
    }
    int fp = 0;
    for (String w : without) {
      if (text.contains(norm(w))) {
        fp++;
      }
    }
    return new Counts(tp, fp, with.size() - tp, without.size() - fp);
  }

  /**
   * {@return {@code s} with every whitespace run replaced by one space and no whitespace at either
   * end} Whitespace is Python's {@code str.isspace()}: general category Zs (including no-break
   * spaces) or bidirectional class WS, B or S (tab, line feed, vertical tab, form feed, carriage
   * return, U+001C..U+001F, U+0085, U+2028, U+2029).
   */
  public static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean pending = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isPythonSpace(cp)) {
        pending = b.length() > 0;
      } else {
        if (pending) {
          b.append(' ');
          pending = false;
        }
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /** {@return whether Python's {@code str.isspace()} holds for the code point} */
  static boolean isPythonSpace(int cp) {
    if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
      return true;
    }
    byte dir = Character.getDirectionality(cp);
    return dir == Character.DIRECTIONALITY_WHITESPACE || dir == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
        || dir == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
  }
}
