package org.storyline.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Finds the tense of the clause around a span: the tense cue (future modal or phrase, past or
 * present verb form) nearest to the span within its sentence. Uses Penn part-of-speech tags when
 * the tokens carry them, else the word lists of {@code time/tense.v1.txt}. Immutable and
 * thread-safe.
 */
public final class TenseDetector {
  static final String RESOURCE = "/time/tense.v1.txt";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’-]+");

  private final Map<String, Set<String>> words;
  private final List<String[]> futurePhrases;
  /** FUTURE_BEFORE words, as a regex that must end right before the expression. */
  private final Pattern futureBefore;
  /** PAST_BEFORE words, as a regex that must end right before the expression. */
  private final Pattern pastBefore;

  private TenseDetector(Map<String, Set<String>> words, List<String[]> futurePhrases, Pattern futureBefore,
      Pattern pastBefore) {
    this.words = words;
    this.futurePhrases = futurePhrases;
    this.futureBefore = futureBefore;
    this.pastBefore = pastBefore;
  }

  /** {@return a detector with the cue lists of {@code time/tense.v1.txt}} */
  public static TenseDetector load() {
    Map<String, Set<String>> words = new HashMap<>();
    List<String[]> phrases = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> pastBefore = new ArrayList<>();
    try (InputStream in = TenseDetector.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      int lineNo = 0;
      for (String raw : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        lineNo++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        if (f.length != 2) {
          throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected 'CLASS word': " + line);
        }
        String w = TimeLexicon.key(f[1].replace('_', ' '));
        if (f[0].equals("FUTURE_BEFORE")) {
          before.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        } else if (f[0].equals("PAST_BEFORE")) {
          pastBefore.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        } else if (f[0].equals("FUTURE_PHRASE")) {
          phrases.add(w.split(" "));
        } else {
          words.computeIfAbsent(f[0], k -> new HashSet<>()).add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    words.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new TenseDetector(Map.copyOf(frozen), List.copyOf(phrases), endingBefore(before), endingBefore(pastBefore));
  }

  /** {@return a regex for one of the quoted {@code words}, then "on"/"the" optionally, at the end of the region} */
  private static Pattern endingBefore(List<String> words) {
    if (words.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", words) + ")\\s+(?:on\\s+|the\\s+)?$",
        Pattern.CASE_INSENSITIVE);
  }

  /** {@return the tense of the clause around {@code span} in {@code doc}} */
  public Tense tenseAt(AnnotatedArticle doc, Span span) {
    Sentence sentence = Clauses.around(doc, span.start());
    List<Token> all = doc.tokens();
    // Tokens are in text order: find the sentence's first token by binary search.
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().start() < sentence.span().start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = lo; i < all.size() && all.get(i).span().start() < sentence.span().end(); i++) {
      if (all.get(i).sentence() == sentence.index()) {
        tokens.add(all.get(i));
      }
    }
    return tenseAt(doc.text(), sentence.span(), tokens, span);
  }

  /**
   * {@return the tense around {@code span} in the sentence {@code sentence} of {@code text}}
   * {@code tokens} are the sentence's tokens (may be empty; tags may be empty).
   */
  public Tense tenseAt(String text, Span sentence, List<Token> tokens, Span span) {
    int lookBack = Math.max(sentence.start(), span.start() - 30);
    if (lookBack < span.start() && futureBefore.matcher(text).region(lookBack, span.start()).find()) {
      return Tense.FUTURE;
    }
    if (lookBack < span.start() && pastBefore.matcher(text).region(lookBack, span.start()).find()) {
      return Tense.PAST;
    }
    List<String> lower = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<String> pos = new ArrayList<>();
    boolean tagged = false;
    if (!tokens.isEmpty()) {
      for (Token t : tokens) {
        lower.add(TimeLexicon.key(t.text()));
        spans.add(t.span());
        pos.add(t.pos());
        tagged |= !t.pos().isEmpty();
      }
    } else {
      int end = Math.min(sentence.end(), text.length());
      Matcher m = WORD.matcher(text).region(Math.min(sentence.start(), end), end);
      while (m.find()) {
        lower.add(TimeLexicon.key(m.group()));
        spans.add(new Span(m.start(), m.end()));
        pos.add("");
      }
    }
    Tense best = Tense.UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < lower.size(); i++) {
      Span s = spans.get(i);
      if (s.overlaps(span)) {
        continue;
      }
      Tense cue = tagged ? taggedCue(lower, pos, i) : wordCue(lower, i);
      if (cue == null) {
        continue;
      }
      int distance = s.end() <= span.start() ? span.start() - s.end() : s.start() - span.end();
      if (distance < bestDistance) {
        bestDistance = distance;
        best = cue;
      }
    }
    return best;
  }

  private Tense taggedCue(List<String> w, List<String> pos, int i) {
    String p = pos.get(i);
    if (isFuturePhrase(w, i) || (p.equals("MD") && in("FUTURE_MODAL", w.get(i)))) {
      return Tense.FUTURE;
    }
    if (p.equals("VBD")) {
      return Tense.PAST;
    }
    if (p.equals("VBN")) {
      for (int j = Math.max(0, i - 3); j < i; j++) {
        if (in("PERFECT_AUX", w.get(j))) {
          return Tense.PAST;
        }
        if (in("PASSIVE_AUX", w.get(j))) {
          // "will be announced Friday", "was signed Monday": the auxiliary carries the tense.
          return null;
        }
      }
      // A participle without an auxiliary is a reduced relative clause or a headline verb ("the
      // injunction issued Thursday", "terms announced Friday"): it reports what happened.
      return Tense.PAST;
    }
    if (p.equals("VBZ") || p.equals("VBP")) {
      if (in("PERFECT_AUX", w.get(i)) && followedByParticiple(w, pos, i)) {
        return null;
      }
      return Tense.PRESENT;
    }
    return null;
  }

  private static boolean followedByParticiple(List<String> w, List<String> pos, int i) {
    for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
      if (pos.get(j).equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  private Tense wordCue(List<String> w, int i) {
    String word = w.get(i);
    if (in("FUTURE_MODAL", word) || isFuturePhrase(w, i)) {
      return Tense.FUTURE;
    }
    if (in("PERFECT_AUX", word)) {
      for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
        if (in("PAST_WORD", w.get(j)) || in("PARTICIPLE", w.get(j)) || isPastEd(w, j, false)) {
          return Tense.PAST;
        }
      }
    }
    if (in("PAST_WORD", word)) {
      return Tense.PAST;
    }
    if (in("PRESENT_WORD", word) || in("PERFECT_AUX", word)) {
      return Tense.PRESENT;
    }
    return isPastEd(w, i, true) ? Tense.PAST : null;
  }

  private boolean isPastEd(List<String> w, int i, boolean checkAdjective) {
    String word = w.get(i);
    if (word.length() < 4 || !word.endsWith("ed") || in("NOT_PAST_ED", word)) {
      return false;
    }
    return !(checkAdjective && i > 0 && in("ADJ_BEFORE", w.get(i - 1)));
  }

  private boolean isFuturePhrase(List<String> w, int i) {
    for (String[] phrase : futurePhrases) {
      if (i + phrase.length <= w.size()) {
        boolean all = true;
        for (int k = 0; k < phrase.length && all; k++) {
          all = phrase[k].equals(w.get(i + k));
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean in(String cls, String word) {
    Set<String> set = words.get(cls);
    return set != null && set.contains(word);
  }
}
