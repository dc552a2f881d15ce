package org.storyline.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.storyline.model.Diagnostic;

/**
 * What one {@code analyze} run did.
 *
 * @param read articles read from the inputs
 * @param stored articles analysed and stored by this run
 * @param alreadyStored articles already in the store (re-analysing is a no-op)
 * @param repeated articles met more than once in this run's inputs (counted once)
 * @param failed articles whose analysis or storing failed (E002, E501); retried by a later run
 * @param skippedByReason items skipped, counted by diagnostic code and message kind
 * @param duplicates stored articles that repeat another (exact or near copies), in the whole store
 * @param events fused events in the whole store
 * @param entities canonical entities in the whole store
 * @param contradictions contradictions in the whole store
 * @param diagnostics the diagnostics of this run, at most {@code StorylineEngine.MAX_REPORTED_DIAGNOSTICS}
 * @param diagnosticsDropped how many more diagnostics there were
 * @param rebuildError why the fused story could not be rebuilt or recorded, or null; the articles
 *     were stored either way
 * @param elapsed wall-clock time
 */
public record AnalyzeReport(
    long read,
    long stored,
    long alreadyStored,
    long repeated,
    long failed,
    Map<String, Long> skippedByReason,
    long duplicates,
    long events,
    long entities,
    long contradictions,
    List<Diagnostic> diagnostics,
    long diagnosticsDropped,
    String rebuildError,
    Duration elapsed) {
  public AnalyzeReport {
    skippedByReason = Map.copyOf(skippedByReason);
    diagnostics = List.copyOf(diagnostics);
  }

  public long skipped() {
    return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
