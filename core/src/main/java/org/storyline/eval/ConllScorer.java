package org.storyline.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval entity scoring: a predicted chunk is correct when a gold chunk has the same first
 * word, last word and type ({@link Iob#chunks} reads the tags); precision = correct / predicted
 * chunks, recall = correct / gold chunks, micro-averaged over all sentences, overall and per type.
 * Token accuracy counts word lines whose predicted tag equals the gold tag (conlleval also counts
 * {@code -DOCSTART-} lines; this scorer does not see them).
 */
public final class ConllScorer {
  private final Map<String, int[]> byType = new TreeMap<>();
  private int tokens;
  private int tokensCorrect;

  /** Scores one sentence. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
    }
    for (int i = 0; i < gold.size(); i++) {
      tokens++;
      if (gold.get(i).equals(predicted.get(i))) {
        tokensCorrect++;
      }
    }
    List<Iob.Chunk> g = Iob.chunks(gold);
    List<Iob.Chunk> p = Iob.chunks(predicted);
    Set<Iob.Chunk> goldSet = new HashSet<>(g);
    for (Iob.Chunk c : g) {
      counts(c.type())[0]++;
    }
    for (Iob.Chunk c : p) {
      int[] k = counts(c.type());
      k[1]++;
      if (goldSet.contains(c)) {
        k[2]++;
      }
    }
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }

  /** Gold, predicted and correct chunk counts. */
  public record Counts(int gold, int predicted, int correct) {
    /** {@return precision, recall and F1} */
    public Prf prf() {
      return Prf.of(correct, predicted, gold);
    }
  }

  /** {@return the counts over all types} */
  public Counts overall() {
    int g = 0;
    int p = 0;
    int c = 0;
    for (int[] k : byType.values()) {
      g += k[0];
      p += k[1];
      c += k[2];
    }
    return new Counts(g, p, c);
  }

  /** {@return the counts of each type seen in gold or predictions, by type name} */
  public Map<String, Counts> byType() {
    Map<String, Counts> out = new TreeMap<>();
    byType.forEach((t, k) -> out.put(t, new Counts(k[0], k[1], k[2])));
    return out;
  }

  /** {@return the share of words whose predicted tag equals the gold tag (0 when none)} */
  public double tokenAccuracy() {
    return tokens == 0 ? 0 : tokensCorrect / (double) tokens;
  }
}
