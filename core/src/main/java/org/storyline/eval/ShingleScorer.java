package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Token-shingle scores for main-text extraction, less brittle than exact snippet search: a
 * snippet that differs from the output by punctuation, case, a bullet or a soft hyphen between
 * words still counts for the words it shares.
 *
 * <p><b>Tokens.</b> Maximal runs of letters, digits and combining marks, lower-cased ({@link
 * Locale#ROOT}); every Han, Hiragana and Katakana character is a token of its own (those scripts do
 * not separate words with spaces). Everything else separates tokens.
 *
 * <p><b>Shingles.</b> The {@value #N}-token windows of a token sequence ({@code N} = 4); a
 * sequence shorter than that is one shingle of all its tokens; no tokens, no shingles.
 *
 * <p><b>Against a reference text</b> ({@link #score}): shingles are counted as multisets;
 * matches = Σ min(count in output, count in reference); precision = matches / output shingles,
 * recall = matches / reference shingles (the scheme of shingle-based extraction benchmarks).
 *
 * <p><b>Against with/without snippets</b> ({@link #count}): each shingle of a "with" snippet found
 * among the output's windows of the same length is a true positive, else a false negative; each
 * shingle of a "without" snippet found is a false positive, else a true negative. Summed over
 * pages, F1 = 2·TP/(2·TP+FP+FN). A page without output counts every "with" shingle as a false
 * negative.
 */
public final class ShingleScorer {
  /** Tokens per shingle. */
  public static final int N = 4;

  private ShingleScorer() {}

  /** {@return the tokens of {@code s}, see the class documentation} */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isIdeographic(cp)) {
        flush(cur, out);
        out.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        cur.appendCodePoint(cp);
      } else {
        flush(cur, out);
      }
    }
    flush(cur, out);
    return out;
  }

  /** {@return the shingles of {@code tokens} with their counts} */
  public static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int n = Math.min(N, tokens.size());
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** {@return shingle precision, recall and F1 of {@code extracted} against {@code reference}} */
  public static Prf score(String extracted, String reference) {
    Map<List<String>, Integer> sys = shingles(tokens(extracted));
    Map<List<String>, Integer> gold = shingles(tokens(reference));
    int matches = 0;
    for (Map.Entry<List<String>, Integer> e : sys.entrySet()) {
      matches += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
    }
    int system = sys.values().stream().mapToInt(Integer::intValue).sum();
    int expected = gold.values().stream().mapToInt(Integer::intValue).sum();
    return Prf.of(matches, system, expected);
  }

  /**
   * {@return shingle counts for one page} See the class documentation.
   *
   * @param extracted the extracted text, or null when the extractor produced nothing
   */
  public static SnippetScorer.Counts count(List<String> with, List<String> without, String extracted) {
    List<String> text = extracted == null ? List.of() : tokens(extracted);
    Map<Integer, Set<List<String>>> windows = new HashMap<>();
    int tp = 0;
    int fn = 0;
    for (String w : with) {
      for (Map.Entry<List<String>, Integer> e : shingles(tokens(w)).entrySet()) {
        if (windows(text, e.getKey().size(), windows).contains(e.getKey())) {
          tp += e.getValue();
        } else {
          fn += e.getValue();
        }
      }
    }
    int fp = 0;
    int tn = 0;
    for (String w : without) {
      Map<List<String>, Integer> sh = shingles(tokens(w));
      for (Map.Entry<List<String>, Integer> e : sh.entrySet()) {
        if (windows(text, e.getKey().size(), windows).contains(e.getKey())) {
          fp += e.getValue();
        } else {
          tn += e.getValue();
        }
      }
    }
    return new SnippetScorer.Counts(tp, fp, fn, tn);
  }

  private static Set<List<String>> windows(List<String> text, int n, Map<Integer, Set<List<String>>> cache) {
    return cache.computeIfAbsent(n, k -> {
      Set<List<String>> set = new HashSet<>();
      for (int i = 0; i + k <= text.size(); i++) {
        set.add(List.copyOf(text.subList(i, i + k)));
      }
      return set;
    });
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString().toLowerCase(Locale.ROOT));
      cur.setLength(0);
    }
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static boolean isIdeographic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }
}
