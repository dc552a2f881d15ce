package org.storyline.model;

/** How a quote reports speech. */
public enum QuoteKind {
  /** Words in quotation marks attributed to a speaker. */
  DIRECT,
  /** A short quoted phrase inside reported speech ("agreement in principle"). */
  PARTIAL,
  /** Reported speech without quotation marks: "according to X, …", "X said that …". */
  REPORTED
}
