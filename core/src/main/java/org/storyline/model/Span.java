package org.storyline.model;

/** A half-open range {@code [start, end)} of UTF-16 char offsets into an article's text. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** {@return the text this span covers} @throws IndexOutOfBoundsException if outside the text */
  public String coveredText(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** {@return whether this span lies inside a text of the given length} */
  public boolean fitsIn(int textLength) {
    return end <= textLength;
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /** {@return the smallest span covering both} */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
