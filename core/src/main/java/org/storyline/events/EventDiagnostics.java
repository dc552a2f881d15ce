package org.storyline.events;

/**
 * Stable diagnostic codes of the event coder ({@code E3xx} errors, {@code W3xx} warnings) with
 * their message templates.
 */
public enum EventDiagnostics {
  /** A sentence span lies outside the article text; the sentence is skipped. */
  E301("sentence %d span %s lies outside the text (length %d); skipped"),
  /** A coded CAMEO code has no PLOVER mapping; the mention keeps an empty PLOVER type. */
  W301("CAMEO code %s has no PLOVER mapping"),
  /** Sentences without tokens were tokenised naively. */
  W302("%d sentence(s) had no tokens; tokenised naively"),
  /** An article had more events than the per-article cap; the rest were dropped. */
  W303("more than %d event mentions; later ones dropped");

  private final String template;

  EventDiagnostics(String template) {
    this.template = template;
  }

  /** {@return the message for these arguments} */
  public String message(Object... args) {
    return String.format(java.util.Locale.ROOT, template, args);
  }
}
