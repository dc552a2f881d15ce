package org.storyline.nlp.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable trained weights of a multi-class linear model over hashed features (the averaged
 * weights a {@link PerceptronTrainer} produces). Storage is compact and allocation-free to query: an
 * open-addressing table from 64-bit feature hash to a sparse row of (class, weight) entries, so a
 * feature costs one probe plus the classes it actually votes for.
 *
 * <p>Binary format (big-endian, {@link #write}/{@link #read}): magic {@code "SLAP"}, format version
 * ({@value #FORMAT_VERSION}), template name and template version (checked against the extractor on
 * load), the class labels, free-form string properties (provenance, template data such as a tag
 * dictionary), then the features: count, and per feature its hash, number of entries, and entries
 * as (class byte, float weight). Strings are length-prefixed UTF-8.
 *
 * <p>Thread-safe (immutable).
 */
public final class PerceptronModel implements ClassScorer {
  /** Most features a model file may announce (a 64 MB file holds fewer). */
  static final int MAX_FEATURES = 64 * 1024 * 1024 / 9;
  /** Most weights a model file may announce. */
  static final int MAX_ENTRIES = 64 * 1024 * 1024 / 5;

  /** The four magic bytes "SLAP" (Storyline averaged perceptron). */
  public static final int MAGIC = 0x534C4150;
  /** The binary format version this class reads and writes. */
  public static final int FORMAT_VERSION = 1;
  /** At most this many classes (a class id is stored in one byte). */
  public static final int MAX_CLASSES = 255;

  private final String templateName;
  private final int templateVersion;
  private final List<String> classes;
  private final Map<String, String> properties;
  /**
   * The open-addressing table, two longs per slot (so a probe touches one cache line): the feature
   * hash (0: empty), then (offset into {@link #entries}) << 8 | entry count.
   */
  private final long[] table;
  /** Sparse rows, one long per (feature, class) weight: class id << 32 | the float's bits. */
  private final long[] entries;
  private final int mask;
  private final int featureCount;

  private PerceptronModel(String templateName, int templateVersion, List<String> classes,
      Map<String, String> properties, long[] featureKeys, int[] rowStart, byte[] entryClass, float[] entryWeight) {
    if (classes.isEmpty() || classes.size() > MAX_CLASSES) {
      throw new IllegalArgumentException("between 1 and " + MAX_CLASSES + " classes needed, got " + classes.size());
    }
    this.templateName = templateName;
    this.templateVersion = templateVersion;
    this.classes = List.copyOf(classes);
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    if (entryClass.length != entryWeight.length) {
      throw new IllegalArgumentException("entry arrays differ in length");
    }
    this.entries = new long[entryWeight.length];
    for (int e = 0; e < entries.length; e++) {
      entries[e] = ((long) (entryClass[e] & 0xFF) << 32) | (Float.floatToRawIntBits(entryWeight[e]) & 0xFFFFFFFFL);
    }
    this.featureCount = featureKeys.length;
    int capacity = Integer.highestOneBit(Math.max(4, featureKeys.length * 2 - 1)) << 1;
    this.table = new long[2 * capacity];
    this.mask = capacity - 1;
    for (int f = 0; f < featureKeys.length; f++) {
      long key = featureKeys[f];
      if (key == 0) {
        throw new IllegalArgumentException("feature hash 0 is reserved");
      }
      int slot = slot(key);
      while (table[2 * slot] != 0) {
        if (table[2 * slot] == key) {
          throw new IllegalArgumentException("duplicate feature hash " + key);
        }
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      int count = rowStart[f + 1] - rowStart[f];
      if (count > MAX_CLASSES) {
        throw new IllegalArgumentException("feature row longer than the class count: " + count);
      }
      table[2 * slot + 1] = ((long) rowStart[f] << 8) | count;
    }
  }

  /**
   * Builds a model from feature rows: feature {@code f} has hash {@code featureKeys[f]} and entries
   * {@code [rowStart[f], rowStart[f+1])} of {@code entryClass}/{@code entryWeight}.
   */
  static PerceptronModel of(String templateName, int templateVersion, List<String> classes,
      Map<String, String> properties, long[] featureKeys, int[] rowStart, byte[] entryClass, float[] entryWeight) {
    return new PerceptronModel(templateName, templateVersion, classes, properties, featureKeys, rowStart, entryClass, entryWeight);
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** {@return the name of the feature-template set the model was trained with} */
  public String templateName() {
    return templateName;
  }

  /** {@return the version of the feature-template set the model was trained with} */
  public int templateVersion() {
    return templateVersion;
  }

  /** {@return free-form properties stored with the model (provenance, template data)} */
  public Map<String, String> properties() {
    return properties;
  }

  /** {@return the number of features with at least one weight} */
  public int featureCount() {
    return featureCount;
  }

  /** {@return the number of (feature, class) weights} */
  public int weightCount() {
    return entries.length;
  }

  @Override
  public void score(long[] features, int count, float[] scores) {
    int n = classes.size();
    for (int c = 0; c < n; c++) {
      scores[c] = 0f;
    }
    long[] table = this.table;
    long[] entries = this.entries;
    int mask = this.mask;
    for (int i = 0; i < count; i++) {
      long key = features[i];
      int slot = slot(key);
      long k;
      while ((k = table[2 * slot]) != key && k != 0) {
        slot = (slot + 1) & mask;
      }
      if (k == 0) {
        continue;
      }
      long row = table[2 * slot + 1];
      int start = (int) (row >>> 8);
      int end = start + (int) (row & 0xFF);
      for (int e = start; e < end; e++) {
        long entry = entries[e];
        scores[(int) (entry >>> 32)] += Float.intBitsToFloat((int) entry);
      }
    }
  }

  /** {@return the weight of {@code feature} for class id {@code c}, 0 when absent} */
  public float weight(long feature, int c) {
    int slot = slot(feature);
    while (table[2 * slot] != 0) {
      if (table[2 * slot] == feature) {
        long row = table[2 * slot + 1];
        int start = (int) (row >>> 8);
        int end = start + (int) (row & 0xFF);
        for (int e = start; e < end; e++) {
          if ((int) (entries[e] >>> 32) == c) {
            return Float.intBitsToFloat((int) entries[e]);
          }
        }
        return 0f;
      }
      slot = (slot + 1) & mask;
    }
    return 0f;
  }

  /** Writes the model in the binary format described above (the stream is flushed, not closed). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeInt(MAGIC);
    data.writeInt(FORMAT_VERSION);
    writeString(data, templateName);
    data.writeInt(templateVersion);
    data.writeInt(classes.size());
    for (String c : classes) {
      writeString(data, c);
    }
    data.writeInt(properties.size());
    for (Map.Entry<String, String> p : properties.entrySet()) {
      writeString(data, p.getKey());
      writeString(data, p.getValue());
    }
    data.writeInt(featureCount);
    data.writeInt(entries.length);
    for (int slot = 0; slot <= mask; slot++) {
      long key = table[2 * slot];
      if (key == 0) {
        continue;
      }
      long row = table[2 * slot + 1];
      int start = (int) (row >>> 8);
      int count = (int) (row & 0xFF);
      data.writeLong(key);
      data.writeByte(count);
      for (int e = start; e < start + count; e++) {
        data.writeByte((int) (entries[e] >>> 32));
        data.writeInt((int) entries[e]);
      }
    }
    data.flush();
  }

  /**
   * Reads a model written by {@link #write} and {@return it} Fails with an {@link IOException} naming
   * the problem when the stream is not such a model, has another format version, was trained with
   * other templates than {@code templateName}/{@code templateVersion}, or is truncated.
   */
  public static PerceptronModel read(InputStream in, String templateName, int templateVersion) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      int magic = data.readInt();
      if (magic != MAGIC) {
        throw new IOException("not a perceptron model (bad magic 0x" + Integer.toHexString(magic) + ")");
      }
      int format = data.readInt();
      if (format != FORMAT_VERSION) {
        throw new IOException("unsupported model format version " + format + " (expected " + FORMAT_VERSION + ")");
      }
      String name = readString(data);
      int version = data.readInt();
      if (!name.equals(templateName) || version != templateVersion) {
        throw new IOException("model was trained with feature templates " + name + "/v" + version
            + ", this tagger uses " + templateName + "/v" + templateVersion);
      }
      int classCount = data.readInt();
      if (classCount <= 0 || classCount > MAX_CLASSES) {
        throw new IOException("bad class count " + classCount);
      }
      List<String> classes = new ArrayList<>(classCount);
      for (int c = 0; c < classCount; c++) {
        classes.add(readString(data));
      }
      int propertyCount = data.readInt();
      if (propertyCount < 0 || propertyCount > 1 << 16) {
        throw new IOException("bad property count " + propertyCount);
      }
      Map<String, String> properties = new LinkedHashMap<>();
      for (int p = 0; p < propertyCount; p++) {
        properties.put(readString(data), readString(data));
      }
      int features = data.readInt();
      int entries = data.readInt();
      // a feature takes at least 9 bytes and a weight 5: counts beyond what 64 MB could hold are a
      // corrupt or foreign file, refused before any array is sized from them
      if (features < 0 || entries < 0 || entries > (long) features * classCount || features > MAX_FEATURES
          || entries > MAX_ENTRIES) {
        throw new IOException("bad feature/weight counts " + features + "/" + entries);
      }
      long[] keys = new long[features];
      int[] rowStart = new int[features + 1];
      byte[] entryClass = new byte[entries];
      float[] entryWeight = new float[entries];
      int e = 0;
      for (int f = 0; f < features; f++) {
        keys[f] = data.readLong();
        int count = data.readUnsignedByte();
        rowStart[f] = e;
        if (e + count > entries) {
          throw new IOException("more weights than announced (" + entries + ")");
        }
        for (int j = 0; j < count; j++) {
          int c = data.readUnsignedByte();
          if (c >= classCount) {
            throw new IOException("class id " + c + " out of range");
          }
          entryClass[e] = (byte) c;
          entryWeight[e] = data.readFloat();
          e++;
        }
      }
      rowStart[features] = e;
      if (e != entries) {
        throw new IOException("fewer weights than announced: " + e + " of " + entries);
      }
      if (data.read() != -1) {
        throw new IOException("trailing bytes after the last feature");
      }
      try {
        return new PerceptronModel(name, version, classes, properties, keys, rowStart, entryClass, entryWeight);
      } catch (IllegalArgumentException ex) {
        throw new IOException("inconsistent model: " + ex.getMessage(), ex);
      }
    } catch (EOFException ex) {
      throw new IOException("truncated model", ex);
    }
  }

  private static void writeString(DataOutputStream data, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    data.writeInt(bytes.length);
    data.write(bytes);
  }

  private static String readString(DataInputStream data) throws IOException {
    int length = data.readInt();
    if (length < 0 || length > 1 << 26) {
      throw new IOException("bad string length " + length);
    }
    byte[] bytes = new byte[length];
    data.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
