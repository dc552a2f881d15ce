package org.storyline.nlp.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Provenance;
import org.storyline.model.PublicationDate;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Stage {@code time.resolver/v1}: resolves {@link TimeValue.Relative} time expressions against the
 * article's publication date ({@link PublicationDate#anchor()}) and the tense of their clause.
 * Without an anchor the values stay relative (one {@code W232} diagnostic): there is no clock.
 *
 * <p>Requires {@link Layer#TIMES} and {@link Layer#PUBLICATION_DATE}; provides {@link
 * Layer#RESOLVED_TIMES} (the same expressions, relative values replaced). A resolved expression's
 * provenance names this stage; its confidence is the tagger's times a factor for the anchor: 1 for
 * a metadata or dateline date, lower for an inferred window (the wider, the lower) and 0.5 for a
 * window closed on one side only. Immutable and thread-safe; each value depends only on (value,
 * anchor, sentence) and, for anaphoric rules ("that year", "a year earlier"), on the dates before it
 * in the same article; never on other articles.
 */
public final class TimeResolver implements Stage {
  /** Name, version and layers of this stage. */
  public static final StageInfo INFO = new StageInfo("time.resolver", "v1",
      Set.of(Layer.TIMES, Layer.PUBLICATION_DATE), Set.of(Layer.RESOLVED_TIMES));

  private final TenseDetector tenses;

  /** A resolver with the bundled tense cues. */
  public TimeResolver() {
    this(TenseDetector.load());
  }

  TimeResolver(TenseDetector tenses) {
    this.tenses = tenses;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  /**
   * {@return {@code value} resolved against {@code anchor} in a clause of {@code tense}} Pure:
   * relative values become {@link TimeValue.Resolved} (or stay relative when they name no calendar
   * interval, like PAST_REF; or become {@link TimeValue.Unresolvable} when the rule is malformed or
   * the date impossible); other values and a null anchor return {@code value} unchanged.
   */
  public TimeValue resolve(TimeValue value, LocalDate anchor, Tense tense) {
    if (anchor == null || !(value instanceof TimeValue.Relative relative)) {
      return value;
    }
    TimexRule rule;
    try {
      rule = TimexRule.parse(relative.rule());
    } catch (IllegalArgumentException e) {
      return new TimeValue.Unresolvable(e.getMessage(), relative.timex());
    }
    return rule.resolve(anchor, tense == null ? Tense.UNKNOWN : tense);
  }

  /**
   * {@return {@code value} resolved like {@link #resolve(TimeValue, LocalDate, Tense)}, with
   * {@code earlier} as the calendar values of the expressions before it in the text} Anaphoric
   * rules ("that year", "the following day", "a year earlier") take the most recent suitable one
   * as their reference time (TimeML anchors them to the previous temporal expression); other rules
   * ignore it. Pure.
   */
  public TimeValue resolve(TimeValue value, LocalDate anchor, Tense tense, List<TimeValue.Resolved> earlier) {
    if (anchor == null || !(value instanceof TimeValue.Relative relative)) {
      return value;
    }
    TimexRule rule;
    try {
      rule = TimexRule.parse(relative.rule());
    } catch (IllegalArgumentException e) {
      return new TimeValue.Unresolvable(e.getMessage(), relative.timex());
    }
    return rule.resolve(anchor, tense == null ? Tense.UNKNOWN : tense, earlier);
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    PublicationDate published = doc.article().published();
    LocalDate anchor = published.anchor();
    int relatives = 0;
    for (TimeExpression t : doc.times()) {
      if (t.value() instanceof TimeValue.Relative) {
        relatives++;
      }
    }
    if (relatives == 0) {
      return doc;
    }
    if (anchor == null) {
      return doc.withDiagnostic(Diagnostic.info(TimeCodes.W232.code(), INFO.name(), doc.id().value(),
          TimeCodes.W232.message(relatives)));
    }
    double factor = anchorConfidence(published);
    List<TimeExpression> out = new ArrayList<>(doc.times().size());
    List<String> failed = new ArrayList<>();
    List<TimeValue.Resolved> earlier = new ArrayList<>();
    for (TimeExpression t : doc.times()) {
      TimeValue v = t.value();
      if (!(v instanceof TimeValue.Relative)) {
        remember(earlier, t, v);
        out.add(t);
        continue;
      }
      TimeValue resolved = resolve(v, anchor, tenses.tenseAt(doc, t.span()), earlier);
      if (!relative(v).startsWith("REFSHIFT")) {
        // "a year earlier" names a time of comparison, not a new reference time of the narrative
        remember(earlier, t, resolved);
      }
      if (resolved.equals(v)) {
        out.add(t);
        continue;
      }
      if (resolved instanceof TimeValue.Unresolvable u) {
        failed.add("'" + t.text() + "' " + t.span() + ": " + u.reason());
      }
      double confidence = t.provenance().confidence() * factor;
      out.add(new TimeExpression(t.span(), t.text(), t.type(), resolved,
          new Provenance(doc.id(), t.span(), INFO.ref(), confidence)));
    }
    AnnotatedArticle result = doc.withTimes(out);
    if (!failed.isEmpty()) {
      result = result.withDiagnostic(Diagnostic.warning(TimeCodes.W234.code(), INFO.name(), doc.id().value(),
          TimeCodes.W234.message(failed.subList(0, Math.min(5, failed.size())))));
    }
    return result;
  }

  private static String relative(TimeValue v) {
    return v instanceof TimeValue.Relative r ? r.rule() : "";
  }

  /** Dates and times (not durations or sets) are reference times for later anaphoric expressions. */
  private static void remember(List<TimeValue.Resolved> earlier, TimeExpression t, TimeValue v) {
    if (v instanceof TimeValue.Resolved r && (t.type() == TimexType.DATE || t.type() == TimexType.TIME)) {
      earlier.add(r);
    }
  }

  /** {@return how far a resolution against this publication date can be trusted, in (0, 1]} */
  static double anchorConfidence(PublicationDate published) {
    if (published.basis() != DateBasis.INFERRED || published.date() != null) {
      return 1.0;
    }
    if (published.earliest() == null || published.latest() == null) {
      return 0.5;
    }
    long width = ChronoUnit.DAYS.between(published.earliest(), published.latest());
    if (width <= 1) {
      return 0.95;
    }
    if (width <= 7) {
      return 0.85;
    }
    if (width <= 31) {
      return 0.7;
    }
    return 0.55;
  }
}
