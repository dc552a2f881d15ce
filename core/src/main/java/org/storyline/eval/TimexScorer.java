package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * TempEval-3 Task A timex scoring (UzZaman et al. 2013; the task's {@code TE3-evaluation.py} /
 * {@code evaluate_entities.py}), micro-averaged over documents.
 *
 * <p>Matching, per document: each gold TIMEX3 is paired with at most one system TIMEX3 and vice
 * versa. A pair is a <em>relaxed</em> match when the two extents share at least one character
 * (the toolkit: at least one token, after its TimeML-Normalizer gives overlapping timexes the same
 * id); gold timexes are paired in text order, each with the unpaired overlapping system timex that
 * shares the most characters (the earliest on a tie). A relaxed pair is also a <em>strict</em>
 * match when both extents are identical.
 *
 * <p>Figures, with G gold timexes, S system timexes, R relaxed pairs, X strict pairs, V relaxed
 * pairs with equal {@code value} and T relaxed pairs with equal {@code type}:
 *
 * <ul>
 *   <li>strict P = X/S, R = X/G; relaxed P = R/S, R = R/G; F1 the harmonic mean;
 *   <li>value F1 = (V/R) × relaxed F1, type F1 = (T/R) × relaxed F1: the toolkit's "attribute F1",
 *       attribute accuracy over relaxed matches times relaxed F1. Equivalently value P = V/S,
 *       value R = V/G and value F1 = 2V/(S+G).
 * </ul>
 *
 * The document creation time is not counted (the toolkit skips tid t0; {@link TimeMl} only reads
 * TIMEX3 inside TEXT). Values and types are compared as exact strings.
 */
public final class TimexScorer {
  private int gold;
  private int system;
  private int relaxed;
  private int strict;
  private int value;
  private int type;
  private final List<String> errors = new ArrayList<>();
  private final int keepErrors;

  /** A scorer that keeps no error lines. */
  public TimexScorer() {
    this(0);
  }

  /** A scorer that keeps up to {@code keepErrors} lines describing misses and wrong values. */
  public TimexScorer(int keepErrors) {
    this.keepErrors = keepErrors;
  }

  /** Counts of one scoring run. */
  public record Counts(int gold, int system, int relaxedMatches, int strictMatches, int valueMatches, int typeMatches) {
    /** {@return strict-match figures} */
    public Prf strict() {
      return Prf.of(strictMatches, system, gold);
    }

    /** {@return relaxed-match figures} */
    public Prf relaxed() {
      return Prf.of(relaxedMatches, system, gold);
    }

    /** {@return value attribute figures (value accuracy on relaxed matches times relaxed P, R, F1)} */
    public Prf value() {
      return Prf.of(valueMatches, system, gold);
    }

    /** {@return type attribute figures} */
    public Prf type() {
      return Prf.of(typeMatches, system, gold);
    }

    /** {@return value accuracy over relaxed matches (0 when none)} */
    public double valueAccuracy() {
      return relaxedMatches == 0 ? 0 : valueMatches / (double) relaxedMatches;
    }

    /** {@return type accuracy over relaxed matches (0 when none)} */
    public double typeAccuracy() {
      return relaxedMatches == 0 ? 0 : typeMatches / (double) relaxedMatches;
    }
  }

  /**
   * Scores one document's system timexes against its gold timexes (both over the same text).
   *
   * @param text the document's plain text, used only for error lines (may be null)
   */
  public void add(List<Timex> goldTimexes, List<Timex> systemTimexes, String text) {
    gold += goldTimexes.size();
    system += systemTimexes.size();
    boolean[] used = new boolean[systemTimexes.size()];
    for (Timex g : goldTimexes) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < systemTimexes.size(); i++) {
        if (used[i]) {
          continue;
        }
        Timex s = systemTimexes.get(i);
        int overlap = Math.min(g.span().end(), s.span().end()) - Math.max(g.span().start(), s.span().start());
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        error("MISS " + g.type() + " " + g.value() + " " + quote(text, g));
        continue;
      }
      used[best] = true;
      Timex s = systemTimexes.get(best);
      relaxed++;
      if (s.span().equals(g.span())) {
        strict++;
      } else {
        error("SPAN " + quote(text, s) + " vs gold " + quote(text, g));
      }
      if (s.value().equals(g.value())) {
        value++;
      } else {
        error("VAL  " + quote(text, s) + " " + s.value() + " vs gold " + g.value());
      }
      if (s.type().equals(g.type())) {
        type++;
      } else {
        error("TYPE " + quote(text, s) + " " + s.type() + " vs gold " + g.type());
      }
    }
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        Timex s = systemTimexes.get(i);
        error("FP   " + s.type() + " " + s.value() + " " + quote(text, s));
      }
    }
  }

  /** {@return the counts so far} */
  public Counts counts() {
    return new Counts(gold, system, relaxed, strict, value, type);
  }

  /** {@return the error lines kept so far (at most the number given to the constructor)} */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  private void error(String line) {
    if (errors.size() < keepErrors) {
      errors.add(line);
    }
  }

  private static String quote(String text, Timex t) {
    if (text == null || t.span().end() > text.length()) {
      return "[" + t.span().start() + "," + t.span().end() + ")";
    }
    return "'" + text.substring(t.span().start(), t.span().end()).replace('\n', ' ') + "'";
  }
}
