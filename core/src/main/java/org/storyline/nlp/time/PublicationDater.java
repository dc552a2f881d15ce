package org.storyline.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.PublicationDate;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Stage {@code publication.dater/v1}: establishes the publication date. A {@link DateBasis#METADATA}
 * or {@link DateBasis#DATELINE} date is kept. Otherwise a window is inferred from the absolute
 * dates the text mentions:
 *
 * <ul>
 *   <li>the latest absolute date (day to year precision) in a past-tense clause, or in a row of a
 *       dated table of developments ("| August 21, 2025 | X agrees ... |"), is a lower bound: the
 *       article was published on or after the first day of that date;
 *   <li>the cues of {@code time/publication-cues.v1.txt} around a date give upper bounds ("soon
 *       after assuming office on DATE" in an article about a "president-elect": published before
 *       DATE), lower bounds ("following ... election win in DATE": on or after its first day), or
 *       rule a date out as evidence ("by DATE": a deadline);
 *   <li>dates in future-tense clauses are not evidence of the past.
 * </ul>
 *
 * Every bound carries {@link Evidence}. When bounds conflict, the smallest set of bounds whose
 * removal makes the window consistent is dropped (ties: the narrowest window wins) and a {@code
 * W233} diagnostic lists them. With no bound the date stays {@link PublicationDate#unknown()}.
 *
 * <p>Requires {@link Layer#TIMES} and {@link Layer#TOKENS} (tags are used for tense when present);
 * provides {@link Layer#PUBLICATION_DATE}. Immutable and thread-safe.
 */
public final class PublicationDater implements Stage {
  /** Name, version and layers of this stage. */
  public static final StageInfo INFO = new StageInfo("publication.dater", "v1",
      Set.of(Layer.TIMES, Layer.TOKENS), Set.of(Layer.PUBLICATION_DATE));

  private static final int CONTEXT_CHARS = 200;

  private final PublicationCues cues;
  private final TenseDetector tenses;

  /** A dater with the bundled cues and tense lists. */
  public PublicationDater() {
    this(PublicationCues.load(), TenseDetector.load());
  }

  PublicationDater(PublicationCues cues, TenseDetector tenses) {
    this.cues = cues;
    this.tenses = tenses;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    PublicationDate current = doc.article().published();
    if (current.basis() == DateBasis.METADATA || current.basis() == DateBasis.DATELINE) {
      return doc;
    }
    Inference inference = infer(doc);
    AnnotatedArticle out = doc.withArticle(doc.article().withPublished(inference.date()));
    if (!inference.dropped().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Bound b : inference.dropped()) {
        names.add(b.kind() + " " + b.date() + " ('" + b.evidence().text() + "')");
      }
      out = out.withDiagnostic(Diagnostic.warning(TimeCodes.W233.code(), INFO.name(), doc.id().value(),
          TimeCodes.W233.message(names)));
    }
    return out;
  }

  /** The inferred date and the bounds dropped to make it consistent. */
  record Inference(PublicationDate date, List<Bound> dropped) {}

  /** A bound on the publication date with its evidence. */
  record Bound(PublicationCues.Kind kind, LocalDate date, Evidence evidence) {}

  /** {@return the window the text supports, ignoring any date already set} */
  Inference infer(AnnotatedArticle doc) {
    String text = doc.text();
    Evidence elect = null;
    for (PublicationCues.Cue cue : cues.cues()) {
      if (cue.kind() == PublicationCues.Kind.ELECT && elect == null) {
        Matcher m = cue.left().matcher(text);
        if (m.find()) {
          elect = new Evidence("role '" + m.group() + "' exists only between an election and taking office ("
              + cue.name() + ")", new Span(m.start(), m.end()), m.group());
        }
      }
    }
    List<Bound> bounds = new ArrayList<>();
    boolean usedElect = false;
    for (TimeExpression t : doc.times()) {
      if (!(t.value() instanceof TimeValue.Resolved r) || !usable(r.granularity())) {
        continue;
      }
      Sentence sentence = Clauses.around(doc, t.span().start());
      int leftStart = Math.max(sentence.span().start(), t.span().start() - CONTEXT_CHARS);
      int rightEnd = Math.min(Math.min(sentence.span().end(), text.length()), t.span().end() + CONTEXT_CHARS);
      Tense tense = tenses.tenseAt(doc, t.span());
      boolean cued = false;
      for (PublicationCues.Cue cue : cues.cues()) {
        if (cue.kind() == PublicationCues.Kind.ELECT) {
          continue;
        }
        int from = t.span().start();
        if (cue.left() != null) {
          Matcher lm = cue.left().matcher(text).region(leftStart, t.span().start());
          if (!lm.find()) {
            continue;
          }
          from = lm.start();
        }
        int to = t.span().end();
        if (cue.right() != null) {
          Matcher rm = cue.right().matcher(text).region(t.span().end(), Math.max(t.span().end(), rightEnd));
          if (!rm.lookingAt()) {
            continue;
          }
          to = rm.end();
        }
        boolean applies = switch (cue.when()) {
          case ALWAYS -> true;
          case ELECT_OR_FUTURE -> elect != null || tense == Tense.FUTURE;
          case NOT_PAST_TENSE -> tense != Tense.PAST;
        };
        if (!applies) {
          continue;
        }
        cued = true;
        Span span = new Span(from, to);
        String covered = span.coveredText(text);
        switch (cue.kind()) {
          case LATEST -> {
            usedElect |= cue.when() == PublicationCues.When.ELECT_OR_FUTURE && elect != null && tense != Tense.FUTURE;
            bounds.add(new Bound(PublicationCues.Kind.LATEST, r.lastDay().minusDays(1), new Evidence(
                cue.name() + ": " + r.timex() + " is still ahead, so published before " + r.lastDay(), span, covered)));
          }
          case EARLIEST -> bounds.add(new Bound(PublicationCues.Kind.EARLIEST, r.start(), new Evidence(
              cue.name() + ": " + r.timex() + " is behind, so published on or after " + r.start(), span, covered)));
          default -> {
            // NOT_PAST: a deadline or target date says nothing about the past.
          }
        }
        break;
      }
      if (cued || tense == Tense.FUTURE) {
        continue;
      }
      boolean row = inTableRow(text, t.span().start());
      if (row || tense == Tense.PAST) {
        Span clause = row ? line(text, t.span().start()) : trimmed(text, sentence.span());
        String reason = (row ? "dated table row of past developments" : "past-tense clause") + " mentions "
            + r.timex() + ", so published on or after " + r.start();
        bounds.add(new Bound(PublicationCues.Kind.EARLIEST, r.start(),
            new Evidence(reason, clause, clause.coveredText(text))));
      }
    }
    return decide(bounds, usedElect ? elect : null);
  }

  private static boolean usable(Granularity g) {
    return g == Granularity.DAY || g == Granularity.WEEK || g == Granularity.MONTH
        || g == Granularity.QUARTER || g == Granularity.YEAR;
  }

  /** Picks the window that drops the fewest bounds (ties: narrowest; see {@code width} below). */
  private static Inference decide(List<Bound> bounds, Evidence elect) {
    List<Bound> lower = new ArrayList<>();
    List<Bound> upper = new ArrayList<>();
    for (Bound b : bounds) {
      (b.kind() == PublicationCues.Kind.EARLIEST ? lower : upper).add(b);
    }
    if (lower.isEmpty() && upper.isEmpty()) {
      return new Inference(PublicationDate.unknown(), List.of());
    }
    List<LocalDate> lowOptions = new ArrayList<>();
    lowOptions.add(null);
    lower.forEach(b -> lowOptions.add(b.date()));
    List<LocalDate> highOptions = new ArrayList<>();
    highOptions.add(null);
    upper.forEach(b -> highOptions.add(b.date()));
    LocalDate bestLow = null;
    LocalDate bestHigh = null;
    long bestDropped = Long.MAX_VALUE;
    long bestWidth = Long.MAX_VALUE;
    for (LocalDate low : lowOptions) {
      for (LocalDate high : highOptions) {
        if (low != null && high != null && high.isBefore(low)) {
          continue;
        }
        long dropped = lower.stream().filter(b -> low == null || b.date().isAfter(low)).count()
            + upper.stream().filter(b -> high == null || b.date().isBefore(high)).count();
        // Two-sided windows rank by width; then a lower bound alone (a dated past event is direct
        // evidence) before an upper bound alone (a cue about what is still ahead), then nothing.
        long width = low != null && high != null ? high.toEpochDay() - low.toEpochDay()
            : low != null ? Long.MAX_VALUE - 2 : high != null ? Long.MAX_VALUE - 1 : Long.MAX_VALUE;
        boolean better = dropped < bestDropped || (dropped == bestDropped && width < bestWidth);
        if (better) {
          bestDropped = dropped;
          bestWidth = width;
          bestLow = low;
          bestHigh = high;
        }
      }
    }
    final LocalDate low = bestLow;
    final LocalDate high = bestHigh;
    List<Evidence> evidence = new ArrayList<>();
    List<Bound> dropped = new ArrayList<>();
    lower.stream().filter(b -> low == null || b.date().isAfter(low)).forEach(dropped::add);
    upper.stream().filter(b -> high == null || b.date().isBefore(high)).forEach(dropped::add);
    // The decisive bound of each side is the evidence (first in text order when several tie).
    lower.stream().filter(b -> b.date().equals(low)).min(Comparator.comparing(b -> b.evidence().span()))
        .ifPresent(b -> evidence.add(b.evidence()));
    upper.stream().filter(b -> b.date().equals(high)).min(Comparator.comparing(b -> b.evidence().span()))
        .ifPresent(b -> evidence.add(b.evidence()));
    if (elect != null && high != null) {
      evidence.add(elect);
    }
    return new Inference(PublicationDate.window(low, high, evidence), List.copyOf(dropped));
  }

  private static boolean inTableRow(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    while (start < offset && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    return start < text.length() && text.charAt(start) == '|';
  }

  private static Span line(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = text.indexOf('\n', offset);
    return trimmed(text, new Span(start, end < 0 ? text.length() : end));
  }

  private static Span trimmed(String text, Span span) {
    int s = span.start();
    int e = Math.min(span.end(), text.length());
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
