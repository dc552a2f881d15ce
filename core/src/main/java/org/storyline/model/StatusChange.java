package org.storyline.model;

import java.time.LocalDate;

/**
 * One state in an event's status history: the status, the date the source stated it (publication
 * date, or null when unknown) and the sentence that states it.
 */
public record StatusChange(EventStatus status, LocalDate asOf, Citation source) {
  public StatusChange {
    if (status == null || source == null) {
      throw new IllegalArgumentException("status change: missing field");
    }
  }
}
