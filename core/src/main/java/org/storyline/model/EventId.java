package org.storyline.model;

/** Identifier of a canonical event; non-blank, no whitespace. */
public record EventId(String value) implements Comparable<EventId> {
  public EventId {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("invalid EventId: '" + value + "'");
    }
  }

  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
