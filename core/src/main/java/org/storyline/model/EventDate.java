package org.storyline.model;

import java.time.LocalDate;

/**
 * When a fused event happened (or is to happen): {@code value} is ISO at any precision
 * ("2025-08-18", "2025-08", "2025-W34") or a TIMEX3 relative value ("XXXX-12") when no anchor was
 * known; {@code earliest}/{@code latest} bound it when known.
 */
public record EventDate(String value, LocalDate earliest, LocalDate latest, Granularity granularity) {
  public EventDate {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("event date needs a value");
    }
  }

  public boolean isResolved() {
    return earliest != null && latest != null;
  }
}
