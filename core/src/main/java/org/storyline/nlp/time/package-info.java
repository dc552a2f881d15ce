/**
 * Time expressions and publication dates: {@link org.storyline.nlp.time.TimeTagger} (stage {@code
 * time.tagger/v1}) finds TIMEX3 expressions, {@link org.storyline.nlp.time.PublicationDater}
 * ({@code publication.dater/v1}) infers a publication window when the article has no metadata or
 * dateline date, and {@link org.storyline.nlp.time.TimeResolver} ({@code time.resolver/v1})
 * resolves relative expressions against it; its {@link
 * org.storyline.nlp.time.TimeResolver#resolve(org.storyline.model.TimeValue, java.time.LocalDate,
 * Tense)} is the pure function other stages call.
 *
 * <p>The grammar is data: {@code time/lexicon.v1.txt} (month, weekday, number, unit words),
 * {@code time/patterns.v1.txt} (named patterns with executable EXAMPLE lines), {@code
 * time/tense.v1.txt} (tense cues) and {@code time/publication-cues.v1.txt} (publication-date cues).
 *
 * <h2>Time rules ({@link org.storyline.model.TimeValue.Relative#rule()})</h2>
 *
 * A rule is space-separated: an operator, its arguments and an optional suffix. Parsed by {@link
 * org.storyline.nlp.time.TimexRule}. Anchor-free operators (evaluated at tagging time):
 *
 * <ul>
 *   <li>{@code ABS DAY y m d}, {@code ABS WEEK y w}, {@code ABS MONTH y m}, {@code ABS QUARTER y
 *       q}, {@code ABS HALF y h}, {@code ABS SEASON y SP|SU|FA|WI}, {@code ABS YEAR y}, {@code ABS
 *       DECADE ddd}, {@code ABS CENTURY cc}: a calendar interval ("2025-08-18", "2025-Q3", "199");
 *   <li>{@code DUR n UNIT}: a duration ("DUR 30 DAY" = P30D, "DUR X YEAR" = PXY, "DUR 40 MINUTE" =
 *       PT40M);
 *   <li>{@code SET n UNIT}, {@code SETDAY d}: a recurrence ("every week" = P1W, "every Friday" =
 *       XXXX-WXX-5), carried as a {@link org.storyline.model.TimeValue.Duration} for TIMEX3 type SET.
 * </ul>
 *
 * Anchored operators (stay {@link org.storyline.model.TimeValue.Relative} until resolved):
 *
 * <ul>
 *   <li>{@code SHIFT UNIT ±n}: the anchor's DAY, WEEK (ISO), MONTH, QUARTER, HALF, YEAR, DECADE or
 *       CENTURY moved by n ("SHIFT DAY +3" three days hence, "SHIFT MONTH -2" two months ago at
 *       month precision, "SHIFT WEEK +1" next week = "2025-W09"); n = X (an unknown count, "a few
 *       days ago") gives PAST_REF / FUTURE_REF;
 *   <li>{@code WEEKDAY d MODE} (ISO weekday 1 = Monday), {@code MONTH m MODE}, {@code MONTHDAY m d
 *       MODE}, {@code NTHDAY m n d MODE} (the n-th ISO weekday d of month m, n = -1 for the last:
 *       "Thanksgiving" = NTHDAY 11 4 4), {@code QUARTER q MODE}, {@code HALF h MODE}, {@code SEASON
 *       s MODE}: the named day or period near the anchor, with MODE one of {@code LAST} (strictly
 *       before the anchor's day or period), {@code NEXT} (strictly after), {@code PAST} (on or
 *       before), {@code FUTURE} (on or after), {@code THIS} (in the anchor's year; for weekdays the
 *       anchor's ISO week), {@code Y-1}, {@code Y+1}, ... (in the year that many years from the
 *       anchor's: "June last year" = MONTH 6 Y-1; not for weekdays) or {@code
 *       TENSE}: decided by the tense of the clause: weekdays go to the past one in a past clause,
 *       the coming one in a future clause, else the past one unless the coming one is more than two
 *       days nearer; months, dates and periods take the
 *       nearest occurrence, an occurrence on the side the tense contradicts counting 4 months, 45
 *       days or 2 periods further away;
 *   <li>{@code REF PRESENT|PAST|FUTURE}: PRESENT_REF resolves to the anchor day (timex stays
 *       "PRESENT_REF"); PAST_REF and FUTURE_REF stay relative;
 *   <li>{@code REFER UNIT ±n [±m]} (UNIT one of DAY, WEEK, MONTH, QUARTER, YEAR): anaphoric, the
 *       unit containing the reference time moved by n ("that year" REFER YEAR +0, "the following
 *       day" REFER DAY +1). The reference time is the most recent date or time before the
 *       expression in the article that is at least as fine as the unit (for QUARTER: a named
 *       quarter, "the quarter" after "the third quarter"); without one, the rule is SHIFT UNIT m
 *       (m defaults to n) against the anchor;
 *   <li>{@code REFSHIFT UNIT ±n}: anaphoric, the reference time moved by n units at its own
 *       precision ("a year earlier" after "the third quarter" is the third quarter a year before:
 *       REFSHIFT YEAR -1). For YEAR the reference must be a quarter or half (a comparison of
 *       reporting periods); without one, SHIFT UNIT n. REFSHIFT results are times of comparison
 *       and never become reference times themselves.
 * </ul>
 *
 * Suffixes: {@code @MO}, {@code @AF}, {@code @EV}, {@code @NI} (part of day, "TMO"), {@code
 * @Thh:mm} (clock time) on day-precision rules, {@code @WE} (the weekend of the week) on WEEKDAY 6
 * and SHIFT WEEK rules.
 *
 * <p>Values follow TIMEX3: days "2025-08-18", ISO weeks "2025-W34", months "2025-08", quarters
 * "2025-Q3", halves "2025-H1", seasons "2025-SU", years "2025", decades "199", centuries "19".
 * Seasons and halves are reported at {@link org.storyline.model.Granularity#QUARTER} precision.
 */
package org.storyline.nlp.time;
