package org.storyline.nlp.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Distributional word clusters for the named-entity features: lower-cased word to a cluster number
 * (words used in similar contexts share a cluster, so a name never seen in training still looks
 * like the names it resembles). Words are stored as 64-bit hashes ({@link FeatureHashing#chars} of
 * the lower-cased word), packed with their cluster into one sorted {@code long} each, so the table
 * is small and lookups allocate nothing.
 *
 * <p>Binary format (big-endian): magic {@code "SLWC"}, format version 1, the cluster count, the
 * entry count, then the entries in ascending order, each {@code (hash & ~0xFFFF) | cluster}.
 * Immutable and thread-safe.
 */
public final class WordClusters {
  /** File magic: "SLWC". */
  public static final int MAGIC = 0x534C5743;
  /** Format version. */
  public static final int FORMAT_VERSION = 1;
  private static final long KEY_MASK = ~0xFFFFL;

  /** No clusters: every word is unknown. */
  public static final WordClusters NONE = new WordClusters(new long[0], 0);

  private final long[] entries;
  private final int clusterCount;

  private WordClusters(long[] entries, int clusterCount) {
    this.entries = entries;
    this.clusterCount = clusterCount;
  }

  /**
   * {@return clusters from a map of words to cluster names} (words are lower-cased; cluster names
   * are numbered in sorted order; of two words with colliding hashes the first in sorted order wins)
   */
  public static WordClusters of(Map<String, String> wordToCluster) {
    String[] names = wordToCluster.values().stream().distinct().sorted().toArray(String[]::new);
    if (names.length >= 0xFFFF) {
      throw new IllegalArgumentException("too many clusters: " + names.length);
    }
    long[] packed = new long[wordToCluster.size()];
    int n = 0;
    for (Map.Entry<String, String> e : wordToCluster.entrySet()) {
      int cluster = Arrays.binarySearch(names, e.getValue());
      packed[n++] = (FeatureHashing.chars(e.getKey(), true) & KEY_MASK) | cluster;
    }
    Arrays.sort(packed);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || (packed[m - 1] & KEY_MASK) != (packed[i] & KEY_MASK)) {
        packed[m++] = packed[i];
      }
    }
    return new WordClusters(Arrays.copyOf(packed, m), names.length);
  }

  /** {@return the number of words} */
  public int size() {
    return entries.length;
  }

  /** {@return the number of clusters} */
  public int clusterCount() {
    return clusterCount;
  }

  /** {@return the cluster of the word whose lower-cased hash is {@code lowerHash}, or -1} */
  public int cluster(long lowerHash) {
    long key = lowerHash & KEY_MASK;
    int lo = 0;
    int hi = entries.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long k = entries[mid] & KEY_MASK;
      if (k < key) {
        lo = mid + 1;
      } else if (k > key) {
        hi = mid - 1;
      } else {
        return (int) (entries[mid] & 0xFFFF);
      }
    }
    return -1;
  }

  /** {@return the cluster of a word (any case), or -1} */
  public int cluster(String word) {
    return cluster(FeatureHashing.chars(word, true));
  }

  /** Writes the table in the binary format above (flushed, not closed). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeInt(MAGIC);
    data.writeInt(FORMAT_VERSION);
    data.writeInt(clusterCount);
    data.writeInt(entries.length);
    for (long e : entries) {
      data.writeLong(e);
    }
    data.flush();
  }

  /** {@return the table in the binary format above, Base64-encoded (to travel as a model property)} */
  public String encode() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(16 + 8 * entries.length);
    try {
      write(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** {@return the table {@link #encode} wrote} */
  public static WordClusters decode(String base64) throws IOException {
    byte[] bytes;
    try {
      bytes = java.util.Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IOException("word clusters are not Base64: " + e.getMessage(), e);
    }
    return read(new java.io.ByteArrayInputStream(bytes));
  }

  /** Reads a table written by {@link #write}; {@return it} or fail naming the problem. */
  public static WordClusters read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      if (data.readInt() != MAGIC) {
        throw new IOException("not a word-cluster table (bad magic)");
      }
      int version = data.readInt();
      if (version != FORMAT_VERSION) {
        throw new IOException("unsupported word-cluster format version " + version);
      }
      int clusters = data.readInt();
      int count = data.readInt();
      if (clusters < 0 || clusters >= 0xFFFF || count < 0 || count > 1 << 24) {
        throw new IOException("bad word-cluster counts " + clusters + "/" + count);
      }
      long[] entries = new long[count];
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < count; i++) {
        long e = data.readLong();
        if ((e & 0xFFFF) >= clusters || (i > 0 && e <= previous)) {
          throw new IOException("bad word-cluster entry " + i);
        }
        entries[i] = e;
        previous = e;
      }
      if (data.read() != -1) {
        throw new IOException("trailing bytes after the last word-cluster entry");
      }
      return new WordClusters(entries, clusters);
    } catch (EOFException e) {
      throw new IOException("truncated word-cluster table", e);
    }
  }
}
