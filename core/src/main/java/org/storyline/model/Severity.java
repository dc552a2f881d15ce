package org.storyline.model;

/** Severity of a diagnostic. */
public enum Severity {
  INFO,
  WARNING,
  /** The item (file, record, article) could not be processed; others were. */
  ERROR
}
