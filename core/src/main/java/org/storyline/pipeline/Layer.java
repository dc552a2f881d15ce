package org.storyline.pipeline;

/** The annotation layers of an {@link org.storyline.model.AnnotatedArticle} a stage needs or adds. */
public enum Layer {
  /** The cleaned text and metadata (present from ingest). */
  TEXT,
  SENTENCES,
  /** Tokens with part of speech and lemma. */
  TOKENS,
  /** Named-entity and numeric mentions. */
  MENTIONS,
  /** Mentions linked to canonical entity ids. */
  ENTITY_LINKS,
  /** Time expressions recognised (relative ones unresolved). */
  TIMES,
  /** Publication date established (metadata, dateline, inferred or unknown). */
  PUBLICATION_DATE,
  /** Time expressions resolved against the publication date. */
  RESOLVED_TIMES,
  ROLES,
  QUOTES,
  EVENTS
}
