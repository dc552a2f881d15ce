package org.storyline.model;

import java.util.List;

/**
 * A canonical event: every mention of one real-world event, fused within and across articles.
 *
 * @param status the latest status (see {@code statusHistory})
 * @param date when, or null when no mention dates it
 * @param summary one line: who did what to whom
 * @param mentions every sentence that supports it
 */
public record Event(
    EventId id,
    String frame,
    String plover,
    String mode,
    String cameo,
    EventStatus status,
    List<EntityId> sources,
    List<EntityId> targets,
    String location,
    EventDate date,
    List<Quantity> quantities,
    String summary,
    List<StatusChange> statusHistory,
    List<Citation> mentions,
    double confidence) {
  public Event {
    if (id == null || frame == null || plover == null || cameo == null || status == null || summary == null) {
      throw new IllegalArgumentException("event " + id + ": missing field");
    }
    mode = mode == null ? "" : mode;
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    quantities = List.copyOf(quantities);
    statusHistory = List.copyOf(statusHistory);
    mentions = List.copyOf(mentions);
  }
}
