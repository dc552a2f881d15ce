package org.storyline.server;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} requests a minute on average, bursts up to
 * a quarter of that (at least 4). The table is bounded: when it holds too many clients it is
 * cleared (every client then starts with a full bucket). Thread-safe.
 */
final class RateLimiter {
  private static final int MAX_CLIENTS = 10_000;

  private final double perNano;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new HashMap<>();

  /** One client's tokens and when they were last counted. */
  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  RateLimiter(int perMinute, LongSupplier nanos) {
    this.perNano = perMinute / 60e9;
    this.burst = Math.max(4, perMinute / 4.0);
    this.nanos = nanos;
  }

  /**
   * Takes one token for {@code client}.
   *
   * @throws ApiException 429 with Retry-After when the client's bucket is empty
   */
  synchronized void acquire(String client) {
    long now = nanos.getAsLong();
    if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(client)) {
      buckets.clear();
    }
    Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
    b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
    b.at = now;
    if (b.tokens < 1) {
      long wait = (long) Math.ceil((1 - b.tokens) / perNano / 1e9);
      throw new ApiException(429, "too many write requests; retry in " + wait + " s", Long.toString(Math.max(1, wait)));
    }
    b.tokens -= 1;
  }
}
