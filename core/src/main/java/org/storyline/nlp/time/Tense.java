package org.storyline.nlp.time;

/**
 * Grammatical time reference of the clause around a time expression, used to pick the direction of
 * bare weekdays, months and dates ("on Monday" in "met on Monday" is the Monday before the anchor,
 * in "will meet on Monday" the one after).
 */
public enum Tense {
  /** Simple past, past perfect or present perfect ("met", "had met", "has met"). */
  PAST,
  /** Simple present or progressive without a future marker. */
  PRESENT,
  /** "will", "shall", "going to", "is expected to", "plans to", ... */
  FUTURE,
  /** No cue found. */
  UNKNOWN
}
