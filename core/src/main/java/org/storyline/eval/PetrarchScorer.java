package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores sentence-level CAMEO coding against PETRARCH validation records. For each record the
 * predicted events are (source actor code, target actor code, CAMEO event code) triples, a missing
 * actor code written {@code ---} as in the gold.
 *
 * <ul>
 *   <li>exact record match: the set of predicted triples equals the set of expected ones (for a
 *       no-event record: nothing predicted);
 *   <li>triple, full-code and root-code (first two digits) precision/recall/F1, micro-averaged:
 *       per record, the multiset intersection of predicted and expected triples (codes, roots)
 *       counts as correct; every prediction is a system answer, every expected event a gold one;
 *   <li>source and target actor-code agreement: on records where some predicted event has the
 *       right event root, whether the best such event also has the expected source (target) code;
 *   <li>no-event records left uncoded.
 * </ul>
 *
 * Every figure is also kept per record category (DEMO, ACTOR, ...).
 */
public final class PetrarchScorer {
  /**
   * Counts for a group of records.
   *
   * @param records records scored
   * @param exact records whose triple set matched exactly
   * @param noEvent no-event records
   * @param noEventUncoded of those, records with no prediction
   * @param gold expected events
   * @param system predicted events
   * @param tripleCorrect matched triples
   * @param fullCorrect matched full event codes
   * @param rootCorrect matched root codes
   * @param rootRecords records with a matched root code
   * @param sourceRight of those, records where the matching event had the expected source code
   * @param targetRight of those, records where the matching event had the expected target code
   */
  public record Counts(int records, int exact, int noEvent, int noEventUncoded, int gold, int system, int tripleCorrect,
      int fullCorrect, int rootCorrect, int rootRecords, int sourceRight, int targetRight) {
    /** {@return the share of records matched exactly} */
    public double exactRate() {
      return records == 0 ? 0 : exact / (double) records;
    }

    /** {@return triple P/R/F1} */
    public Prf triples() {
      return Prf.of(tripleCorrect, system, gold);
    }

    /** {@return full CAMEO event-code P/R/F1} */
    public Prf full() {
      return Prf.of(fullCorrect, system, gold);
    }

    /** {@return root (two-digit) CAMEO event-code P/R/F1} */
    public Prf root() {
      return Prf.of(rootCorrect, system, gold);
    }

    /** {@return the share of no-event records left uncoded} */
    public double noEventRate() {
      return noEvent == 0 ? 0 : noEventUncoded / (double) noEvent;
    }

    Counts plus(Counts o) {
      return new Counts(records + o.records, exact + o.exact, noEvent + o.noEvent, noEventUncoded + o.noEventUncoded,
          gold + o.gold, system + o.system, tripleCorrect + o.tripleCorrect, fullCorrect + o.fullCorrect,
          rootCorrect + o.rootCorrect, rootRecords + o.rootRecords, sourceRight + o.sourceRight,
          targetRight + o.targetRight);
    }
  }

  private static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  private Counts total = ZERO;
  private final Map<String, Counts> byCategory = new TreeMap<>();

  /**
   * Adds one record.
   *
   * @param category its category
   * @param expected expected triples (empty: a no-event record)
   * @param predicted predicted triples, most confident first
   */
  public void add(String category, List<PetrarchRecords.Triple> expected, List<PetrarchRecords.Triple> predicted) {
    boolean noEvent = expected.isEmpty();
    boolean exact = new HashSet<>(expected).equals(new HashSet<>(predicted));
    int triples = overlap(expected, predicted, t -> t.source() + "|" + t.target() + "|" + t.event());
    int full = overlap(expected, predicted, PetrarchRecords.Triple::event);
    int root = overlap(expected, predicted, t -> root(t.event()));
    int rootRecords = 0;
    int sourceRight = 0;
    int targetRight = 0;
    if (root > 0) {
      rootRecords = 1;
      PetrarchRecords.Triple best = null;
      PetrarchRecords.Triple bestGold = null;
      int bestScore = -1;
      for (PetrarchRecords.Triple p : predicted) {
        for (PetrarchRecords.Triple g : expected) {
          if (!root(p.event()).equals(root(g.event()))) {
            continue;
          }
          int score = (p.source().equals(g.source()) ? 1 : 0) + (p.target().equals(g.target()) ? 1 : 0);
          if (score > bestScore) {
            bestScore = score;
            best = p;
            bestGold = g;
          }
        }
      }
      sourceRight = best.source().equals(bestGold.source()) ? 1 : 0;
      targetRight = best.target().equals(bestGold.target()) ? 1 : 0;
    }
    Counts c = new Counts(1, exact ? 1 : 0, noEvent ? 1 : 0, noEvent && predicted.isEmpty() ? 1 : 0,
        expected.size(), predicted.size(), triples, full, root, rootRecords, sourceRight, targetRight);
    total = total.plus(c);
    byCategory.merge(category, c, Counts::plus);
  }

  /** {@return the counts over all records} */
  public Counts total() {
    return total;
  }

  /** {@return the counts per category, by category name} */
  public Map<String, Counts> byCategory() {
    return Map.copyOf(byCategory);
  }

  /** {@return the categories in name order} */
  public List<String> categories() {
    return new ArrayList<>(byCategory.keySet());
  }

  static String root(String code) {
    return code.length() <= 2 ? code : code.substring(0, 2);
  }

  private static int overlap(List<PetrarchRecords.Triple> a, List<PetrarchRecords.Triple> b,
      java.util.function.Function<PetrarchRecords.Triple, String> key) {
    Map<String, Integer> left = new HashMap<>();
    for (PetrarchRecords.Triple t : a) {
      left.merge(key.apply(t), 1, Integer::sum);
    }
    int n = 0;
    for (PetrarchRecords.Triple t : b) {
      Integer k = left.get(key.apply(t));
      if (k != null && k > 0) {
        n++;
        left.put(key.apply(t), k - 1);
      }
    }
    return n;
  }
}
