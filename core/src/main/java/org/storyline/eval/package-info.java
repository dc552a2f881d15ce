/**
 * Accuracy on public benchmarks: readers and writers for the field's standard formats and the
 * scorers that compare Storyline's output with gold annotations.
 *
 * <ul>
 *   <li>TimeML / TempEval-3: {@link org.storyline.eval.TimeMl} (parse and write), {@link
 *       org.storyline.eval.TimexAnnotator} (our time stages on a plain text with a DCT), {@link
 *       org.storyline.eval.TimeMlBatch} (the {@code storyline timeml} job) and {@link
 *       org.storyline.eval.TimexScorer} (TE3 strict/relaxed extent, value and type F1).
 *   <li>CoNLL-2003: {@link org.storyline.eval.ConllFile} (column files), {@link
 *       org.storyline.eval.ConllTagging} (the {@code storyline conll} job), {@link
 *       org.storyline.eval.Iob} (conlleval's chunk rules) and {@link
 *       org.storyline.eval.ConllScorer} (entity P/R/F1).
 *   <li>Quotes / PolNeAR: {@link org.storyline.eval.QuoteBatch} (the {@code storyline quotes} job:
 *       plain text in, JSON lines with code point offsets out), {@link
 *       org.storyline.eval.QuotesJsonl} (reads them back), {@link org.storyline.eval.Polnear} (brat
 *       attribution files), {@link org.storyline.eval.QuoteScorer} (content word/overlap/exact F1,
 *       speaker accuracy) and {@link org.storyline.eval.CharOffsets} (code points vs UTF-16).
 *   <li>CAMEO / PETRARCH-2 unit tests: {@link org.storyline.eval.PetrarchRecords} (lenient reader of
 *       the validation records), {@link org.storyline.eval.PetrarchScorer} (exact records, triple,
 *       full- and root-code F1, actor-code agreement) and {@link
 *       org.storyline.eval.PetrarchEvaluation} (the {@code storyline code} job with the suite's own
 *       dictionaries).
 *   <li>MEANTIME: {@link org.storyline.eval.MeantimeDocument} (lenient CAT XML reader), {@link
 *       org.storyline.eval.EntityMentionScorer} (strict and partial-overlap mention F1) and {@link
 *       org.storyline.eval.MeantimeEvaluation} (our stages on the rebuilt texts).
 *   <li>{@link org.storyline.eval.BenchEvaluation}: runs the jobs on the development data and
 *       scores their written output ({@code storyline eval}).
 * </ul>
 *
 * Malformed input raises {@link org.storyline.eval.FormatException} (file and line) for one file,
 * or is listed as a problem for one line, and never stops a batch. Nothing here prints: the CLI
 * does.
 */
package org.storyline.eval;
