package org.storyline.model;

/**
 * A report about bad data or a skipped item: a stable code ({@code E1xx} ingest, {@code E2xx} nlp,
 * {@code E3xx} events, {@code E4xx} fusion, {@code E5xx} store, {@code Wxxx} warnings), the stage,
 * the item it concerns (a path, "path:line", a URL or an article id) and a human message.
 */
public record Diagnostic(String code, Severity severity, String stage, String item, String message) {
  public Diagnostic {
    if (code == null || severity == null || stage == null || message == null) {
      throw new IllegalArgumentException("diagnostic: missing field");
    }
    item = item == null ? "" : item;
  }

  public static Diagnostic error(String code, String stage, String item, String message) {
    return new Diagnostic(code, Severity.ERROR, stage, item, message);
  }

  public static Diagnostic warning(String code, String stage, String item, String message) {
    return new Diagnostic(code, Severity.WARNING, stage, item, message);
  }

  public static Diagnostic info(String code, String stage, String item, String message) {
    return new Diagnostic(code, Severity.INFO, stage, item, message);
  }

  @Override
  public String toString() {
    return severity + " " + code + " [" + stage + "] " + item + ": " + message;
  }
}
