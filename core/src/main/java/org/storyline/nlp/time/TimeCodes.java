package org.storyline.nlp.time;

/** Stable diagnostic codes of the time stages (W2xx: warnings of the nlp layer). */
enum TimeCodes {
  /** A time expression was recognised but could not be given a value. */
  W231("W231", "time expression(s) recognised without a value: %s"),
  /** Relative expressions were left relative because the article has no anchor date. */
  W232("W232", "%d relative time expression(s) left unresolved: no publication date"),
  /** Publication-date cues contradict each other; some were dropped. */
  W233("W233", "publication-date cues conflict; dropped %s"),
  /** A relative expression could not be resolved against the anchor. */
  W234("W234", "cannot resolve %s");

  private final String code;
  private final String template;

  TimeCodes(String code, String template) {
    this.code = code;
    this.template = template;
  }

  String code() {
    return code;
  }

  String message(Object... args) {
    return String.format(java.util.Locale.ROOT, template, args);
  }
}
