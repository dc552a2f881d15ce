/**
 * Quote detection and speaker attribution: {@link org.storyline.quotes.QuoteAttributor} (stage
 * {@code quotes.attributor/v1}) finds passages in quotation marks and reported speech and
 * attributes them through ordered {@link org.storyline.quotes.Sieve}s, using the cue words of
 * {@link org.storyline.quotes.CueLexicon} ({@code quotes/cues.v2.txt}).
 *
 * <p>Kinds: DIRECT for attributed or sentence-like quoted speech; PARTIAL for a quoted phrase
 * inside a sentence (speaker from the framing clause) and for scare quotes (no speaker, confidence
 * 0.15: not speech, see {@link org.storyline.quotes.QuoteAttributor#isSpeech}); REPORTED for
 * speech without marks ("according to X, …", "X said that …", "X said the talks failed", "The
 * museum, X said, would …", "…, officials said"), including attributed beliefs and findings ("a poll
 * shows that …", "she hopes the …").
 *
 * <p>Diagnostic codes: W351 quote cap per article reached; W352 unbalanced quotation marks (one
 * aggregated warning per article); W353 no sentences or no tokens; W354 annotation spans outside
 * the text ignored.
 */
package org.storyline.quotes;
