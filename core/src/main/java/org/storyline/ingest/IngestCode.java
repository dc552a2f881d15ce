package org.storyline.ingest;

import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;

/**
 * Stable diagnostic codes of the ingest stage (see the package documentation for when each is
 * raised). Every diagnostic names its item: a path, {@code path:line} for a JSONL line, or {@code
 * path#target-uri} for a WARC record.
 */
public enum IngestCode {
  /** The file or directory cannot be read (permissions, missing, broken link, I/O error). */
  UNREADABLE("E101", Severity.ERROR),
  /** The file is empty or contains only whitespace. */
  EMPTY("E102", Severity.ERROR),
  /** The file is binary (magic number, NUL bytes or many control characters). */
  BINARY("E103", Severity.ERROR),
  /** The file, record, line or HTML document is larger than the configured limit; not read. */
  TOO_LARGE("E104", Severity.ERROR),
  /** The file extension is not one the ingestor reads; skipped. */
  UNKNOWN_EXTENSION("E105", Severity.ERROR),
  /** A JSONL line is not a JSON object with a string {@code text} or {@code html}; other lines are read. */
  MALFORMED_JSONL("E106", Severity.ERROR),
  /** A WARC file (or its gzip framing) is truncated or corrupt; records read before are kept. */
  CORRUPT_ARCHIVE("E107", Severity.ERROR),
  /** No main text remained after extraction and cleaning. */
  NO_MAIN_TEXT("E108", Severity.ERROR),
  /** The article text is longer than the configured limit; skipped. */
  TEXT_TOO_LONG("E109", Severity.ERROR),
  /** A directory symlink points back to one of its ancestors; not followed. */
  SYMLINK_LOOP("E110", Severity.ERROR),
  /** Directory nesting deeper than the configured limit; not descended. */
  TOO_DEEP("E111", Severity.ERROR),
  /**
   * A compressed file expands beyond the decompression limits (a "zip bomb"): reading stops there;
   * the articles read before are kept.
   */
  DECOMPRESSION_LIMIT("E801", Severity.ERROR),
  /**
   * HTML whose elements nest so deeply that parsing would take unbounded time (nesting work over
   * {@link IngestLimits#maxHtmlNesting()}); not parsed.
   */
  TOO_DEEPLY_NESTED("E805", Severity.ERROR),
  /** The bytes are not valid in the expected encoding: decoded as windows-1252 or with replacements. */
  ENCODING_FALLBACK("W101", Severity.WARNING),
  /** A publication-date field could not be parsed and was ignored. */
  UNPARSEABLE_DATE("W102", Severity.WARNING),
  /** Records of a WARC file that are not HTML responses were skipped (count in the message). */
  RECORDS_SKIPPED("I101", Severity.INFO);

  /** The stage name every ingest diagnostic carries. */
  public static final String STAGE = "ingest";

  private final String code;
  private final Severity severity;

  IngestCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** {@return the stable code, e.g. "E101"} */
  public String code() {
    return code;
  }

  /** {@return the severity of diagnostics with this code} */
  public Severity severity() {
    return severity;
  }

  /** {@return a diagnostic with this code about {@code item}} */
  public Diagnostic at(String item, String message) {
    return new Diagnostic(code, severity, STAGE, item, message);
  }
}
