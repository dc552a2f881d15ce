package org.storyline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patterns of one rule list indexed by the words their first element accepts, so that each
 * token only tries the rules that can start there. A pattern's first element is a plain word
 * set (never a gap or a negation), so a rule left out by the index could not have matched:
 * matching through the index finds exactly the (token, rule) pairs a scan of every rule at every
 * token finds, in the same order (by token, then by rule index). Immutable and thread-safe.
 */
final class PatternIndex {
  private static final int[] NONE = new int[0];

  /** First word -> indices (ascending) of the rules whose first element accepts it. */
  private final Map<String, int[]> byFirstWord;

  PatternIndex(List<TokenPattern> patterns) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int r = 0; r < patterns.size(); r++) {
      for (String w : patterns.get(r).firstWords()) {
        lists.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : lists.entrySet()) {
      List<Integer> rules = e.getValue();
      int[] a = new int[rules.size()];
      for (int k = 0; k < a.length; k++) {
        a[k] = rules.get(k);
      }
      index.put(e.getKey(), a);
    }
    this.byFirstWord = Map.copyOf(index);
  }

  /**
   * {@return the ascending, distinct indices of the rules whose first element accepts the token}
   * (its lower-cased form or one of its lemmas). The array is shared when only one form of the
   * token is indexed: callers must not modify it.
   */
  int[] candidates(SentenceView.Tok t) {
    int[] only = null;
    int[] merged = null;
    int n = 0;
    for (String key : t.keys) {
      int[] rules = byFirstWord.get(key);
      if (rules == null) {
        continue;
      }
      if (only == null && merged == null) {
        only = rules;
        continue;
      }
      if (merged == null) {
        merged = Arrays.copyOf(only, only.length + rules.length);
        n = only.length;
        only = null;
      } else if (n + rules.length > merged.length) {
        merged = Arrays.copyOf(merged, Math.max(merged.length * 2, n + rules.length));
      }
      System.arraycopy(rules, 0, merged, n, rules.length);
      n += rules.length;
    }
    if (merged == null) {
      return only == null ? NONE : only;
    }
    Arrays.sort(merged, 0, n);
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (m == 0 || merged[m - 1] != merged[k]) {
        merged[m++] = merged[k];
      }
    }
    return Arrays.copyOf(merged, m);
  }
}
