package org.storyline.store;

/**
 * Row counts of a store, for a summary line ("12 articles, 3 duplicates, 40 events").
 *
 * @param diagnostics run-level and per-article diagnostics together
 * @param eventCitations citations of fused events (one per supporting sentence)
 */
public record StoreCounts(
    long articles,
    long sentences,
    long tokens,
    long mentions,
    long timeExpressions,
    long roles,
    long quotes,
    long eventMentions,
    long duplicates,
    long diagnostics,
    long entities,
    long events,
    long eventCitations,
    long contradictions) {}
