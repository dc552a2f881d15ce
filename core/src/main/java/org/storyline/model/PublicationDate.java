package org.storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An article's publication date: an exact {@code date} when known, otherwise a window {@code
 * [earliest, latest]} (either side may be open), with the basis and the evidence for it. Never
 * defaults to the current date.
 */
public record PublicationDate(
    LocalDate date, LocalDate earliest, LocalDate latest, DateBasis basis, List<Evidence> evidence) {
  public PublicationDate {
    if (basis == null) {
      throw new IllegalArgumentException("basis required");
    }
    evidence = List.copyOf(evidence);
    if (date != null) {
      if (earliest == null) {
        earliest = date;
      }
      if (latest == null) {
        latest = date;
      }
    }
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException("empty window " + earliest + " .. " + latest);
    }
    if (basis == DateBasis.UNKNOWN && (date != null || earliest != null || latest != null)) {
      throw new IllegalArgumentException("an unknown date has no value");
    }
  }

  public static PublicationDate unknown() {
    return new PublicationDate(null, null, null, DateBasis.UNKNOWN, List.of());
  }

  public static PublicationDate exact(LocalDate date, DateBasis basis, List<Evidence> evidence) {
    return new PublicationDate(date, date, date, basis, evidence);
  }

  public static PublicationDate window(LocalDate earliest, LocalDate latest, List<Evidence> evidence) {
    if (earliest == null && latest == null) {
      return unknown();
    }
    return new PublicationDate(null, earliest, latest, DateBasis.INFERRED, evidence);
  }

  public boolean isKnown() {
    return basis != DateBasis.UNKNOWN;
  }

  /**
   * {@return the best single anchor for resolving relative expressions, or null} The exact date
   * when known; for a window, the one closed side (the window edge is the best available guess);
   * null when unknown or open on both sides.
   */
  public LocalDate anchor() {
    if (date != null) {
      return date;
    }
    if (earliest != null && latest != null) {
      return latest;
    }
    return earliest != null ? earliest : latest;
  }
}
