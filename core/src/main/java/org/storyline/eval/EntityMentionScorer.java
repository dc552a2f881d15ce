package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.Span;

/**
 * Scores entity mentions (span and type) against gold mentions of one document at a time.
 *
 * <ul>
 *   <li>strict: same span and same type; strict span: same span, any type;
 *   <li>partial: the spans overlap and the types agree; each gold and each system mention is
 *       matched at most once, greedily in text order (largest overlap first among candidates).
 * </ul>
 *
 * Recall per gold type is also kept (strict span, partial span). Types are compared as given:
 * the caller maps both sides into one vocabulary first.
 */
public final class EntityMentionScorer {
  /**
   * A mention to score.
   *
   * @param span its character span
   * @param type its type in the shared vocabulary
   */
  public record Item(Span span, String type) {}

  /**
   * Counts so far.
   *
   * @param gold gold mentions
   * @param system system mentions
   * @param strict same span and type
   * @param strictSpan same span
   * @param partial overlapping span, same type
   * @param partialSpan overlapping span, any type
   */
  public record Counts(int gold, int system, int strict, int strictSpan, int partial, int partialSpan) {
    /** {@return strict (span and type) P/R/F1} */
    public Prf strictPrf() {
      return Prf.of(strict, system, gold);
    }

    /** {@return span-only strict P/R/F1} */
    public Prf strictSpanPrf() {
      return Prf.of(strictSpan, system, gold);
    }

    /** {@return partial-overlap (with type) P/R/F1} */
    public Prf partialPrf() {
      return Prf.of(partial, system, gold);
    }

    /** {@return partial-overlap span-only P/R/F1} */
    public Prf partialSpanPrf() {
      return Prf.of(partialSpan, system, gold);
    }
  }

  private int gold;
  private int system;
  private int strict;
  private int strictSpan;
  private int partial;
  private int partialSpan;
  private final Map<String, int[]> byType = new TreeMap<>();

  /** Adds one document's gold and system mentions. */
  public void add(List<Item> goldItems, List<Item> systemItems) {
    gold += goldItems.size();
    system += systemItems.size();
    for (Item g : goldItems) {
      byType.computeIfAbsent(g.type(), k -> new int[3])[0]++;
    }
    boolean[] usedSystem = new boolean[systemItems.size()];
    for (Item g : goldItems) {
      for (int s = 0; s < systemItems.size(); s++) {
        Item p = systemItems.get(s);
        if (!usedSystem[s] && p.span().equals(g.span())) {
          usedSystem[s] = true;
          strictSpan++;
          byType.get(g.type())[1]++;
          if (p.type().equals(g.type())) {
            strict++;
          }
          break;
        }
      }
    }
    partial += overlapMatches(goldItems, systemItems, true, null);
    partialSpan += overlapMatches(goldItems, systemItems, false, byType);
  }

  private static int overlapMatches(List<Item> goldItems, List<Item> systemItems, boolean typed, Map<String, int[]> byType) {
    boolean[] used = new boolean[systemItems.size()];
    int n = 0;
    for (Item g : goldItems) {
      int best = -1;
      int bestOverlap = 0;
      for (int s = 0; s < systemItems.size(); s++) {
        Item p = systemItems.get(s);
        if (used[s] || (typed && !p.type().equals(g.type()))) {
          continue;
        }
        int overlap = Math.min(p.span().end(), g.span().end()) - Math.max(p.span().start(), g.span().start());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = s;
        }
      }
      if (best >= 0) {
        used[best] = true;
        n++;
        if (byType != null) {
          byType.get(g.type())[2]++;
        }
      }
    }
    return n;
  }

  /** {@return the counts so far} */
  public Counts counts() {
    return new Counts(gold, system, strict, strictSpan, partial, partialSpan);
  }

  /**
   * {@return per gold type: [gold, strict-span matches, partial-span matches]}
   */
  public Map<String, int[]> byType() {
    Map<String, int[]> out = new TreeMap<>();
    byType.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  /** {@return the gold types seen} */
  public List<String> types() {
    return new ArrayList<>(byType.keySet());
  }
}
