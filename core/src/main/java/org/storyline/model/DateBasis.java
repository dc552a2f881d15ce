package org.storyline.model;

/** How an article's publication date was established. */
public enum DateBasis {
  /** From the source's metadata (HTML meta tags, JSON-LD, {@code <time>}, a JSONL field). */
  METADATA,
  /** From a dateline in the text, e.g. "Thu 13th Feb, 2025". */
  DATELINE,
  /** Inferred from the content as a window, with evidence. */
  INFERRED,
  /** Not known; relative time expressions stay relative. */
  UNKNOWN;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
