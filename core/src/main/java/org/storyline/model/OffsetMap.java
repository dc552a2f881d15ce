package org.storyline.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in a derived (cleaned) text back to offsets in the text it was derived from, like
 * Lucene's {@code CharFilter.correctOffset}. The derived text is a concatenation of segments, each
 * copied verbatim from the source ({@code length} chars at {@code sourceStart}) or inserted (a
 * separator with no source, mapped to the source offset where it was inserted).
 *
 * <p>Immutable. Maps compose: {@code b.andThen(a)} maps offsets of b's derived text through b, then
 * a, when b was derived from a's derived text.
 */
public final class OffsetMap {
  /** Derived-text start of each segment, ascending. */
  private final int[] derivedStarts;

  /** Source offset of each segment start. */
  private final int[] sourceStarts;

  /** Whether each segment is copied from the source (true) or inserted (false). */
  private final boolean[] copied;

  private final int derivedLength;
  private final int sourceLength;

  private OffsetMap(
      int[] derivedStarts, int[] sourceStarts, boolean[] copied, int derivedLength, int sourceLength) {
    this.derivedStarts = derivedStarts;
    this.sourceStarts = sourceStarts;
    this.copied = copied;
    this.derivedLength = derivedLength;
    this.sourceLength = sourceLength;
  }

  /** {@return the identity map for a text of the given length} */
  public static OffsetMap identity(int length) {
    return new OffsetMap(new int[] {0}, new int[] {0}, new boolean[] {true}, length, length);
  }

  public int derivedLength() {
    return derivedLength;
  }

  public int sourceLength() {
    return sourceLength;
  }

  /**
   * {@return the source offset for a derived offset} Offsets inside a copied segment map exactly;
   * offsets inside an inserted segment map to its insertion point. The derived length maps to the
   * end of the last segment's source.
   */
  public int toSource(int derivedOffset) {
    if (derivedOffset < 0 || derivedOffset > derivedLength) {
      throw new IllegalArgumentException(
          "offset " + derivedOffset + " outside derived text of length " + derivedLength);
    }
    int i = Arrays.binarySearch(derivedStarts, derivedOffset);
    if (i < 0) {
      i = -i - 2;
    } else {
      // several empty segments may start here: take the last one starting at this offset
      while (i + 1 < derivedStarts.length && derivedStarts[i + 1] == derivedOffset) {
        i++;
      }
    }
    if (i < 0) {
      return sourceStarts[0];
    }
    int delta = derivedOffset - derivedStarts[i];
    int mapped = copied[i] ? sourceStarts[i] + delta : sourceStarts[i];
    return Math.min(mapped, sourceLength);
  }

  /** {@return the source span a derived span came from} */
  public Span toSource(Span derived) {
    int s = toSource(derived.start());
    int e = derived.isEmpty() ? s : Math.max(s, toSourceEnd(derived.end()));
    return new Span(s, e);
  }

  /** End offsets map to the end of the previous char, so a span never swallows an insertion. */
  private int toSourceEnd(int derivedEnd) {
    if (derivedEnd == 0) {
      return toSource(0);
    }
    // an inserted char at the very end maps to the source length: its end must not pass it
    return Math.min(toSource(derivedEnd - 1) + 1, sourceLength);
  }

  /**
   * {@return a map from this map's derived text through {@code earlier} to its source} This map's
   * source must be {@code earlier}'s derived text.
   */
  public OffsetMap andThen(OffsetMap earlier) {
    if (earlier.derivedLength != sourceLength) {
      throw new IllegalArgumentException(
          "cannot compose: source length " + sourceLength + " != derived length " + earlier.derivedLength);
    }
    Builder b = new Builder(earlier.sourceLength);
    for (int i = 0; i < derivedStarts.length; i++) {
      int segEnd = i + 1 < derivedStarts.length ? derivedStarts[i + 1] : derivedLength;
      int len = segEnd - derivedStarts[i];
      if (!copied[i]) {
        b.insert(len, earlier.toSource(Math.min(sourceStarts[i], earlier.derivedLength)));
        continue;
      }
      // split the copied run where the earlier map changes segment
      int pos = sourceStarts[i];
      int remaining = len;
      while (remaining > 0) {
        int j = earlier.segmentAt(pos);
        int jEnd =
            j + 1 < earlier.derivedStarts.length ? earlier.derivedStarts[j + 1] : earlier.derivedLength;
        int take = Math.min(remaining, jEnd - pos);
        if (take <= 0) {
          take = remaining;
        }
        if (earlier.copied[j]) {
          b.copy(earlier.sourceStarts[j] + (pos - earlier.derivedStarts[j]), take);
        } else {
          b.insert(take, earlier.sourceStarts[j]);
        }
        pos += take;
        remaining -= take;
      }
    }
    return b.build();
  }

  private int segmentAt(int derivedOffset) {
    int i = Arrays.binarySearch(derivedStarts, derivedOffset);
    if (i < 0) {
      return Math.max(0, -i - 2);
    }
    while (i + 1 < derivedStarts.length && derivedStarts[i + 1] == derivedOffset) {
      i++;
    }
    return i;
  }

