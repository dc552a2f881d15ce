package org.storyline.eval;

/**
 * Converts between UTF-16 {@code char} offsets (Java strings, Storyline's spans) and Unicode code
 * point offsets (Python strings, brat standoff files such as PolNeAR's, and the offsets written by
 * {@code storyline quotes}). The two agree on text without characters outside the Basic
 * Multilingual Plane (emoji, some CJK); this class makes them agree everywhere.
 */
public final class CharOffsets {
  private final String text;
  private final boolean bmpOnly;

  /** Offsets into {@code text}. */
  public CharOffsets(String text) {
    this.text = text;
    boolean bmp = true;
    for (int i = 0; i < text.length() && bmp; i++) {
      bmp = !Character.isSurrogate(text.charAt(i));
    }
    this.bmpOnly = bmp;
  }

  /** {@return the number of code points in the text} */
  public int codePointLength() {
    return bmpOnly ? text.length() : text.codePointCount(0, text.length());
  }

  /**
   * {@return the code point offset of a UTF-16 offset} An offset inside a surrogate pair counts
   * the pair's code point as before it.
   *
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, text.length()]}
   */
  public int toCodePoint(int utf16) {
    if (utf16 < 0 || utf16 > text.length()) {
      throw new IndexOutOfBoundsException("offset " + utf16 + " outside [0, " + text.length() + "]");
    }
    return bmpOnly ? utf16 : text.codePointCount(0, utf16);
  }

  /**
   * {@return the UTF-16 offset of a code point offset}
   *
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, codePointLength()]}
   */
  public int toUtf16(int codePoint) {
    if (codePoint < 0 || codePoint > codePointLength()) {
      throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside [0, " + codePointLength() + "]");
    }
    return bmpOnly ? codePoint : text.offsetByCodePoints(0, codePoint);
  }
}
