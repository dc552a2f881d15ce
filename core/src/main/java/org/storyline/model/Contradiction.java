package org.storyline.model;

import java.util.List;

/**
 * Conflicting values for one subject (an event's date, place, participants or status; a person's
 * role at a date), each claim with its evidence. {@code kind}: date, place, participants, status,
 * role-anachronism.
 */
public record Contradiction(String kind, String subject, List<Claim> claims) {
  public Contradiction {
    if (kind == null || subject == null) {
      throw new IllegalArgumentException("contradiction: missing field");
    }
    claims = List.copyOf(claims);
    if (claims.size() < 2) {
      throw new IllegalArgumentException("a contradiction needs at least two claims");
    }
  }

  /** One side: the value claimed and where. */
  public record Claim(String value, Citation citation) {
    public Claim {
      if (value == null || citation == null) {
        throw new IllegalArgumentException("claim: missing field");
      }
    }
  }
}
