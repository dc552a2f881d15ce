package org.storyline.fusion;

import org.storyline.model.Diagnostic;

/**
 * Diagnostic codes of cross-article fusion ({@code E4xx} bad data that was skipped, {@code W4xx}
 * bad data that was repaired or ignored) with their message templates.
 */
public enum FusionCode {
  /** An event mention's trigger or evidence lies outside its article's text; the mention is skipped. */
  E401("E401", "event mention %s: span outside the article text; skipped"),
  /** An event mention names a sentence the article does not have; cited by its evidence span instead. */
  W401("W401", "event mention %s: no sentence %d; cited by its evidence span"),
  /** Two inputs carry the same article id; the first in canonical order is used. */
  W402("W402", "article %s given more than once; one copy used"),
  /** A duplicate link names an article not in the batch; ignored. */
  W403("W403", "duplicate link %s -> %s names an article not in the batch; ignored"),
  /** Duplicate links form a cycle; the smallest article id in it is taken as the original. */
  W404("W404", "duplicate links form a cycle through %s; %s taken as the original");

  private final String code;
  private final String template;

  FusionCode(String code, String template) {
    this.code = code;
    this.template = template;
  }

  /** {@return the stable code, e.g. "E401"} */
  public String code() {
    return code;
  }

  /** {@return a diagnostic with this code for {@code item}, the template filled with {@code args}} */
  public Diagnostic diagnostic(String stage, String item, Object... args) {
    String message = String.format(java.util.Locale.ROOT, template, args);
    return code.startsWith("E")
        ? Diagnostic.error(code, stage, item, message)
        : Diagnostic.warning(code, stage, item, message);
  }
}
