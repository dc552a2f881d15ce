package org.storyline.model;

/** Precision of a calendar value. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR,
  DECADE,
  CENTURY
}
