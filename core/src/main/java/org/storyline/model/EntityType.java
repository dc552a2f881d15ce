package org.storyline.model;

/** Kinds of named entities and numeric expressions. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, cities, states and other geo-political or physical places. */
  LOCATION,
  /** Demonyms and nationality adjectives: "Ukrainian", "Russian". */
  NATIONALITY,
  MISC,
  MONEY,
  NUMBER,
  PERCENT;

  /** {@return whether this type denotes an actor or place (not a quantity)} */
  public boolean isNamed() {
    return this == PERSON || this == ORGANIZATION || this == LOCATION || this == NATIONALITY || this == MISC;
  }
}
