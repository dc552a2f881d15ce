package org.storyline.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles and tokens processed, which JMH reports as rates (articles/s and tokens/s) beside each
 * benchmark's score (passes over all seeds per second). Tokens are those of the reference
 * analysis; ingest benchmarks count characters instead.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {
  /** Articles processed in this iteration. */
  public long articles;
  /** Tokens processed in this iteration. */
  public long tokens;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    articles = 0;
    tokens = 0;
  }
}
