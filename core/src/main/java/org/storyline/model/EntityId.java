package org.storyline.model;

/** Identifier of a canonical entity; non-blank, no whitespace. */
public record EntityId(String value) implements Comparable<EntityId> {
  public EntityId {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("invalid EntityId: '" + value + "'");
    }
  }

  public static EntityId of(String value) {
    return new EntityId(value);
  }

  @Override
  public int compareTo(EntityId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
