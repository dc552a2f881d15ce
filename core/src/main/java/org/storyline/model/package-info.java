/**
 * Immutable records shared by every stage: articles, spans, mentions, time expressions, event
 * mentions, quotes, canonical entities and events. No I/O. Offsets are half-open UTF-16 {@code
 * char} indices into {@link org.storyline.model.Article#text()}.
 */
package org.storyline.model;
