package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Span;

/**
 * Scores predicted quotes against PolNeAR attribution gold ({@link Polnear.Attribution}).
 * Words are maximal runs of letters and digits; a word belongs to a span when they share a
 * character. Metrics, summed over documents:
 *
 * <ul>
 *   <li><b>content word F1</b> (the main figure, in the spirit of PolNeAR's token-wise agreement):
 *       P = words inside both some predicted quote and some gold content / words inside some
 *       predicted quote; R = the same / words inside some gold content (each word counted once);
 *   <li><b>content overlap F1</b>: P = predicted quotes sharing a word with a gold content /
 *       predicted quotes; R = gold contents sharing a word with a predicted quote / gold contents;
 *   <li><b>content exact F1</b>: units are gold content fragments (a content interrupted by "said
 *       X" has two) and predicted quotes, each trimmed of everything but letters and digits at its
 *       edges (quotation marks, punctuation, white space) and of a leading complementizer "that"
 *       (PolNeAR's content includes it, Storyline's starts after it; it carries no content); a unit
 *       matches when the trimmed spans are equal. Units are sets, so duplicates count once;
 *   <li><b>speaker accuracy</b>: over predicted quotes that share a word with a gold content whose
 *       attribution has a Source (the gold content sharing the most words; the first on ties): the
 *       fraction whose predicted speaker span overlaps the gold Source. A predicted quote without
 *       speaker is wrong. When the gold Source is a bare pronoun ("he", "they"), Storyline names
 *       the antecedent instead, so the speaker is also right when its last word occurs in the
 *       nearest non-pronoun gold Source before the pronoun (the annotators' previous named
 *       source: an approximation of the gold antecedent). Both kinds are also reported apart.
 * </ul>
 *
 * PolNeAR is univocal (a word belongs to at most one attribution) while Storyline also reports a
 * quoted phrase inside reported speech as a quote of its own ("X said the talks were
 * “productive”"); so a predicted quote lying inside another predicted quote is folded into it
 * before scoring: it counts neither as a quote nor as a unit of its own.
 *
 * <p>Not thread-safe: one scorer per evaluation.
 */
