package org.storyline.events;

import org.storyline.model.EventStatus;

/**
 * A status cue rule (see {@code events/cues.v1.txt}).
 *
 * @param name rule name, unique in the lexicon
 * @param pattern the pattern as written
 * @param kind what the cue says: a status, the tense of its verb, or nothing (a blocker)
 * @param status the status when {@code kind} is {@link Kind#STATUS}, else null
 * @param direction 'B' before the trigger, 'A' after it, 'E' either
 * @param window most tokens between cue and trigger
 * @param rank 1 speech act, 2 noun modifier, 3 aspect or time
 * @param column the frame-table column for the code, or null for the status's own column
 * @param standalone CAMEO code of a STATEMENT event when the cue governs nothing, or null
 * @param addresseePrepositions prepositions that may introduce the cue's addressee
 * @param confidence rule strength in [0, 1]
 */
public record CueRule(
    String name,
    String pattern,
    Kind kind,
    EventStatus status,
    char direction,
    int window,
    int rank,
    Frame.Column column,
    String standalone,
    java.util.Set<String> addresseePrepositions,
    double confidence) {
  /** What a cue contributes. */
  public enum Kind {
    STATUS,
    TENSE,
    NONE
  }

  public CueRule {
    if (name == null || name.isBlank() || pattern == null || kind == null) {
      throw new IllegalArgumentException("cue rule: missing field in " + name);
    }
    if ((kind == Kind.STATUS) != (status != null)) {
      throw new IllegalArgumentException("cue rule " + name + ": status must be given exactly for STATUS cues");
    }
    if (direction != 'A' && direction != 'B' && direction != 'E') {
      throw new IllegalArgumentException("cue rule " + name + ": direction must be A, B or E");
    }
    if (rank < 1 || rank > 3 || window < 0) {
      throw new IllegalArgumentException("cue rule " + name + ": bad rank or window");
    }
    addresseePrepositions = java.util.Set.copyOf(addresseePrepositions);
  }

  boolean before() {
    return direction == 'B' || direction == 'E';
  }

  boolean after() {
    return direction == 'A' || direction == 'E';
  }
}
