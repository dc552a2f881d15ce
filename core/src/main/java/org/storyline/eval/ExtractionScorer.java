package org.storyline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Accumulates the extraction figures over pages of {@link TrafilaturaGold}:
 *
 * <ul>
 *   <li>main text, trafilatura's snippet metric ({@link SnippetScorer}) and its token-shingle
 *       variant ({@link ShingleScorer#count});
 *   <li>title accuracy: pages with a non-empty gold title whose extracted title is equal after
 *       Unicode NFC and {@link SnippetScorer#norm whitespace normalisation} (case and punctuation
 *       count);
 *   <li>date accuracy: pages with a non-empty gold date whose extracted exact publication date, as
 *       YYYY-MM-DD, is the gold string (no date counts as wrong);
 *   <li>author accuracy: pages with a non-empty gold author whose byline is equal ignoring case
 *       after the same normalisation.
 * </ul>
 *
 * A page without output (extraction failed) counts as a miss in every figure. Not thread-safe.
 */
public final class ExtractionScorer {
  private SnippetScorer.Counts snippets = SnippetScorer.Counts.ZERO;
  private SnippetScorer.Counts shingles = SnippetScorer.Counts.ZERO;
  private final int[] title = new int[2];
  private final int[] date = new int[3];
  private final int[] author = new int[2];
  private final List<PageScore> pages = new ArrayList<>();

  /** Creates an empty scorer. */
  public ExtractionScorer() {}

  /** A correct count out of a total. */
  public record Accuracy(int correct, int total) {
    /** {@return correct / total, 0 when there is nothing to count} */
    public double value() {
      return total == 0 ? 0 : correct / (double) total;
    }
  }

  /**
   * One page's main-text result.
   *
   * @param id the page id
   * @param counts its snippet counts
   * @param missed "with" snippets not found
   * @param intruded "without" snippets found
   */
  public record PageScore(String id, SnippetScorer.Counts counts, List<String> missed, List<String> intruded) {
    public PageScore {
      missed = List.copyOf(missed);
      intruded = List.copyOf(intruded);
    }
  }

  /**
   * Scores one page.
   *
   * @param extracted the extraction output, or null when there is none
   */
  public void add(TrafilaturaGold.Page gold, ExtractedArticle extracted) {
    String text = extracted == null ? null : extracted.text();
    SnippetScorer.Counts c = SnippetScorer.count(gold.with(), gold.without(), text);
    snippets = snippets.plus(c);
    shingles = shingles.plus(ShingleScorer.count(gold.with(), gold.without(), text));
    List<String> missed = new ArrayList<>();
    List<String> intruded = new ArrayList<>();
    String n = text == null ? null : SnippetScorer.norm(text);
    for (String w : gold.with()) {
      if (n == null || !n.contains(SnippetScorer.norm(w))) {
        missed.add(w);
      }
    }
    for (String w : gold.without()) {
      if (n != null && n.contains(SnippetScorer.norm(w))) {
        intruded.add(w);
      }
    }
    pages.add(new PageScore(gold.id(), c, missed, intruded));
    if (gold.title() != null && !gold.title().isBlank()) {
      title[1]++;
      if (extracted != null && sameTitle(gold.title(), extracted.title())) {
        title[0]++;
      }
    }
    if (gold.date() != null && !gold.date().isBlank()) {
      date[1]++;
      if (extracted != null && extracted.published() != null) {
        if (extracted.published().toString().equals(gold.date().strip())) {
          date[0]++;
        } else {
          date[2]++;
        }
      }
    }
    if (gold.author() != null && !gold.author().isBlank()) {
      author[1]++;
      if (extracted != null && extracted.author() != null && sameAuthor(gold.author(), extracted.author())) {
        author[0]++;
      }
    }
  }

  /** {@return whether two titles are equal after NFC and whitespace normalisation} */
  public static boolean sameTitle(String gold, String extracted) {
    return extracted != null && key(gold).equals(key(extracted));
  }

  /** {@return whether two author strings are equal ignoring case after NFC and whitespace normalisation} */
  public static boolean sameAuthor(String gold, String extracted) {
    return key(gold).toLowerCase(Locale.ROOT).equals(key(extracted).toLowerCase(Locale.ROOT));
  }

  private static String key(String s) {
    return SnippetScorer.norm(Normalizer.normalize(s, Normalizer.Form.NFC));
  }

  /** {@return the snippet counts so far (trafilatura's metric)} */
  public SnippetScorer.Counts snippets() {
    return snippets;
  }

  /** {@return the shingle counts so far} */
  public SnippetScorer.Counts shingles() {
    return shingles;
  }

  /** {@return title accuracy over pages with a gold title} */
  public Accuracy title() {
    return new Accuracy(title[0], title[1]);
  }

  /** {@return date accuracy over pages with a gold date} */
  public Accuracy date() {
    return new Accuracy(date[0], date[1]);
  }

  /** {@return how many pages with a gold date got a different date (the rest of the misses have none)} */
  public int wrongDates() {
    return date[2];
  }

  /** {@return author accuracy over pages with a gold author} */
  public Accuracy author() {
    return new Accuracy(author[0], author[1]);
  }

  /** {@return the pages scored so far, in order} */
  public List<PageScore> pages() {
    return List.copyOf(pages);
  }

  /** {@return up to {@code n} pages with errors, lowest per-page F1 first, then most errors} */
  public List<PageScore> worst(int n) {
    return pages.stream().filter(p -> p.counts().fp() + p.counts().fn() > 0)
        .sorted(Comparator.comparingDouble((PageScore p) -> p.counts().f1())
            .thenComparing(p -> -(p.counts().fp() + p.counts().fn())).thenComparing(PageScore::id))
        .limit(n).toList();
  }
}
