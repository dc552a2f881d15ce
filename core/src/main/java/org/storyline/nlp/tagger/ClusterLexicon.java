package org.storyline.nlp.tagger;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Distributional word clusters (words used in similar contexts share a cluster number), looked up
 * without allocation: a word is normalised as the clusters were built (lower-cased, every digit
 * read as {@code 9}), hashed to 32 bits, and found in an open-addressing table of (hash, cluster)
 * pairs. A word whose hash collides with a stored word's gets that word's cluster (about one
 * lookup in ten thousand for half a million words): harmless noise for a feature.
 *
 * <p>{@link #encode()} packs the table as Base64 of (int hash, short cluster) pairs so it can ride
 * in a {@link PerceptronModel} property. Immutable and thread-safe.
 */
public final class ClusterLexicon {
  /** No clusters: every word is unknown. */
  public static final ClusterLexicon NONE = new ClusterLexicon(new int[0], new short[0], 0);

  private final int[] keys;
  private final short[] clusters;
  private final int mask;
  private final int size;

  private ClusterLexicon(int[] hashes, short[] values, int size) {
    this.size = size;
    int capacity = Integer.highestOneBit(Math.max(2, size * 2 - 1)) << 1;
    this.keys = new int[capacity];
    this.clusters = new short[capacity];
    this.mask = capacity - 1;
    Arrays.fill(clusters, (short) -1);
    for (int i = 0; i < size; i++) {
      int h = hashes[i];
      int slot = h & mask;
      while (clusters[slot] != -1 && keys[slot] != h) {
        slot = (slot + 1) & mask;
      }
      if (clusters[slot] == -1) {
        keys[slot] = h;
        clusters[slot] = values[i];
      }
    }
  }

  /**
   * {@return a lexicon from words to cluster names} Cluster names are numbered in sorted order;
   * words are normalised (so "Kyiv" and "kyiv" share an entry; the first in iteration order wins).
   */
  public static ClusterLexicon of(Map<String, String> wordToCluster) {
    String[] names = wordToCluster.values().stream().distinct().sorted().toArray(String[]::new);
    if (names.length >= Short.MAX_VALUE) {
      throw new IllegalArgumentException("too many clusters: " + names.length);
    }
    int[] hashes = new int[wordToCluster.size()];
    short[] values = new short[wordToCluster.size()];
    int n = 0;
    for (Map.Entry<String, String> e : wordToCluster.entrySet()) {
      hashes[n] = hash(e.getKey());
      values[n] = (short) Arrays.binarySearch(names, e.getValue());
      n++;
    }
    return new ClusterLexicon(hashes, values, n);
  }

  /** {@return the 32-bit hash of the normalised word} (lower-cased, digits as 9) */
  static int hash(CharSequence word) {
    int h = 0x811C9DC5;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      c = c >= '0' && c <= '9' ? '9' : Character.toLowerCase(c);
      h = (h ^ c) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  /** {@return the word's cluster number, or -1 when the word is not in the lexicon} */
  public int cluster(CharSequence word) {
    if (size == 0) {
      return -1;
    }
    int h = hash(word);
    int slot = h & mask;
    short c;
    while ((c = clusters[slot]) != -1) {
      if (keys[slot] == h) {
        return c;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** {@return the number of words} */
  public int size() {
    return size;
  }

  /** {@return the lexicon as Base64 text, read back by {@link #decode}} */
  public String encode() {
    ByteBuffer buffer = ByteBuffer.allocate(size * 6);
    for (int slot = 0; slot < keys.length; slot++) {
      if (clusters[slot] != -1) {
        buffer.putInt(keys[slot]).putShort(clusters[slot]);
      }
    }
    return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), buffer.position()));
  }

  /**
   * {@return the lexicon encoded by {@link #encode}} An empty string gives {@link #NONE}.
   *
   * @throws IllegalArgumentException if the text is not such an encoding
   */
  public static ClusterLexicon decode(String text) {
    if (text.isEmpty()) {
      return NONE;
    }
    byte[] bytes = Base64.getDecoder().decode(text);
    if (bytes.length % 6 != 0) {
      throw new IllegalArgumentException("cluster lexicon of " + bytes.length + " bytes is not a whole number of entries");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int n = bytes.length / 6;
    int[] hashes = new int[n];
    short[] values = new short[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = buffer.getInt();
      values[i] = buffer.getShort();
      if (values[i] < 0) {
        throw new IllegalArgumentException("negative cluster number in the cluster lexicon");
      }
    }
    return new ClusterLexicon(hashes, values, n);
  }
}
