package org.storyline.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Articles and characters read, reported by JMH as articles/s and chars/s (ingest has no tokens yet). */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TextCounters {
  /** Articles read in this iteration. */
  public long articles;
  /** Characters of input read in this iteration. */
  public long chars;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    articles = 0;
    chars = 0;
  }
}
