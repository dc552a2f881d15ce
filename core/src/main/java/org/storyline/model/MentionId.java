package org.storyline.model;

/** Identifier of an entity mention; non-blank, no whitespace. */
public record MentionId(String value) implements Comparable<MentionId> {
  public MentionId {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("invalid MentionId: '" + value + "'");
    }
  }

  public static MentionId of(String value) {
    return new MentionId(value);
  }

  @Override
  public int compareTo(MentionId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
