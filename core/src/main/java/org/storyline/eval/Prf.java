package org.storyline.eval;

import java.util.Locale;

/** Precision, recall and F1 (each in [0, 1]). */
public record Prf(double precision, double recall, double f1) {
  /**
   * {@return the figures for {@code correct} items out of {@code system} predicted and {@code
   * gold} expected; each is 0 when its denominator is 0}
   */
  public static Prf of(int correct, int system, int gold) {
    if (correct < 0 || correct > system || correct > gold) {
      throw new IllegalArgumentException("correct " + correct + " out of system " + system + ", gold " + gold);
    }
    double p = system == 0 ? 0 : correct / (double) system;
    double r = gold == 0 ? 0 : correct / (double) gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Prf(p, r, f);
  }

  /** {@return the figures for a precision and a recall computed elsewhere; F1 is their harmonic mean} */
  public static Prf ofRates(double precision, double recall) {
    if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
      throw new IllegalArgumentException("precision " + precision + ", recall " + recall);
    }
    return new Prf(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f", precision, recall, f1);
  }
}
