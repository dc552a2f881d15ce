package org.storyline.model;

/** Identifier of an article; non-blank, no whitespace. */
public record ArticleId(String value) implements Comparable<ArticleId> {
  public ArticleId {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("invalid ArticleId: '" + value + "'");
    }
  }

  public static ArticleId of(String value) {
    return new ArticleId(value);
  }

  @Override
  public int compareTo(ArticleId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