  /** Two maps are equal when they have the same segments and lengths. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OffsetMap)) {
      return false;
    }
    OffsetMap m = (OffsetMap) o;
    return derivedLength == m.derivedLength
        && sourceLength == m.sourceLength
        && Arrays.equals(derivedStarts, m.derivedStarts)
        && Arrays.equals(sourceStarts, m.sourceStarts)
        && Arrays.equals(copied, m.copied);
  }

  @Override
  public int hashCode() {
    int h = 31 * derivedLength + sourceLength;
    h = 31 * h + Arrays.hashCode(derivedStarts);
    h = 31 * h + Arrays.hashCode(sourceStarts);
    return 31 * h + Arrays.hashCode(copied);
  }

  /**
   * {@return a compact, lossless text form: {@code derivedLength>sourceLength} followed by one
   * {@code ;derivedStart(+|-)sourceStart} per segment, {@code +} for copied and {@code -} for
   * inserted} Example: {@code "12>20;0+0;5-9;6+11"}. {@link #decode(String)} reads it back.
   */
  public String encode() {
    StringBuilder sb = new StringBuilder(16 + derivedStarts.length * 12);
    sb.append(derivedLength).append('>').append(sourceLength);
    for (int i = 0; i < derivedStarts.length; i++) {
      sb.append(';').append(derivedStarts[i]).append(copied[i] ? '+' : '-').append(sourceStarts[i]);
    }
    return sb.toString();
  }

  /**
   * {@return the map written by {@link #encode()}}
   *
   * @throws IllegalArgumentException if the form is malformed or describes an impossible map
   */
  public static OffsetMap decode(String encoded) {
    try {
      String[] parts = encoded.split(";", -1);
      int gt = parts[0].indexOf('>');
      if (gt < 0 || parts.length < 2) {
        throw new IllegalArgumentException("malformed offset map '" + encoded + "'");
      }
      int derivedLength = Integer.parseInt(parts[0].substring(0, gt));
      int sourceLength = Integer.parseInt(parts[0].substring(gt + 1));
      int n = parts.length - 1;
      int[] ds = new int[n];
      int[] ss = new int[n];
      boolean[] cp = new boolean[n];
      for (int i = 0; i < n; i++) {
        String seg = parts[i + 1];
        int sign = Math.max(seg.indexOf('+'), seg.indexOf('-'));
        if (sign <= 0) {
          throw new IllegalArgumentException("malformed offset map segment '" + seg + "'");
        }
        ds[i] = Integer.parseInt(seg.substring(0, sign));
        cp[i] = seg.charAt(sign) == '+';
        ss[i] = Integer.parseInt(seg.substring(sign + 1));
      }
      if (derivedLength < 0 || sourceLength < 0 || ds[0] != 0) {
        throw new IllegalArgumentException("invalid offset map '" + encoded + "'");
      }
      for (int i = 0; i < n; i++) {
        int end = i + 1 < n ? ds[i + 1] : derivedLength;
        if (end < ds[i] || ss[i] < 0 || ss[i] > sourceLength || (cp[i] && ss[i] + (end - ds[i]) > sourceLength)) {
          throw new IllegalArgumentException("invalid offset map segment " + i + " in '" + encoded + "'");
        }
      }
      return new OffsetMap(ds, ss, cp, derivedLength, sourceLength);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed offset map '" + encoded + "'", e);
    }
  }

  @Override
  public String toString() {
    return "OffsetMap[" + derivedStarts.length + " segments, " + derivedLength + " -> " + sourceLength + "]";
  }

  /** {@return a builder for a map into a source of the given length} */
  public static Builder builder(int sourceLength) {
    return new Builder(sourceLength);
  }

  /** Builds a map segment by segment, in derived-text order. Not thread-safe. */
  public static final class Builder {
    private final int sourceLength;
    private final List<int[]> segments = new ArrayList<>();
    private int derivedLength;

    private Builder(int sourceLength) {
      if (sourceLength < 0) {
        throw new IllegalArgumentException("negative source length " + sourceLength);
      }
      this.sourceLength = sourceLength;
    }

    /** Appends {@code length} chars copied verbatim from {@code sourceStart}. */
    public Builder copy(int sourceStart, int length) {
      if (length < 0 || sourceStart < 0 || sourceStart + length > sourceLength) {
        throw new IllegalArgumentException(
            "copy [" + sourceStart + ", " + (sourceStart + length) + ") outside source of length " + sourceLength);
      }
      if (length == 0) {
        return this;
      }
      if (!segments.isEmpty()) {
        int[] last = segments.get(segments.size() - 1);
        // merge with a contiguous previous copy
        if (last[2] == 1 && last[1] + (derivedLength - last[0]) == sourceStart) {
          derivedLength += length;
          return this;
        }
      }
      segments.add(new int[] {derivedLength, sourceStart, 1});
      derivedLength += length;
      return this;
    }

    /** Appends {@code length} inserted chars (e.g. a separator) located at {@code sourceOffset}. */
    public Builder insert(int length, int sourceOffset) {
      if (length < 0 || sourceOffset < 0 || sourceOffset > sourceLength) {
        throw new IllegalArgumentException("insert at " + sourceOffset + " outside source of length " + sourceLength);
      }
      if (length == 0) {
        return this;
      }
      segments.add(new int[] {derivedLength, sourceOffset, 0});
      derivedLength += length;
      return this;
    }

    public int derivedLength() {
      return derivedLength;
    }

    public OffsetMap build() {
      if (segments.isEmpty()) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new boolean[] {true}, 0, sourceLength);
      }
      int n = segments.size();
      int[] ds = new int[n];
      int[] ss = new int[n];
      boolean[] cp = new boolean[n];
      for (int i = 0; i < n; i++) {
        int[] s = segments.get(i);
        ds[i] = s[0];
        ss[i] = s[1];
        cp[i] = s[2] == 1;
      }
      return new OffsetMap(ds, ss, cp, derivedLength, sourceLength);
    }
  }
}
