package org.storyline.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What duplicate detection keeps of an article's text: the SHA-256 of its normalised text, the
 * sorted distinct 64-bit hashes of its word 5-shingles, and their MinHash signature. Immutable.
 *
 * <p>Normalisation: Unicode NFKC, lower case ({@code Locale.ROOT}), every run of characters that
 * are not letters or digits becomes one space (so punctuation, quote styles and white space do not
 * matter). A text of fewer than {@value #SHINGLE} words has one shingle: all its words.
 */
public record Fingerprint(String normalisedHash, long[] shingles, long[] signature, int words) {
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** MinHash functions in a signature. */
  public static final int HASHES = 128;

  /** Fixed seeds of the MinHash functions: a signature never depends on the run. */
  private static final long[] SEEDS = seeds();

  public Fingerprint {
    shingles = shingles.clone();
    signature = signature.clone();
  }

  @Override
  public long[] shingles() {
    return shingles.clone();
  }

  @Override
  public long[] signature() {
    return signature.clone();
  }

  /** {@return the fingerprint of a text} */
  public static Fingerprint of(String text) {
    List<String> tokens = words(text);
    String normalised = String.join(" ", tokens);
    long[] shingles = shingles(tokens);
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return new Fingerprint(sha256(normalised), shingles, signature, tokens.size());
  }

  /** {@return whether the normalised text is empty} */
  public boolean isEmpty() {
    return words == 0;
  }

  /** {@return the number of distinct shingles} */
  public int shingleCount() {
    return shingles.length;
  }

  /** {@return the number of shingles both texts have} */
  public int intersection(Fingerprint other) {
    long[] a = shingles;
    long[] b = other.shingles;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  long signatureAt(int i) {
    return signature[i];
  }

  static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static long[] shingles(List<String> tokens) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    long[] wordHash = new long[tokens.size()];
    for (int i = 0; i < wordHash.length; i++) {
      wordHash[i] = stringHash(tokens.get(i));
    }
    int count = Math.max(1, tokens.size() - SHINGLE + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = i; k < Math.min(tokens.size(), i + SHINGLE); k++) {
        h = mix(h * 31 + wordHash[k]);
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  private static long stringHash(String s) {
    // FNV-1a over UTF-16 units: fixed by definition, unlike identity hashes
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser: a fixed, well-mixing 64-bit permutation. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x5EED5EED5EEDL;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.normalisedHash.equals(normalisedHash) && Arrays.equals(f.shingles, shingles);
  }

  @Override
  public int hashCode() {
    return normalisedHash.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + normalisedHash.substring(0, 12) + ", " + shingles.length + " shingles, " + words + " words]";
  }
}
