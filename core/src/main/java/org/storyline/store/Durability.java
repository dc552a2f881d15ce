package org.storyline.store;

/**
 * How hard a commit tries to survive a crash. Both modes run SQLite in WAL mode, where an
 * application crash (kill -9, an exception, an OOM) never loses or half-writes a committed
 * transaction; they differ only on an operating-system crash or power loss.
 */
public enum Durability {
  /**
   * {@code synchronous=FULL}: the WAL is fsync'ed at every commit, so an article reported stored
   * survives power loss too. The default: one fsync per article is small next to the seconds of NLP
   * an article costs.
   */
  FULL,
  /**
   * {@code synchronous=NORMAL}: fsync only at checkpoints. Still crash-safe for the process and
   * never corrupt, but the last commits before a power loss may roll back. For bulk imports that
   * can simply be rerun.
   */
  NORMAL
}
