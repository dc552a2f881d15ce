package org.storyline.fusion;

import java.time.LocalDate;
import org.storyline.model.Event;

/**
 * One row of a {@link Timeline}.
 *
 * @param group whether the event has a calendar date or not
 * @param start first possible day (null when undated)
 * @param end last possible day (null when undated)
 * @param event the event
 */
public record TimelineEntry(Group group, LocalDate start, LocalDate end, Event event) {
  /** Dated events come first, in date order; undated (or only relatively dated) events after them. */
  public enum Group {
    DATED,
    UNDATED
  }

  public TimelineEntry {
    if (group == null || event == null) {
      throw new IllegalArgumentException("timeline entry: missing field");
    }
    if (group == Group.DATED && (start == null || end == null)) {
      throw new IllegalArgumentException("dated timeline entry needs start and end: " + event.id());
    }
  }
}
