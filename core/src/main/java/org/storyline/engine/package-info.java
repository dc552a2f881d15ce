/**
 * Assembly of the whole job, shared by the CLI and (later) the server and Spark front ends: ingest
 * files, run the per-article pipeline on a bounded pool, store each article in its own transaction,
 * then rebuild the fused story (duplicates, entities, events, contradictions) from everything
 * stored — so the result never depends on the order in which articles arrived.
 */
package org.storyline.engine;
