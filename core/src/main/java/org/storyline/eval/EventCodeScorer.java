package org.storyline.eval;

import java.util.List;

/**
 * Scores sentence-level event coding against gold records, one gold event per sentence (as in
 * the PLOVER gold-standard records).
 *
 * <ul>
 *   <li>PLOVER event-type accuracy: the most confident predicted event's type equals the gold
 *       type; a sentence with no predicted event counts as wrong. Also the accuracy over the
 *       sentences that have at least one predicted event.
 *   <li>PLOVER mode accuracy, over the records whose gold has at least one mode: right when the
 *       most confident predicted event has the gold type <em>and</em> its mode is one of the gold
 *       modes (a sentence with no event, or with the wrong type, counts as wrong). Also the mode
 *       accuracy over those of these records whose top type is right, which isolates the mode
 *       decision from the type decision. Records whose gold has no mode are not scored for mode.
 *   <li>CAMEO root and full-code precision/recall/F1, over the records whose gold has a CAMEO event
 *       code only: each such record with a predicted event is one system answer, each is one gold
 *       answer, and an answer is right when the top event's code (root: its first two digits)
 *       equals the gold's.
 * </ul>
 *
 * <p>Types and modes are compared as given: the caller maps them into one vocabulary first (e.g.
 * predicted types to the 2016 type names of the PLOVER gold-standard file, and that file's 2016
 * mode names to PLOVER 2.0 modes with {@link GoldModes}).
 */
public final class EventCodeScorer {
  private int records;
  private int withEvent;
  private int typeCorrect;
  private int cameoGold;
  private int cameoSystem;
  private int rootCorrect;
  private int fullCorrect;
  private int modeGold;
  private int modeTypeRight;
  private int modeCorrect;

  /**
   * One gold record.
   *
   * @param id the record id
   * @param type the gold PLOVER event type
   * @param cameo the gold CAMEO event code, or null when the record has none
   * @param modes the gold modes (in the predictions' vocabulary), empty when the record has none;
   *     blank entries are dropped
   */
  public record Gold(String id, String type, String cameo, List<String> modes) {
    public Gold {
      if (id == null || type == null || type.isBlank()) {
        throw new IllegalArgumentException("gold record " + id + ": type required");
      }
      cameo = cameo == null || cameo.isBlank() ? null : cameo.strip();
      modes = modes == null ? List.of() : modes.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
    }

    /** A gold record without modes. */
    public Gold(String id, String type, String cameo) {
      this(id, type, cameo, List.of());
    }
  }

  /**
   * One predicted event.
   *
   * @param type PLOVER type in the gold's vocabulary
   * @param cameo CAMEO event code, or null
   * @param mode PLOVER mode, "" when none
   */
  public record Predicted(String type, String cameo, String mode) {
    public Predicted {
      if (type == null) {
        throw new IllegalArgumentException("predicted type required");
      }
      mode = mode == null ? "" : mode.strip();
    }

    /** A predicted event without a mode. */
    public Predicted(String type, String cameo) {
      this(type, cameo, "");
    }
  }

  /**
   * The figures so far.
   *
   * @param records sentences scored
   * @param withEvent sentences with at least one predicted event
   * @param typeCorrect sentences whose top event has the gold type
   * @param cameoGold records with a gold CAMEO code
   * @param cameoSystem of those, records with a predicted event
   * @param rootCorrect of those, top event's CAMEO root equal to the gold's
   * @param fullCorrect of those, top event's CAMEO code equal to the gold's
   * @param modeGold records with at least one gold mode
   * @param modeTypeRight of those, records whose top event has the gold type
   * @param modeCorrect of those, records whose top event also has one of the gold modes
   */
  public record Counts(int records, int withEvent, int typeCorrect, int cameoGold, int cameoSystem, int rootCorrect,
      int fullCorrect, int modeGold, int modeTypeRight, int modeCorrect) {
    /** {@return top-event type accuracy over all sentences (0 when none)} */
    public double typeAccuracy() {
      return records == 0 ? 0 : typeCorrect / (double) records;
    }

    /** {@return top-event type accuracy over sentences with a predicted event (0 when none)} */
    public double typeAccuracyWithEvent() {
      return withEvent == 0 ? 0 : typeCorrect / (double) withEvent;
    }

    /** {@return the share of sentences with a predicted event} */
    public double coverage() {
      return records == 0 ? 0 : withEvent / (double) records;
    }

    /** {@return type-and-mode accuracy over the records with a gold mode (0 when none)} */
    public double modeAccuracy() {
      return modeGold == 0 ? 0 : modeCorrect / (double) modeGold;
    }

    /** {@return mode accuracy over the records with a gold mode whose top type is right (0 when none)} */
    public double modeAccuracyGivenType() {
      return modeTypeRight == 0 ? 0 : modeCorrect / (double) modeTypeRight;
    }

    /** {@return CAMEO root (two-digit) P/R/F1 over records with a gold code} */
    public Prf root() {
      return Prf.of(rootCorrect, cameoSystem, cameoGold);
    }

    /** {@return CAMEO full-code P/R/F1 over records with a gold code} */
    public Prf full() {
      return Prf.of(fullCorrect, cameoSystem, cameoGold);
    }
  }

  /**
   * Adds one sentence.
   *
   * @param gold its gold record
   * @param events predicted events, most confident first (may be empty)
   */
  public void add(Gold gold, List<Predicted> events) {
    records++;
    Predicted top = events.isEmpty() ? null : events.get(0);
    boolean typeRight = top != null && top.type().equals(gold.type());
    if (top != null) {
      withEvent++;
      if (typeRight) {
        typeCorrect++;
      }
    }
    if (!gold.modes().isEmpty()) {
      modeGold++;
      if (typeRight) {
        modeTypeRight++;
        if (gold.modes().contains(top.mode())) {
          modeCorrect++;
        }
      }
    }
    if (gold.cameo() != null) {
      cameoGold++;
      if (top != null && top.cameo() != null) {
        cameoSystem++;
        if (root(top.cameo()).equals(root(gold.cameo()))) {
          rootCorrect++;
        }
        if (top.cameo().equals(gold.cameo())) {
          fullCorrect++;
        }
      }
    }
  }

  /** {@return the counts so far} */
  public Counts counts() {
    return new Counts(records, withEvent, typeCorrect, cameoGold, cameoSystem, rootCorrect, fullCorrect, modeGold,
        modeTypeRight, modeCorrect);
  }

  private static String root(String cameo) {
    return cameo.length() <= 2 ? cameo : cameo.substring(0, 2);
  }
}
