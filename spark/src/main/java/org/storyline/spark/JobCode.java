package org.storyline.spark;

import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;

/**
 * Diagnostic codes of the Spark job (E701–E749, W701–W749; documented in docs/diagnostics.md).
 * Each failure of one record, file or component becomes a diagnostic row; the job goes on.
 */
enum JobCode {
  /** The analysis of one article failed on an executor (a stage bug, out of memory); the article is skipped. */
  E701(Severity.ERROR, "spark.analyze"),
  /** An input file could not be opened or read by the job; the other files are read. */
  E702(Severity.ERROR, "spark.ingest"),
  /** Entity resolution of one component failed; its ids keep their per-article ids. */
  E703(Severity.ERROR, "spark.entities"),
  /** Event fusion of one component failed; its events and contradictions are missing. */
  E704(Severity.ERROR, "spark.fusion"),
  /** The role rules of one entity group failed; its role anachronisms are missing. */
  E705(Severity.ERROR, "spark.contradictions"),
  /** An input path or pattern matched no file. */
  W701(Severity.WARNING, "spark.ingest"),
  /**
   * Two fusion components produced the same event id (a 48-bit hash collision); the embedded
   * run would have numbered the second one ("-2"), the job keeps both as they are.
   */
  W702(Severity.WARNING, "spark.fusion");

  private final Severity severity;
  private final String stage;

  JobCode(Severity severity, String stage) {
    this.severity = severity;
    this.stage = stage;
  }

  /** {@return a diagnostic with this code about {@code item}} */
  Diagnostic at(String item, String message) {
    return new Diagnostic(name(), severity, stage, item, message);
  }

  /** {@return "Type: message" of a failure, for diagnostic messages} */
  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
