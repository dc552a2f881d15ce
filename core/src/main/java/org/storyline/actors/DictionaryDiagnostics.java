package org.storyline.actors;

import java.util.Locale;

/**
 * Stable codes of the problems met while reading PETRARCH/Phoenix dictionaries ({@code W50x}),
 * with their message templates. A problem never stops the reading: the line is skipped.
 */
public enum DictionaryDiagnostics {
  /** An actor dictionary line could not be read; skipped. */
  W501("actor dictionary: %s; line skipped"),
  /** An agent dictionary line could not be read; skipped. */
  W502("agent dictionary: %s; line skipped"),
  /** An XML-style comment was still open at the end of the file. */
  W503("comment opened with <!-- never closed; the rest of the file was ignored");

  private final String template;

  DictionaryDiagnostics(String template) {
    this.template = template;
  }

  /** {@return "CODE where: message" for these arguments} */
  public String format(String where, Object... args) {
    return name() + " " + where + ": " + String.format(Locale.ROOT, template, args);
  }
}
