package org.storyline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses gzip (all members) and stops with {@link LimitExceeded} once more than a budget of
 * bytes has come out, so a small "zip bomb" costs at most the budget in time and nothing in memory.
 * One per stream; not thread-safe.
 */
final class BoundedInflation extends FilterInputStream {
  private final long budget;
  private long produced;

  private BoundedInflation(InputStream decompressed, long budget) {
    super(decompressed);
    this.budget = budget;
  }

  /** {@return the decompressed content of {@code compressed}, failing past {@code budget} bytes} */
  static InputStream gunzip(InputStream compressed, long budget) throws IOException {
    return new BoundedInflation(new GZIPInputStream(compressed, 64 * 1024), budget);
  }

  /** {@return whether {@code head} starts with the gzip magic number} */
  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipping decompresses too: count it like a read
    byte[] scratch = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  private void count(int n) throws LimitExceeded {
    produced += n;
    if (produced > budget) {
      throw new LimitExceeded(budget);
    }
  }

  /** Thrown when the decompressed output exceeds the budget. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    private final long budget;

    LimitExceeded(long budget) {
      super("expands to more than " + budget + " bytes");
      this.budget = budget;
    }

    long budget() {
      return budget;
    }

    /** {@return the limit exception in {@code t}'s cause chain, or null} */
    static LimitExceeded in(Throwable t) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        if (c instanceof LimitExceeded e) {
          return e;
        }
        if (c.getCause() == c) {
          break;
        }
      }
      return null;
    }
  }
}
