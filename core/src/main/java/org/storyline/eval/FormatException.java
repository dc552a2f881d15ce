package org.storyline.eval;

/**
 * An input file that does not follow its format (malformed XML, a missing element, a line with
 * the wrong number of columns). The message names the file and, when known, the line:
 * {@code "data/a.tml:12: not well-formed XML: ..."}.
 */
public final class FormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file as given
   * @param line 1-based line number, or 0 when the problem has no single line
   * @param problem what is wrong, without the location
   */
  public FormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** {@return the file as given} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line number, or 0 when not tied to a line} */
  public int line() {
    return line;
  }
}
