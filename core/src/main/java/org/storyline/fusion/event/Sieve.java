package org.storyline.fusion.event;

/**
 * The fusion passes, highest precision first. Each pass merges two groups of mentions only if no
 * pair of their mentions is incompatible (different frame family, dates further apart than the
 * frame's window, disjoint participants, a report of occurrence published before the event's
 * date, a plan stated long after it) and the pass's own evidence links them.
 */
enum Sieve {
  /** Two codings of one sentence (same frame family, compatible participants). */
  SAME_SENTENCE("same-sentence"),
  /**
   * Dated reports with the same identifying participants (two or more for meetings and calls; a
   * source and a target otherwise). The only pass that accepts two different places: when both
   * reports give the same day (a place contradiction, not two events), or when one is a plan
   * published before the other report (the venue changed).
   */
  SAME_PARTICIPANTS_DATED("same-participants-dated"),
  /**
   * Reports of the same day at the same place sharing a participant (e.g. a multi-party meeting
   * reported with different guest lists), or, for asymmetric frames, naming the same targets with
   * different actors (a disputed attack; the contradiction finder reports it).
   */
  SAME_DAY_PLACE("same-day-place"),
  /**
   * Dated reports where one lists a subset of the other's participants, sharing two of them (or
   * one and the place).
   */
  SUBSET_PARTICIPANTS_DATED("subset-participants-dated"),
  /**
   * Reports in one article naming the same place, with compatible participants (possibly none)
   * and dates not proven apart (two relative dates may conflict; the contradiction finder says so).
   */
  SAME_ARTICLE_PLACE("same-article-place"),
  /**
   * A group of reports from one article that name no participant at all ("the meeting was
   * suggested by the American side") joins the one group of that article, in the same frame
   * family, whose participants identify a happening, if there is exactly one and nothing
   * conflicts. A group that names only some participants joins too when every report refers back
   * with a definite noun phrase ("the planned meeting with Putin") and the group's participants
   * are among the event's. A definite reference with several candidate events joins the one the
   * article tells at least twice as often as any other.
   */
  ARTICLE_ANAPHOR("article-anaphor"),
  /**
   * Undated groups with the same identifying participants, stated within a year of each other
   * when both publication dates are known. Different places are accepted only from a plan
   * published before the other report.
   */
  UNDATED_ALIKE("undated-alike"),
  /**
   * An undated group joins the one dated group with the same identifying participants, if exactly
   * one qualifies.
   */
  UNDATED_TO_DATED("undated-to-dated");

  private final String label;

  Sieve(String label) {
    this.label = label;
  }

  /** {@return the pass's name as reported in results} */
  String label() {
    return label;
  }
}
