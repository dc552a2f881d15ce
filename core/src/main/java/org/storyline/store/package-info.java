/**
 * The embedded store and the JSON export. {@link org.storyline.store.StoryStore} keeps every
 * analysed article with all its layers, duplicate links, diagnostics and the fused story in one
 * SQLite file (WAL, one transaction per article, schema version checked at open);
 * {@link org.storyline.store.StoryJsonWriter} streams a whole story to the {@code storyline/1} JSON
 * format documented in {@code docs/json-schema.md}. Everything stored is in offsets into
 * {@link org.storyline.model.Article#text()}.
 */
package org.storyline.store;
