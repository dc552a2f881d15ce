package org.storyline.nlp.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.Provenance;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Stage {@code time.tagger/v1}: finds TIMEX3 time expressions (DATE, TIME, DURATION, SET) in the
 * article text with the rules of {@code time/patterns.v1.txt}. Absolute dates get a {@link
 * TimeValue.Resolved} value, expressions that need the publication date a {@link
 * TimeValue.Relative} one (rule grammar in the package documentation), durations and sets a {@link
 * TimeValue.Duration}; an expression that cannot be valued gets {@link TimeValue.Unresolvable} and
 * a {@code W231} diagnostic.
 *
 * <p>Requires {@link Layer#SENTENCES} (matches never cross a sentence boundary; tokens and their
 * tags are used for tense when present); provides {@link Layer#TIMES}, replacing any earlier
 * times. Immutable and thread-safe: the grammar is compiled once in the constructor.
 */
public final class TimeTagger implements Stage {
  /** Name, version and layers of this stage. */
  public static final StageInfo INFO =
      new StageInfo("time.tagger", "v1", Set.of(Layer.SENTENCES), Set.of(Layer.TIMES));

  private static final double CONFIDENCE = 0.9;
  private static final int NEAR_WINDOW = 500;
  private static final double UNRESOLVABLE_CONFIDENCE = 0.5;

  private final TimeGrammar grammar;
  private final TenseDetector tenses;

  /** Loads the bundled grammar ({@code time/lexicon.v1.txt}, {@code time/patterns.v1.txt}). */
  public TimeTagger() {
    this(TimeGrammar.load(), TenseDetector.load());
  }

  TimeTagger(TimeGrammar grammar, TenseDetector tenses) {
    this.grammar = grammar;
    this.tenses = tenses;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    List<TimeExpression> times = tag(doc);
    AnnotatedArticle out = doc.withTimes(times);
    List<String> unvalued = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.value() instanceof TimeValue.Unresolvable u) {
        unvalued.add("'" + t.text() + "' " + t.span() + " (" + u.reason() + ")");
      }
    }
    if (!unvalued.isEmpty()) {
      List<String> shown = unvalued.subList(0, Math.min(5, unvalued.size()));
      out = out.withDiagnostic(Diagnostic.warning(TimeCodes.W231.code(), INFO.name(), doc.id().value(),
          TimeCodes.W231.message(shown + (unvalued.size() > 5 ? " and " + (unvalued.size() - 5) + " more" : ""))));
    }
    return out;
  }

  /** {@return the time expressions of {@code doc}, in text order, non-overlapping} */
  public List<TimeExpression> tag(AnnotatedArticle doc) {
    String text = doc.text();
    int[] starts = wordStarts(text);
    List<Candidate> candidates = new ArrayList<>();
    List<TimeGrammar.Rule> rules = grammar.rules();
    Matcher[] matchers = new Matcher[rules.size()];
    for (int start : starts) {
      long[] may = grammar.mayStartWith(text.substring(start, wordEnd(text, start)));
      char first = text.charAt(start);
      for (int w = 0; w < may.length; w++) {
        for (long bits = may[w]; bits != 0; bits &= bits - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(bits);
          TimeGrammar.Rule rule = rules.get(i);
          if (!rule.canStartWith(first)) {
            continue;
          }
          Matcher m = matchers[i];
          if (m == null) {
            m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[i] = m;
          }
          m.region(start, text.length());
          // Matching runs over the whole text rather than per sentence: splitters often break
          // after abbreviations ("Sept. 30", "9 a.m. Tuesday"). A line break still ends a match.
          if (m.lookingAt() && m.end() > m.start() && !containsLineBreak(text, m.start(), m.end())) {
            candidates.add(new Candidate(m.start(), m.end(), rule, grammar.ruleText(rule, m)));
          }
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
        .thenComparingInt(c -> c.rule.priority())
        .thenComparingInt(c -> c.start));
    List<Candidate> chosen = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (Candidate c : candidates) {
      if (overlapsTaken(taken, c) || !satisfies(doc, c)) {
        continue;
      }
      for (int i = c.start; i < c.end; i++) {
        taken[i] = true;
      }
      chosen.add(c);
    }
    chosen.sort(Comparator.comparingInt(c -> c.start));
    List<TimeExpression> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      Span span = new Span(c.start, c.end);
      TimeValue value = valueOf(c);
      double confidence = value instanceof TimeValue.Unresolvable ? UNRESOLVABLE_CONFIDENCE : CONFIDENCE;
      out.add(new TimeExpression(span, span.coveredText(text), c.rule.type(), value,
          new Provenance(doc.id(), span, INFO.ref(), confidence)));
    }
    return out;
  }

  /** Offsets where a word starts: a letter, digit or apostrophe not preceded by a letter or digit. */
  private static int[] wordStarts(String text) {
    int[] out = new int[16];
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = Character.isLetterOrDigit(c);
      if ((alnum || c == '\'' || c == '’') && !inWord) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
      inWord = alnum;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** {@return the end of the word starting at {@code start}: its first character, then letters and digits} */
  private static int wordEnd(String text, int start) {
    int end = start + 1;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean containsLineBreak(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsTaken(boolean[] taken, Candidate c) {
    for (int i = c.start; i < c.end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private boolean satisfies(AnnotatedArticle doc, Candidate c) {
    if (c.rule.near() != null && !near(doc, c)) {
      return false;
    }
    if (c.rule.requirement() == TimeGrammar.Requirement.NONE) {
      return true;
    }
    Tense tense = tenses.tenseAt(doc, new Span(c.start, c.end));
    return switch (c.rule.requirement()) {
      case FUTURE -> tense == Tense.FUTURE;
      case NOT_PAST -> tense != Tense.PAST;
      case NONE -> true;
    };
  }

  /** The NEAR pattern must occur within {@link #NEAR_WINDOW} characters of the match. */
  private static boolean near(AnnotatedArticle doc, Candidate c) {
    String text = doc.text();
    return c.rule.near().matcher(text)
        .region(Math.max(0, c.start - NEAR_WINDOW), Math.min(text.length(), c.end + NEAR_WINDOW))
        .find();
  }

  private static TimeValue valueOf(Candidate c) {
    if (c.ruleText == null) {
      return new TimeValue.Unresolvable("rule " + c.rule.name() + " could not normalise the match", "");
    }
    try {
      return TimexRule.parse(c.ruleText).unanchored();
    } catch (IllegalArgumentException e) {
      return new TimeValue.Unresolvable("rule " + c.rule.name() + ": " + e.getMessage(), "");
    }
  }

  /** A match of one rule, before overlap resolution. */
  private record Candidate(int start, int end, TimeGrammar.Rule rule, String ruleText) {}
}
