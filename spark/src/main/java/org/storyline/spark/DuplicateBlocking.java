package org.storyline.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.ingest.dedup.DuplicateDetector;
import org.storyline.ingest.dedup.DuplicateIndex;
import org.storyline.ingest.dedup.Fingerprint;
import org.storyline.model.Article;
import org.storyline.model.DuplicateLink;

/**
 * Duplicate detection split into steps a cluster can run apart, with the same links as {@link
 * DuplicateDetector#detect} over all articles.
 *
 * <ol>
 *   <li>Every article's {@link Print} and candidate keys ({@link DuplicateIndex#exactKeys},
 *       {@link DuplicateIndex#bandKeys}).
 *   <li>Per exact key: every article sharing it is an exact copy of the others (no check needed);
 *       a star from the smallest id joins them.
 *   <li>Per band key (an LSH bucket): the first {@value DuplicateIndex#MAX_BUCKET} + 1 articles by
 *       id are pairwise candidates, exactly the pairs the index compares; each pair is verified
 *       with {@link DuplicateDetector#isDuplicate}.
 *   <li>Connected components of the verified pairs are the duplicate groups (the index's
 *       union-find computes the same components).
 *   <li>Per group, {@link DuplicateDetector#detect} over the group's articles gives the links: it
 *       finds at least the group's verified pairs again (a bucket restricted to the group keeps
 *       the group's members among its first entries), so the group is the same, and with it the
 *       original (earliest published, then smallest id) and every member's similarity to it.
 * </ol>
 */
final class DuplicateBlocking {
  private DuplicateBlocking() {}

  /** What duplicate detection needs of an article, serialisable for a shuffle. */
  record Print(String id, String contentHash, String normalisedHash, long[] shingles, long[] signature, int words)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Print of(Article article) {
      Fingerprint f = Fingerprint.of(article.text());
      return new Print(article.id().value(), article.contentHash(), f.normalisedHash(), f.shingles(), f.signature(),
          f.words());
    }

    Fingerprint fingerprint() {
      return new Fingerprint(normalisedHash, shingles, signature, words);
    }

    boolean isEmpty() {
      return words == 0;
    }

    List<String> exactKeys() {
      return DuplicateIndex.exactKeys(contentHash, fingerprint());
    }

    List<String> bandKeys() {
      return DuplicateIndex.bandKeys(fingerprint());
    }
  }

  /** {@return the edges that join every member of an exact-key group to its smallest id} */
  static List<String[]> star(List<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.naturalOrder());
    List<String[]> out = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      if (!sorted.get(i).equals(sorted.get(0))) {
        out.add(new String[] {sorted.get(0), sorted.get(i)});
      }
    }
    return out;
  }

  /** {@return the candidate pairs of one LSH bucket, as the index forms them (smaller id first)} */
  static List<String[]> bucketPairs(List<String> ids) {
    List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
    List<String> kept = sorted.subList(0, Math.min(sorted.size(), DuplicateIndex.MAX_BUCKET + 1));
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      for (int j = i + 1; j < kept.size(); j++) {
        out.add(new String[] {kept.get(i), kept.get(j)});
      }
    }
    return out;
  }

  /** {@return whether a candidate pair is a duplicate} */
  static boolean verified(DuplicateDetector detector, Print a, Print b) {
    return detector.isDuplicate(a.contentHash(), a.fingerprint(), b.contentHash(), b.fingerprint());
  }

  /** {@return the links of one duplicate group} */
  static List<DuplicateLink> links(List<Article> group) {
    return new DuplicateDetector().detect(group);
  }
}
