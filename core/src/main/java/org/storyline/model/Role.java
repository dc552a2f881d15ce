package org.storyline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A role of a canonical entity as sources state it, with the window of publication dates in which
 * sources stated it (null when the articles are undated) and the evidence.
 */
public record Role(String title, LocalDate firstStated, LocalDate lastStated, List<Citation> evidence) {
  public Role {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("role needs a title");
    }
    evidence = List.copyOf(evidence);
  }
}
