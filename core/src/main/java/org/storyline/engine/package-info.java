/**
 * Assembly of the whole job, shared by the CLI and (later) the server and Spark front ends: ingest
 * files, run the per-article pipeline on a bounded pool, store each article in its own transaction,
 * then rebuild the fused story (duplicates, entities, events, contradictions) from everything
 * stored — so the result never depends on the order in which articles arrived. {@link
 * org.storyline.engine.Limits} gathers every bound input can reach (sizes, nesting, decompression,
 * sentence length, tagging and analysis time, mentions, quotes); an article over the analysis time
 * limit is abandoned (E803) without stalling the batch.
 */
package org.storyline.engine;
