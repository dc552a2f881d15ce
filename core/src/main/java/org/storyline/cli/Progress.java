package org.storyline.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on a terminal (redrawn with carriage returns, at most every 200 ms);
 * silent when output is not a terminal, so logs and pipes stay clean. Thread-safe.
 */
final class Progress {
  private final PrintStream out;
  private final boolean enabled;
  private final long startNanos;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
    this.startNanos = System.nanoTime();
  }

  synchronized void update(long done, long read, long skipped) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double secs = (now - startNanos) / 1e9;
    int width = 24;
    int filled = read == 0 ? 0 : (int) Math.min(width, width * done / Math.max(1, read));
    out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d analysed, %d skipped, %.1f articles/s ",
        "#".repeat(filled), ".".repeat(width - filled), done, read, skipped, secs > 0 ? done / secs : 0.0));
    out.flush();
  }

  synchronized void finish() {
    if (enabled && drawn) {
      out.print("\r" + " ".repeat(78) + "\r");
      out.flush();
    }
  }
}
