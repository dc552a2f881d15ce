package org.storyline.ingest.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.DuplicateLink;

/**
 * Finds exact and near-duplicate articles: a pure function of the set of articles, so the links do
 * not depend on the order they are given in.
 *
 * <p><b>Exact</b>: the same non-empty {@link Article#contentHash()}, or the same normalised text
 * (see {@link Fingerprint}). <b>Near</b>: word 5-shingle sets with Jaccard resemblance ≥ {@code
 * resemblance} (default {@value #DEFAULT_RESEMBLANCE}: a syndicated copy under other boilerplate, a
 * light rewrite), or containment of the smaller set in the larger ≥ {@code containment} (default
 * {@value #DEFAULT_CONTAINMENT}: a copy embedded in a longer page) when the smaller text has at
 * least {@value #MIN_CONTAINED_SHINGLES} shingles (so a short blurb is not "contained" in every
 * article quoting it). Candidates come from MinHash LSH ({@link DuplicateIndex}), so the work grows
 * with the number of candidate pairs, not with all pairs; every candidate is verified on the actual
 * shingle sets, so LSH can only cost recall, never precision.
 *
 * <p>Why these thresholds: one changed word changes up to five 5-shingles, so a 400-word article
 * with five words changed keeps resemblance ≈ 0.88 and a header/footer of 10% of the page keeps ≈
 * 0.9; two different reports of one story share names and phrases but few 5-word runs (seeds 001
 * and 004: resemblance below 0.01). 0.8 leaves room for rewrites and boilerplate while staying far
 * above same-story overlap. Containment 0.9 means nine in ten of the shorter text's shingles occur
 * in the longer one.
 *
 * <p>Links point from each copy to the group's original: the earliest published article, ties by
 * smallest article id. Immutable and thread-safe.
 */
public final class DuplicateDetector {
  /** Default Jaccard resemblance for a near-duplicate. */
  public static final double DEFAULT_RESEMBLANCE = 0.8;
  /** Default containment of the smaller shingle set for a near-duplicate. */
  public static final double DEFAULT_CONTAINMENT = 0.9;
  /** Fewest shingles the smaller text needs for containment to count. */
  public static final int MIN_CONTAINED_SHINGLES = 40;

  /** How one article repeats another: the kind and the measured similarity. */
  record Match(DuplicateLink.Kind kind, double similarity) {}

  private final double resemblance;
  private final double containment;

  /** A detector with the default thresholds. */
  public DuplicateDetector() {
    this(DEFAULT_RESEMBLANCE, DEFAULT_CONTAINMENT);
  }

  /**
   * A detector with the given thresholds.
   *
   * @throws IllegalArgumentException if a threshold is outside (0, 1]
   */
  public DuplicateDetector(double resemblance, double containment) {
    if (!(resemblance > 0 && resemblance <= 1) || !(containment > 0 && containment <= 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1]: " + resemblance + ", " + containment);
    }
    this.resemblance = resemblance;
    this.containment = containment;
  }

  /**
   * {@return the duplicate links among the articles, sorted by article id} Each copy links to its
   * group's original; the same set of articles gives the same links in any order.
   */
  public List<DuplicateLink> detect(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    DuplicateIndex index = newIndex();
    for (Article a : sorted) {
      index.add(a);
    }
    return index.links();
  }

  /** {@return an empty incremental index using this detector's thresholds} */
  public DuplicateIndex newIndex() {
    return new DuplicateIndex(this);
  }

  /**
   * {@return whether two articles, given by content hash and fingerprint, are duplicates} The test
   * {@link #detect} applies to every candidate pair, published for distributed candidate
   * verification.
   */
  public boolean isDuplicate(String contentHashA, Fingerprint fa, String contentHashB, Fingerprint fb) {
    return similarity(contentHashA, fa, contentHashB, fb) != null;
  }

  /** {@return the match if {@code a} and {@code b} are duplicates, else null} */
  Match similarity(Article a, Fingerprint fa, Article b, Fingerprint fb) {
    return similarity(a.contentHash(), fa, b.contentHash(), fb);
  }

  private Match similarity(String hashA, Fingerprint fa, String hashB, Fingerprint fb) {
    Match m = measure(hashA, fa, hashB, fb);
    if (m.kind() == DuplicateLink.Kind.EXACT) {
      return m;
    }
    int common = fa.intersection(fb);
    int union = fa.shingleCount() + fb.shingleCount() - common;
    int smaller = Math.min(fa.shingleCount(), fb.shingleCount());
    double jaccard = union == 0 ? 0 : (double) common / union;
    double contained = smaller == 0 ? 0 : (double) common / smaller;
    if (jaccard >= resemblance || (smaller >= MIN_CONTAINED_SHINGLES && contained >= containment)) {
      return m;
    }
    return null;
  }

  /**
   * {@return how {@code a} repeats {@code b}} EXACT with 1.0 for an exact copy; otherwise NEAR with
   * the Jaccard resemblance, or the containment when that reaches the containment threshold.
   */
  Match measure(Article a, Fingerprint fa, Article b, Fingerprint fb) {
    return measure(a.contentHash(), fa, b.contentHash(), fb);
  }

  private Match measure(String hashA, Fingerprint fa, String hashB, Fingerprint fb) {
    boolean sameHash = !hashA.isEmpty() && hashA.equals(hashB);
    if (sameHash || (!fa.isEmpty() && fa.normalisedHash().equals(fb.normalisedHash()))) {
      return new Match(DuplicateLink.Kind.EXACT, 1.0);
    }
    int common = fa.intersection(fb);
    int union = fa.shingleCount() + fb.shingleCount() - common;
    int smaller = Math.min(fa.shingleCount(), fb.shingleCount());
    double jaccard = union == 0 ? 0 : (double) common / union;
    double contained = smaller == 0 ? 0 : (double) common / smaller;
    double sim = jaccard < resemblance && smaller >= MIN_CONTAINED_SHINGLES && contained >= containment
        ? contained : jaccard;
    return new Match(DuplicateLink.Kind.NEAR, sim);
  }
}
