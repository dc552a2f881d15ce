package org.storyline.nlp.tagger;

/**
 * 64-bit hashing for perceptron features, so feature extraction never builds strings: a token's
 * strings (its form, lower-cased form, affixes, shape) are hashed once per sentence with {@link
 * #chars}, and a feature is the mix of a template id with one or more such value hashes ({@link
 * #feature(int, long)}, {@link #feature(int, long, long)}). A feature hash is never {@code 0}, which
 * the weight tables use to mark an empty slot. Pure functions; thread-safe.
 */
public final class FeatureHashing {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private FeatureHashing() {}

  /** {@return a well-spread 64-bit mix of {@code h}} (MurmurHash3's 64-bit finaliser). */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB93FE51A87CBL;
    h ^= h >>> 33;
    return h;
  }

  /** {@return the hash of {@code s.subSequence(from, to)}}, optionally lower-cased char by char. */
  public static long chars(CharSequence s, int from, int to, boolean lowerCase) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (lowerCase) {
        c = Character.toLowerCase(c);
      }
      h = (h ^ c) * FNV_PRIME;
    }
    return mix(h ^ (to - from));
  }

  /** {@return the hash of the whole of {@code s}} */
  public static long chars(CharSequence s, boolean lowerCase) {
    return chars(s, 0, s.length(), lowerCase);
  }

  /** {@return a value hash for a small integer (a class id, a flag, a length)} */
  public static long value(int v) {
    return mix((v + 1L) * GOLDEN);
  }

  /** {@return the feature hash of template {@code template} with one value} Never 0. */
  public static long feature(int template, long value) {
    long h = mix(value + (template + 1L) * GOLDEN);
    return h == 0 ? 1 : h;
  }

  /** {@return the feature hash of template {@code template} with two values (order matters)} Never 0. */
  public static long feature(int template, long a, long b) {
    long h = mix(mix(a + (template + 1L) * GOLDEN) ^ (b * 0xD6E8FEB86659FD93L));
    return h == 0 ? 1 : h;
  }

  /** {@return the feature hash of template {@code template} with three values} Never 0. */
  public static long feature(int template, long a, long b, long c) {
    long h = mix(mix(mix(a + (template + 1L) * GOLDEN) ^ (b * 0xD6E8FEB86659FD93L)) ^ (c * 0xA0761D6478BD642FL));
    return h == 0 ? 1 : h;
  }

  /**
   * Hashes one token's surface features in two short passes, writing slot {@code j}: forward for the
   * form, the lower-cased form and the four prefixes (a prefix hash is the running hash after k
   * characters; 4 slots per token in {@code prefix}), backward over the last four characters for
   * the four lower-cased suffixes (4 slots per token in {@code suffix}). The values are part of
   * every shipped model's features: changing them means retraining.
   */
  public static void token(String w, int j, long[] form, long[] lower, long[] prefix, long[] suffix) {
    int length = w.length();
    long f = 0xCBF29CE484222325L;
    long l = f;
    for (int k = 0; k < length; k++) {
      char c = w.charAt(k);
      f = (f ^ c) * 0x100000001B3L;
      l = (l ^ Character.toLowerCase(c)) * 0x100000001B3L;
      if (k < 4) {
        prefix[4 * j + k] = mix(f + k);
      }
    }
    for (int k = length; k < 4; k++) {
      prefix[4 * j + k] = mix(f + k);
    }
    form[j] = mix(f ^ length);
    lower[j] = mix(l ^ length);
    long s = 0x84222325CBF29CE4L;
    for (int k = 0; k < 4; k++) {
      if (k < length) {
        s = (s ^ Character.toLowerCase(w.charAt(length - 1 - k))) * 0x100000001B3L;
      }
      suffix[4 * j + k] = mix(s + k);
    }
  }
}
