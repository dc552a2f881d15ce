package org.storyline.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The store's change counter and the {@code /api/updates} server-sent event streams that announce
 * it. {@link #bump} is called by the writer after each job that changed the store; each open
 * stream then sends an {@code update} event. At most {@value #MAX_STREAMS} streams are open at
 * once, so they cannot take every request thread. Thread-safe.
 */
final class UpdateFeed {
  static final int MAX_STREAMS = 16;
  private static final long HEARTBEAT_MS = 15_000;

  private final Semaphore streams = new Semaphore(MAX_STREAMS);
  private long version;
  private boolean closed;

  /** {@return the number of changes made through this server so far} */
  synchronized long version() {
    return version;
  }

  /** Counts one change and wakes every stream. */
  synchronized void bump() {
    version++;
    notifyAll();
  }

  /** Ends every stream (server shutdown). */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /** Answers {@code GET /api/updates}: holds the connection and writes events until the client leaves. */
  void stream(Request r, Supplier<Object> status) throws IOException {
    if (!streams.tryAcquire()) {
      throw new ApiException(503, "too many open update streams", "15");
    }
    try {
      HttpExchange ex = r.exchange();
      ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.getResponseHeaders().set("X-Accel-Buffering", "no");
      r.send(200, "text/event-stream; charset=utf-8", new byte[0], true);
      OutputStream out = ex.getResponseBody();
      long seen;
      synchronized (this) {
        seen = version;
      }
      write(out, "retry: 3000\n\n");
      write(out, event(status.get()));
      while (true) {
        boolean changed;
        synchronized (this) {
          if (closed) {
            return;
          }
          if (version == seen) {
            try {
              wait(HEARTBEAT_MS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
          if (closed) {
            return;
          }
          changed = version != seen;
          seen = version;
        }
        write(out, changed ? event(status.get()) : ": keep-alive\n\n");
      }
    } finally {
      streams.release();
    }
  }

  private static String event(Object status) {
    return "event: update\ndata: " + new String(Json.bytes(status), StandardCharsets.UTF_8) + "\n\n";
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
