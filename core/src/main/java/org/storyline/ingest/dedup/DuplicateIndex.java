package org.storyline.ingest.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DuplicateLink;

/**
 * An incremental duplicate index: add articles one at a time and get the duplicate links that
 * involve each new one. After any sequence of additions, {@link #links()} equals {@link
 * DuplicateDetector#detect} over the same articles, whatever the order.
 *
 * <p>How: each article's {@link Fingerprint}; candidates are the articles with the same
 * normalised-text hash or content hash, or sharing one of {@value #BANDS} LSH bands of {@value
 * #ROWS} MinHash values; a candidate pair is a duplicate when verified on the actual shingle sets
 * (see {@link DuplicateDetector} for the thresholds). Duplicates form groups (connected
 * components); the <em>original</em> of a group is its earliest-published article (exact date, else
 * the window's earliest day; undated last), ties broken by the smallest {@link ArticleId}; every
 * other member links to it, with its own similarity to the original.
 *
 * <p>Not thread-safe: confine an index to one thread or guard it.
 */
public final class DuplicateIndex {
  /** LSH bands. With {@value #ROWS} rows each a pair with Jaccard 0.2 is a candidate with p ≈ 0.93. */
  public static final int BANDS = 64;
  /** MinHash values per band. */
  public static final int ROWS = Fingerprint.HASHES / BANDS;
  /**
   * Buckets holding more articles than this are not used for candidates: such a band is shared
   * boilerplate (a footer every page carries), not evidence of a copy.
   */
  public static final int MAX_BUCKET = 2_000;

  private final DuplicateDetector detector;
  private final Map<ArticleId, Entry> entries = new LinkedHashMap<>();
  private final Map<String, List<Entry>> byHash = new HashMap<>();
  private final Map<BandKey, List<Entry>> buckets = new HashMap<>();
  private final Map<ArticleId, ArticleId> parent = new HashMap<>();
  /** Members of each group, by its union-find root. */
  private final Map<ArticleId, List<ArticleId>> members = new HashMap<>();

  /** Candidate pairs verified so far (for tests and metrics). */
  private long verified;

  private record BandKey(int band, long value) {}

  private static final class Entry {
    final Article article;
    final Fingerprint print;

    Entry(Article article, Fingerprint print) {
      this.article = article;
      this.print = print;
    }
  }

  DuplicateIndex(DuplicateDetector detector) {
    this.detector = detector;
  }

  /** {@return how many articles have been added} */
  public int size() {
    return entries.size();
  }

