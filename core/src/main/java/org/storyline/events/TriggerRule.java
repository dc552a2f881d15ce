package org.storyline.events;

/**
 * A trigger lexicon rule (see {@code events/triggers.v1.txt}): a word or phrase reporting an
 * event, the frame it evokes, its word class and an optional CAMEO code for the act.
 *
 * @param name rule name, unique in the lexicon
 * @param pattern the pattern as written
 * @param wordClass 'V' verb, 'N' noun, 'X' either
 * @param frame the frame name (a row of frames.v1.txt)
 * @param code CAMEO code overriding the frame's act code, or null
 * @param confidence rule strength in [0, 1]
 */
public record TriggerRule(String name, String pattern, char wordClass, String frame, String code, double confidence) {
  public TriggerRule {
    if (name == null || name.isBlank() || pattern == null || frame == null) {
      throw new IllegalArgumentException("trigger rule: missing field in " + name);
    }
    if (wordClass != 'V' && wordClass != 'N' && wordClass != 'X') {
      throw new IllegalArgumentException("trigger rule " + name + ": class must be V, N or X, not " + wordClass);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("trigger rule " + name + ": confidence outside [0,1]");
    }
  }
}
