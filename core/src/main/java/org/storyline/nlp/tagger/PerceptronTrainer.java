package org.storyline.nlp.tagger;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Learns the weights of a multi-class averaged perceptron over hashed features (Collins 2002;
 * averaging with lazy per-weight timestamps, so an update costs only the features it touches).
 * Weights live in a growable open-addressing table from feature hash to a linked list of (class,
 * weight, running total, timestamp) entries, created only when a feature is first updated.
 *
 * <p>Use: for each training instance call {@link #best} with the current weights, then {@link
 * #update} with the gold and predicted classes (a no-op when they agree), then {@link #tick}. At
 * the end {@link #averaged} (or {@link #lastWeights}) builds an immutable {@link PerceptronModel},
 * dropping weights whose magnitude is below a threshold.
 *
 * <p>Not thread-safe.
 */
public final class PerceptronTrainer implements ClassScorer {
  private final List<String> classes;
  private long[] keys;
  private int[] head;
  private int[] updates;
  private int mask;
  private int size;

  private int[] entryClass;
  private int[] entryNext;
  private float[] entryWeight;
  private double[] entryTotal;
  private int[] entryStamp;
  private int entries;

  private int instances;

  /** A trainer for the given class labels (at most {@value PerceptronModel#MAX_CLASSES}). */
  public PerceptronTrainer(List<String> classes) {
    if (classes.isEmpty() || classes.size() > PerceptronModel.MAX_CLASSES) {
      throw new IllegalArgumentException("between 1 and " + PerceptronModel.MAX_CLASSES + " classes needed, got " + classes.size());
    }
    if (classes.stream().distinct().count() != classes.size()) {
      throw new IllegalArgumentException("duplicate class labels: " + classes);
    }
    this.classes = List.copyOf(classes);
    int capacity = 1 << 16;
    keys = new long[capacity];
    head = new int[capacity];
    updates = new int[capacity];
    mask = capacity - 1;
    entryClass = new int[1 << 16];
    entryNext = new int[1 << 16];
    entryWeight = new float[1 << 16];
    entryTotal = new double[1 << 16];
    entryStamp = new int[1 << 16];
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** {@return the number of instances seen so far (calls to {@link #tick})} */
  public int instances() {
    return instances;
  }

  /** {@return the number of features updated at least once} */
  public int featureCount() {
    return size;
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private int find(long key) {
    int slot = slot(key);
    long k;
    while ((k = keys[slot]) != 0) {
      if (k == key) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1 - slot;
  }

  @Override
  public void score(long[] features, int count, float[] scores) {
    Arrays.fill(scores, 0, classes.size(), 0f);
    for (int i = 0; i < count; i++) {
      int slot = find(features[i]);
      if (slot < 0) {
        continue;
      }
      for (int e = head[slot]; e >= 0; e = entryNext[e]) {
        scores[entryClass[e]] += entryWeight[e];
      }
    }
  }

  /** Moves the averaging clock on by one instance; call once per training instance. */
  public void tick() {
    instances++;
  }

  /**
   * The perceptron update for one instance: when {@code predicted != gold}, adds 1 to the weight of
   * each feature for {@code gold} and subtracts 1 for {@code predicted}.
   */
  public void update(long[] features, int count, int gold, int predicted) {
    if (gold == predicted) {
      return;
    }
    for (int i = 0; i < count; i++) {
      int slot = slotFor(features[i]);
      updates[slot]++;
      add(slot, gold, 1f);
      add(slot, predicted, -1f);
    }
  }

  private int slotFor(long key) {
    if (key == 0) {
      throw new IllegalArgumentException("feature hash 0 is reserved");
    }
    int slot = find(key);
    if (slot >= 0) {
      return slot;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
      slot = find(key);
    }
    slot = -1 - slot;
    keys[slot] = key;
    head[slot] = -1;
    updates[slot] = 0;
    size++;
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHead = head;
    int[] oldUpdates = updates;
    int capacity = oldKeys.length * 2;
    keys = new long[capacity];
    head = new int[capacity];
    updates = new int[capacity];
    mask = capacity - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != 0) {
        int slot = -1 - find(oldKeys[s]);
        keys[slot] = oldKeys[s];
        head[slot] = oldHead[s];
        updates[slot] = oldUpdates[s];
      }
    }
  }

  private void add(int slot, int c, float delta) {
    int e = head[slot];
    int last = -1;
    while (e >= 0 && entryClass[e] != c) {
      last = e;
      e = entryNext[e];
    }
    if (e < 0) {
      e = newEntry(c);
      if (last < 0) {
        head[slot] = e;
      } else {
        entryNext[last] = e;
      }
    }
    entryTotal[e] += (double) (instances - entryStamp[e]) * entryWeight[e];
    entryStamp[e] = instances;
    entryWeight[e] += delta;
  }

  private int newEntry(int c) {
    if (entries == entryClass.length) {
      int capacity = entries * 2;
      entryClass = Arrays.copyOf(entryClass, capacity);
      entryNext = Arrays.copyOf(entryNext, capacity);
      entryWeight = Arrays.copyOf(entryWeight, capacity);
      entryTotal = Arrays.copyOf(entryTotal, capacity);
      entryStamp = Arrays.copyOf(entryStamp, capacity);
    }
    int e = entries++;
    entryClass[e] = c;
    entryNext[e] = -1;
    entryWeight[e] = 0f;
    entryTotal[e] = 0d;
    entryStamp[e] = instances;
    return e;
  }

  /**
   * {@return an immutable model with the averaged weights} (each weight averaged over all instances
   * seen), keeping only weights with {@code |w| >= minAbsWeight} of features updated at least
   * {@code minUpdates} times.
   */
  public PerceptronModel averaged(String templateName, int templateVersion, Map<String, String> properties,
      float minAbsWeight, int minUpdates) {
    return build(templateName, templateVersion, properties, minAbsWeight, minUpdates, true);
  }

  /** {@return an immutable model with the last (not averaged) weights} Mostly for comparison and tests. */
  public PerceptronModel lastWeights(String templateName, int templateVersion, Map<String, String> properties) {
    return build(templateName, templateVersion, properties, 0f, 0, false);
  }

  private PerceptronModel build(String templateName, int templateVersion, Map<String, String> properties,
      float minAbsWeight, int minUpdates, boolean average) {
    long[] featureKeys = new long[size];
    int[] rowStart = new int[size + 1];
    byte[] outClass = new byte[entries];
    float[] outWeight = new float[entries];
    int f = 0;
    int e = 0;
    int[] order = new int[classes.size()];
    float[] value = new float[classes.size()];
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] == 0 || updates[slot] < minUpdates) {
        continue;
      }
      int n = 0;
      for (int x = head[slot]; x >= 0; x = entryNext[x]) {
        float w = average && instances > 0
            ? (float) ((entryTotal[x] + (double) (instances - entryStamp[x]) * entryWeight[x]) / instances)
            : entryWeight[x];
        if (w != 0f && Math.abs(w) >= minAbsWeight) {
          order[n] = entryClass[x];
          value[n] = w;
          n++;
        }
      }
      if (n == 0) {
        continue;
      }
      featureKeys[f] = keys[slot];
      rowStart[f] = e;
      for (int j = 0; j < n; j++) {
        outClass[e] = (byte) order[j];
        outWeight[e] = value[j];
        e++;
      }
      f++;
    }
    rowStart[f] = e;
    return PerceptronModel.of(templateName, templateVersion, classes, properties,
        Arrays.copyOf(featureKeys, f), Arrays.copyOf(rowStart, f + 1), Arrays.copyOf(outClass, e), Arrays.copyOf(outWeight, e));
  }
}
