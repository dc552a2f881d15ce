/**
 * The throughput harness behind {@code storyline bench} (issue 7): builds a corpus (files, or the
 * real-news texts of TempEval-3 TBAQ and MEANTIME read in place from {@code ../shared/bench}), then,
 * for each engine, measures start-up (pipeline built, models loaded), a one-thread profile of every
 * stage (plus ingest, store writes and the final fuse), and the whole {@code analyze} job through
 * {@link org.storyline.engine.StorylineEngine} at each thread count — articles/s, tokens/s, heap
 * (peak and after GC) and resident memory ({@code /proc/self/status}). {@link
 * org.storyline.bench.Bench#run} returns a {@link org.storyline.bench.BenchReport}; printing it is
 * the CLI's job. Engines come from a {@link org.storyline.bench.BenchEngines}, so tests can run the
 * harness on a light pipeline without CoreNLP.
 */
package org.storyline.bench;