public final class QuoteScorer {
  private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him",
      "her", "us", "them");

  /**
   * A predicted quote.
   *
   * @param content the content span
   * @param speaker the speaker span, or null when there is no speaker or it has no span
   * @param speakerText the speaker's text, or null when there is no speaker
   */
  public record Predicted(Span content, Span speaker, String speakerText) {
    public Predicted {
      if (content == null) {
        throw new IllegalArgumentException("a predicted quote needs a content span");
      }
    }
  }

  /**
   * The counts behind the figures.
   *
   * @param goldWords words in some gold content
   * @param systemWords words in some predicted quote
   * @param commonWords words in both
   * @param gold gold contents
   * @param goldFound gold contents sharing a word with a predicted quote
   * @param system predicted quotes
   * @param systemFound predicted quotes sharing a word with a gold content
   * @param goldUnits distinct trimmed gold content fragments
   * @param systemUnits distinct trimmed predicted quotes
   * @param exact units in both
   * @param namedJudged matched quotes whose gold Source is not a pronoun
   * @param namedRight of those, with the right speaker
   * @param pronounJudged matched quotes whose gold Source is a pronoun
   * @param pronounRight of those, with the right speaker
   */
  public record Counts(int goldWords, int systemWords, int commonWords, int gold, int goldFound, int system,
      int systemFound, int goldUnits, int systemUnits, int exact, int namedJudged, int namedRight,
      int pronounJudged, int pronounRight) {
    /** {@return content word P/R/F1} */
    public Prf words() {
      return Prf.of(commonWords, systemWords, goldWords);
    }

    /** {@return content overlap P/R/F1} */
    public Prf overlap() {
      return Prf.ofRates(ratio(systemFound, system), ratio(goldFound, gold));
    }

    /** {@return content exact P/R/F1} */
    public Prf exactMatch() {
      return Prf.of(exact, systemUnits, goldUnits);
    }

    /** {@return speaker accuracy over all judged quotes} */
    public double speakerAccuracy() {
      return ratio(namedRight + pronounRight, namedJudged + pronounJudged);
    }

    /** {@return speaker accuracy where the gold Source is a name or description} */
    public double namedSpeakerAccuracy() {
      return ratio(namedRight, namedJudged);
    }

    /** {@return speaker accuracy where the gold Source is a pronoun} */
    public double pronounSpeakerAccuracy() {
      return ratio(pronounRight, pronounJudged);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private final int keepErrors;
  private final List<String> errors = new ArrayList<>();
  private int goldWords;
  private int systemWords;
  private int commonWords;
  private int gold;
  private int goldFound;
  private int system;
  private int systemFound;
  private int goldUnits;
  private int systemUnits;
  private int exact;
  private int namedJudged;
  private int namedRight;
  private int pronounJudged;
  private int pronounRight;

  /** A scorer that keeps no error lines. */
  public QuoteScorer() {
    this(0);
  }

  /** A scorer that keeps up to {@code keepErrors} error lines (misses, false alarms, wrong speakers). */
  public QuoteScorer(int keepErrors) {
    this.keepErrors = keepErrors;
  }

  /**
   * Adds one document.
   *
   * @param name the document's name (error lines)
   * @param text its text; every span points into it
   * @param goldAttributions the gold relations
   * @param predicted the predicted quotes
   */
  public void add(String name, String text, List<Polnear.Attribution> goldAttributions, List<Predicted> all) {
    List<Predicted> predicted = outermost(all);
    List<Span> words = words(text);
    int n = words.size();
    int[] goldOf = new int[n];
    java.util.Arrays.fill(goldOf, -1);
    boolean[] predictedWord = new boolean[n];
    for (int g = goldAttributions.size() - 1; g >= 0; g--) {
      for (Span c : goldAttributions.get(g).content()) {
        for (int w = firstWordEndingAfter(words, c.start()); w < n && words.get(w).start() < c.end(); w++) {
          goldOf[w] = g;
        }
      }
    }
    for (Predicted p : predicted) {
      for (int w = firstWordEndingAfter(words, p.content().start()); w < n && words.get(w).start() < p.content().end(); w++) {
        predictedWord[w] = true;
      }
    }
    for (int w = 0; w < n; w++) {
      goldWords += goldOf[w] >= 0 ? 1 : 0;
      systemWords += predictedWord[w] ? 1 : 0;
      commonWords += goldOf[w] >= 0 && predictedWord[w] ? 1 : 0;
    }
    gold += goldAttributions.size();
    boolean[] found = new boolean[goldAttributions.size()];
    system += predicted.size();
    for (Predicted p : predicted) {
      int[] shared = new int[goldAttributions.size()];
      for (int w = firstWordEndingAfter(words, p.content().start()); w < n && words.get(w).start() < p.content().end(); w++) {
        if (goldOf[w] >= 0) {
          shared[goldOf[w]]++;
        }
      }
      int best = -1;
      for (int g = 0; g < shared.length; g++) {
        if (shared[g] > 0 && (best < 0 || shared[g] > shared[best])) {
          best = g;
        }
      }
      if (best < 0) {
        error(name + ": false alarm: " + excerpt(text, p.content()));
        continue;
      }
      systemFound++;
      found[best] = true;
      judgeSpeaker(name, text, goldAttributions, goldAttributions.get(best), p);
      Span goldHull = hull(goldAttributions.get(best).content());
      if (!goldHull.equals(p.content())) {
        error(name + ": partial: predicted " + excerpt(text, p.content()) + " gold " + excerpt(text, goldHull));
      }
    }
    for (int g = 0; g < found.length; g++) {
      if (found[g]) {
        goldFound++;
      } else {
        Polnear.Attribution a = goldAttributions.get(g);
        error(name + ": missed: " + excerpt(text, hull(a.content())) + " || cue '" + joined(text, a.cue())
            + "' source '" + joined(text, a.source()) + "'");
      }
    }
    Set<Span> goldCores = new HashSet<>();
    for (Polnear.Attribution a : goldAttributions) {
      for (Span c : a.content()) {
        Span core = core(text, c);
        if (core.length() > 0) {
          goldCores.add(core);
        }
      }
    }
    Set<Span> systemCores = new HashSet<>();
    for (Predicted p : predicted) {
      Span core = core(text, p.content());
      if (core.length() > 0) {
        systemCores.add(core);
      }
    }
    goldUnits += goldCores.size();
    systemUnits += systemCores.size();
    for (Span s : systemCores) {
      exact += goldCores.contains(s) ? 1 : 0;
    }
  }

  /** {@return the predicted quotes not lying inside another one (the first of equal spans is kept)} */
  static List<Predicted> outermost(List<Predicted> all) {
    List<Predicted> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Span s = all.get(i).content();
      boolean nested = false;
      for (int j = 0; j < all.size() && !nested; j++) {
        Span o = all.get(j).content();
        if (j != i && o.start() <= s.start() && s.end() <= o.end() && (o.length() > s.length() || j < i)) {
          nested = true;
        }
      }
      if (!nested) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /** {@return the counts so far} */
  public Counts counts() {
    return new Counts(goldWords, systemWords, commonWords, gold, goldFound, system, systemFound, goldUnits,
        systemUnits, exact, namedJudged, namedRight, pronounJudged, pronounRight);
  }

  /** {@return the error lines kept, in the order found} */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  private void judgeSpeaker(String name, String text, List<Polnear.Attribution> all, Polnear.Attribution g,
      Predicted p) {
    if (g.source().isEmpty()) {
      return;
    }
    boolean right = false;
    if (p.speaker() != null) {
      for (Span s : g.source()) {
        right |= s.overlaps(p.speaker());
      }
    }
    String sourceText = joined(text, g.source());
    boolean pronoun = PRONOUNS.contains(sourceText.toLowerCase(Locale.ROOT));
    if (pronoun) {
      pronounJudged++;
      if (!right && p.speakerText() != null) {
        String named = previousNamedSource(text, all, g.source().get(0).start());
        right = named != null && lastWord(p.speakerText()) != null
            && wordsOf(named).contains(lastWord(p.speakerText()));
      }
      pronounRight += right ? 1 : 0;
    } else {
      namedJudged++;
      namedRight += right ? 1 : 0;
    }
    if (!right) {
      error(name + ": wrong speaker: " + (p.speakerText() == null ? "none" : "'" + p.speakerText() + "'")
          + " for gold '" + sourceText + "': " + excerpt(text, p.content()));
    }
  }

  private static String previousNamedSource(String text, List<Polnear.Attribution> all, int before) {
    String best = null;
    int bestStart = -1;
    for (Polnear.Attribution a : all) {
      if (a.source().isEmpty()) {
        continue;
      }
      int start = a.source().get(0).start();
      String t = joined(text, a.source());
      if (start < before && start > bestStart && !PRONOUNS.contains(t.toLowerCase(Locale.ROOT))) {
        best = t;
        bestStart = start;
      }
    }
    return best;
  }

  private static String joined(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(b.length() == 0 ? "" : " ").append(s.coveredText(text));
    }
    return b.toString().strip();
  }

  private static Set<String> wordsOf(String s) {
    Set<String> out = new HashSet<>();
    for (Span w : words(s)) {
      out.add(w.coveredText(s).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String lastWord(String s) {
    List<Span> w = words(s);
    String last = w.isEmpty() ? null : w.get(w.size() - 1).coveredText(s).toLowerCase(Locale.ROOT);
    // "Trump's" / "Trump’s": the word before the possessive
    if (last != null && last.equals("s") && w.size() > 1) {
      last = w.get(w.size() - 2).coveredText(s).toLowerCase(Locale.ROOT);
    }
    return last;
  }

  /** {@return the maximal runs of letters and digits in {@code text}} */
  static List<Span> words(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      out.add(new Span(i, j));
      i = j;
    }
    return out;
  }

  private static int firstWordEndingAfter(List<Span> words, int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@return the span without anything but letters and digits at its edges, nor a leading "that"} */
  static Span core(String text, Span s) {
    int a = s.start();
    int b = Math.min(s.end(), text.length());
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
      b--;
    }
    if (b - a > 5 && text.regionMatches(true, a, "that", 0, 4) && !Character.isLetterOrDigit(text.charAt(a + 4))) {
      return core(text, new Span(a + 4, b));
    }
    return new Span(a, Math.max(a, b));
  }

  private static Span hull(List<Span> spans) {
    Span h = spans.get(0);
    for (Span s : spans) {
      h = h.union(s);
    }
    return h;
  }

  private static String excerpt(String text, Span s) {
    String t = s.coveredText(text).replaceAll("\\s+", " ");
    return "[" + s.start() + "," + s.end() + ") " + (t.length() > 100 ? t.substring(0, 97) + "..." : t);
  }

  private void error(String line) {
    if (errors.size() < keepErrors) {
      errors.add(line);
    }
  }
}
