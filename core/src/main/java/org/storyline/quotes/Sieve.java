package org.storyline.quotes;

import org.storyline.model.StageRef;

/**
 * The attribution passes of {@link QuoteAttributor}, highest precision first. Each names itself in
 * {@code Provenance.producedBy} as {@code quotes.attributor.<name>/v1} and gives the base
 * confidence of what it attributes (an unclosed quote gets {@value #UNCLOSED_FACTOR} of it).
 */
public enum Sieve {
  /** A cue verb next to the quote with a named subject: "X said", "said X", "X stated, “…”". */
  CUE_NAMED("cue-named", 0.9),
  /** A cue verb next to the quote with a pronoun ("he said"), resolved to the last PERSON mention. */
  CUE_PRONOUN("cue-pronoun", 0.75),
  /** A cue verb next to the quote with an unnamed source: "officials said", "said a spokesman". */
  CUE_SOURCE("cue-source", 0.7),
  /**
   * A cue next to the quote whose speaker is the subject of the clause, not a word next to the cue:
   * participles ("He conveyed this …, stating, “…”") and cues separated from their subject.
   */
  CLAUSE_SUBJECT("clause-subject", 0.7),
  /** Reported speech: "according to X, …" or "…, according to X". */
  ACCORDING_TO("according-to", 0.8),
  /** Reported speech: "X said that …". */
  REPORTED_THAT("reported-that", 0.7),
  /** Reported speech without "that": "X said the talks failed", "X told reporters it was over". */
  REPORTED_BARE("reported-bare", 0.6),
  /**
   * Reported speech with an attribution set off by commas: "The museum, Mr. Obama said, would …",
   * "…, said X, a senior official with …".
   */
  INTERPOSED("interposed", 0.65),
  /** Reported speech closed by an attribution: "…, officials said." */
  REPORTED_TAIL("reported-tail", 0.7),
  /** A quote inside a reported clause takes its speaker: "X said that the talks were “productive”". */
  IN_REPORTED("in-reported", 0.65),
  /** A framing verb before a quoted phrase: "X referred to the exchange as “constructive”". */
  PARTIAL_FRAME("partial-frame", 0.7),
  /** A cue verb earlier in the quote's clause, not adjacent: "X said the deal was “a disaster”". */
  CUE_IN_CLAUSE("cue-in-clause", 0.6),
  /** A quote with no cue right after an attributed one, with no other person named in between. */
  CONTINUATION("continuation", 0.55),
  /** A sentence-like quote with no speaker found: speech by an unknown speaker. */
  UNATTRIBUTED("unattributed", 0.3),
  /** A short quoted phrase with no cue (scare quote, name, title): not speech. */
  SCARE("scare-quote", 0.15);

  /** Confidence factor for a quote whose closing mark is missing. */
  public static final double UNCLOSED_FACTOR = 0.7;

  private final String shortName;
  private final double confidence;

  Sieve(String shortName, double confidence) {
    this.shortName = shortName;
    this.confidence = confidence;
  }

  /** {@return the name used in provenance, e.g. {@code quotes.attributor.cue-named}} */
  public String stageName() {
    return QuoteAttributor.NAME + "." + shortName;
  }

  /** {@return the reference recorded as {@code Provenance.producedBy}} */
  public StageRef ref() {
    return new StageRef(stageName(), QuoteAttributor.VERSION);
  }

  /** {@return the base confidence of this pass} */
  public double confidence() {
    return confidence;
  }

  /** {@return the sieve that produced a quote, from its provenance, or null if none of these} */
  public static Sieve of(StageRef ref) {
    for (Sieve s : values()) {
      if (s.stageName().equals(ref.name())) {
        return s;
      }
    }
    return null;
  }
}