  /**
   * Adds an article and {@return the links of its group that involve it}: its link to the group's
   * original, or, when it becomes the original, every member's link to it. Empty when it has no
   * duplicate, when its text is empty, or when an article with its id was already added.
   */
  public List<DuplicateLink> add(Article article) {
    if (entries.containsKey(article.id())) {
      return List.of();
    }
    Entry e = new Entry(article, Fingerprint.of(article.text()));
    entries.put(article.id(), e);
    parent.put(article.id(), article.id());
    members.put(article.id(), new ArrayList<>(List.of(article.id())));
    if (e.print.isEmpty()) {
      return List.of();
    }
    TreeSet<ArticleId> candidates = new TreeSet<>();
    for (String key : hashKeys(e)) {
      for (Entry other : byHash.getOrDefault(key, List.of())) {
        candidates.add(other.article.id());
      }
      byHash.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    for (int b = 0; b < BANDS; b++) {
      List<Entry> bucket = buckets.computeIfAbsent(band(e.print, b), k -> new ArrayList<>());
      if (bucket.size() <= MAX_BUCKET) {
        for (Entry other : bucket) {
          candidates.add(other.article.id());
        }
        bucket.add(e);
      }
    }
    for (ArticleId c : candidates) {
      Entry other = entries.get(c);
      verified++;
      if (detector.similarity(e.article, e.print, other.article, other.print) != null) {
        union(article.id(), c);
      }
    }
    List<ArticleId> group = members.get(find(article.id()));
    if (group.size() < 2) {
      return List.of();
    }
    Entry original = originalOf(group);
    if (original != e) {
      return List.of(link(e, original));
    }
    return linksOf(group);
  }

  /** {@return how many candidate pairs were verified on their shingle sets} */
  public long verifiedPairs() {
    return verified;
  }

  /** {@return every duplicate link among the added articles, sorted by article id} */
  public List<DuplicateLink> links() {
    Map<ArticleId, List<ArticleId>> groups = groups();
    List<DuplicateLink> out = new ArrayList<>();
    for (List<ArticleId> group : groups.values()) {
      if (group.size() > 1) {
        out.addAll(linksOf(group));
      }
    }
    out.sort(Comparator.comparing(DuplicateLink::article).thenComparing(DuplicateLink::original));
    return out;
  }

  private List<String> hashKeys(Entry e) {
    return exactKeys(e.article.contentHash(), e.print);
  }

  /**
   * {@return the keys under which the index finds exact copies of an article} Its normalised-text
   * hash and, when it has one, its content hash. Two articles with non-empty fingerprints that
   * share a key are always duplicates (EXACT); with {@link #bandKeys} these are the candidate keys
   * of {@link #add}, published so that a distributed job can find the same candidates (an article
   * with an empty fingerprint has no candidates at all).
   */
  public static List<String> exactKeys(String contentHash, Fingerprint print) {
    List<String> keys = new ArrayList<>(2);
    keys.add("n:" + print.normalisedHash());
    if (!contentHash.isEmpty()) {
      keys.add("c:" + contentHash);
    }
    return keys;
  }

  /**
   * {@return the {@value #BANDS} LSH band keys of a fingerprint, as strings "b&lt;band&gt;:&lt;hash&gt;"}
   * Two articles sharing one are a candidate pair in {@link #add}, unless the bucket was full: a
   * bucket holds its first {@value #MAX_BUCKET} + 1 articles in the order they were added ({@link
   * DuplicateDetector#detect} adds them by id), and every pair among those is a candidate.
   */
  public static List<String> bandKeys(Fingerprint print) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      BandKey key = band(print, b);
      keys.add("b" + key.band() + ":" + Long.toHexString(key.value()));
    }
    return keys;
  }

  private static BandKey band(Fingerprint f, int b) {
    long h = b;
    for (int r = 0; r < ROWS; r++) {
      h = Fingerprint.mix(h * 31 + f.signatureAt(b * ROWS + r));
    }
    return new BandKey(b, h);
  }

  private Map<ArticleId, List<ArticleId>> groups() {
    return members;
  }

  private Entry originalOf(List<ArticleId> group) {
    Entry original = null;
    for (ArticleId id : group) {
      Entry e = entries.get(id);
      if (original == null || ORIGINAL_FIRST.compare(e.article, original.article) < 0) {
        original = e;
      }
    }
    return original;
  }

  private DuplicateLink link(Entry copy, Entry original) {
    DuplicateDetector.Match m = detector.measure(copy.article, copy.print, original.article, original.print);
    return new DuplicateLink(copy.article.id(), original.article.id(), m.kind(), m.similarity());
  }

  private List<DuplicateLink> linksOf(List<ArticleId> group) {
    Entry original = originalOf(group);
    List<DuplicateLink> out = new ArrayList<>();
    for (ArticleId id : group) {
      if (!id.equals(original.article.id())) {
        out.add(link(entries.get(id), original));
      }
    }
    out.sort(Comparator.comparing(DuplicateLink::article));
    return out;
  }

  /** Earliest publication first (undated last), then smallest id. */
  static final Comparator<Article> ORIGINAL_FIRST = Comparator
      .comparing((Article a) -> publishedDay(a), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Article::id);

  private static LocalDate publishedDay(Article a) {
    if (a.published().date() != null) {
      return a.published().date();
    }
    return a.published().earliest() != null ? a.published().earliest() : a.published().latest();
  }

  private ArticleId find(ArticleId id) {
    ArticleId root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    ArticleId cur = id;
    while (!cur.equals(root)) {
      ArticleId next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  private void union(ArticleId a, ArticleId b) {
    ArticleId ra = find(a);
    ArticleId rb = find(b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root: the structure, not only the result, is order-free
      ArticleId root = ra.compareTo(rb) < 0 ? ra : rb;
      ArticleId child = root.equals(ra) ? rb : ra;
      parent.put(child, root);
      members.get(root).addAll(members.remove(child));
    }
  }
}
