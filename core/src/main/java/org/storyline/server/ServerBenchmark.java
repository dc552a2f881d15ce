package org.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for a running server: {@code clients} threads, each with its own keep-alive
 * connection, send requests for {@code seconds}: every {@code uploadEvery}-th request uploads a new
 * article (a unique variant of a given text), the others cycle through searches, timeline reads,
 * article pages, the network and event details. Reports requests/s, p50/p99 latency per kind,
 * server errors (5xx or broken connections), refusals (429/503) and articles lost (reported stored
 * but not readable afterwards). Used by {@code storyline bench-server}.
 */
public final class ServerBenchmark {
  private static final List<String> SEARCHES = List.of("putin", "ceasefire", "trump meeting", "talk*", "ukraine",
      "zelensky", "sanctions", "istanbul", "envoy", "summit");

  private final URI base;
  private final String token;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The figures of one run. */
  public record Result(long requests, double seconds, Map<String, long[]> latencyNanosByKind, long errors,
      long refused, long uploadsStored, long lost, Map<String, Long> errorsByCause) {
    /** {@return requests per second} */
    public double throughput() {
      return requests / seconds;
    }
  }

  /** A benchmark against the server at {@code base} ("http://127.0.0.1:8080/"); token may be null. */
  public ServerBenchmark(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /**
   * Runs the load.
   *
   * @param articleText the body of uploaded articles (each upload adds a unique first sentence)
   */
  public Result run(int clients, Duration duration, int uploadEvery, String articleText) throws InterruptedException {
    Map<String, ConcurrentLinkedQueue<Long>> latencies = new TreeMap<>();
    for (String k : List.of("upload", "search", "timeline", "articles", "network", "event")) {
      latencies.put(k, new ConcurrentLinkedQueue<>());
    }
    AtomicLong errors = new AtomicLong();
    Map<String, Long> causes = new java.util.concurrent.ConcurrentSkipListMap<>();
    AtomicLong refused = new AtomicLong();
    ConcurrentLinkedQueue<String> stored = new ConcurrentLinkedQueue<>();
    List<String> eventIds = eventIds();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int clientNo = c;
      futures.add(pool.submit(() -> {
        int i = 0;
        while (System.nanoTime() < deadline) {
          i++;
          String kind;
          HttpRequest request;
          if (uploadEvery > 0 && i % uploadEvery == 0) {
            kind = "upload";
            String json = "{\"title\":\"Benchmark report " + clientNo + "-" + i + "\",\"text\":"
                + quote("Benchmark dispatch " + clientNo + "-" + i + "-" + System.nanoTime() + ". " + articleText) + "}";
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/articles"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (token != null) {
              b.header("Authorization", "Bearer " + token);
            }
            request = b.build();
          } else {
            int pick = (i + clientNo) % 5;
            String path;
            if (pick == 0 || pick == 3) {
              kind = "search";
              path = "/api/search?q=" + SEARCHES.get((i + clientNo) % SEARCHES.size()).replace(" ", "+");
            } else if (pick == 1) {
              kind = "timeline";
              path = "/api/timeline";
            } else if (pick == 2) {
              kind = eventIds.isEmpty() ? "articles" : "event";
              path = eventIds.isEmpty() ? "/api/articles?limit=20" : "/api/events/" + eventIds.get(i % eventIds.size());
            } else {
              kind = "network";
              path = "/api/network";
            }
            request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
          }
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            latencies.get(kind).add(System.nanoTime() - t0);
            if (r.statusCode() >= 500 && r.statusCode() != 503) {
              errors.incrementAndGet();
              causes.merge(kind + " " + r.statusCode(), 1L, Long::sum);
            } else if (r.statusCode() == 429 || r.statusCode() == 503) {
              refused.incrementAndGet();
            } else if (kind.equals("upload") && r.statusCode() == 200) {
              JsonNode u = Json.MAPPER.readTree(r.body());
              u.get("stored").forEach(s -> stored.add(s.get("id").asText()));
            } else if (r.statusCode() != 200) {
              errors.incrementAndGet();
              causes.merge(kind + " " + r.statusCode(), 1L, Long::sum);
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            causes.merge(kind + " " + e.getClass().getSimpleName(), 1L, Long::sum);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        errors.incrementAndGet();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long lost = 0;
    for (String id : stored) {
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(base.resolve("/api/articles/" + id)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
          lost++;
        }
      } catch (IOException e) {
        lost++;
      }
    }
    Map<String, long[]> sorted = new TreeMap<>();
    long total = 0;
    for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : latencies.entrySet()) {
      long[] values = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      total += values.length;
      if (values.length > 0) {
        sorted.put(e.getKey(), values);
      }
    }
    return new Result(total, seconds, sorted, errors.get(), refused.get(), stored.size(), lost, Map.copyOf(causes));
  }

  private List<String> eventIds() throws InterruptedException {
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/timeline")).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      List<String> ids = new ArrayList<>();
      Json.MAPPER.readTree(r.body()).get("events").forEach(e -> ids.add(e.get("id").asText()));
      return ids;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static String quote(String s) {
    return new String(Json.bytes(s), StandardCharsets.UTF_8);
  }

  /** Prints a result as a small table. */
  public static void print(Result r, int clients, PrintWriter out) {
    out.printf(Locale.ROOT, "%d clients, %.1f s: %d requests, %.1f requests/s; %d errors (any answer but 200, 429 or 503, or a broken connection), %d refused"
        + " (429/503); %d articles uploaded and stored, %d lost%n", clients, r.seconds(), r.requests(), r.throughput(),
        r.errors(), r.refused(), r.uploadsStored(), r.lost());
    if (!r.errorsByCause().isEmpty()) {
      out.println("errors by request kind and cause: " + new TreeMap<>(r.errorsByCause()));
    }
    out.println("kind      |  count |  p50 ms |  p99 ms |  max ms");
    r.latencyNanosByKind().forEach((kind, v) -> out.printf(Locale.ROOT, "%-9s | %6d | %7.1f | %7.1f | %7.1f%n", kind,
        v.length, pct(v, 0.50) / 1e6, pct(v, 0.99) / 1e6, v[v.length - 1] / 1e6));
    long[] all = r.latencyNanosByKind().values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length > 0) {
      out.printf(Locale.ROOT, "%-9s | %6d | %7.1f | %7.1f | %7.1f%n", "all", all.length, pct(all, 0.50) / 1e6,
          pct(all, 0.99) / 1e6, all[all.length - 1] / 1e6);
    }
    out.flush();
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
