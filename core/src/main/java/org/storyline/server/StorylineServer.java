package org.storyline.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.storyline.engine.StorylineEngine;
import org.storyline.store.StoreException;
import org.storyline.store.StoryStore;

/**
 * The HTTP server of {@code storyline serve}: the JSON API under {@code /api/} (see {@code
 * docs/openapi.yaml}) and the web page from the classpath folder {@code web/}, over one store.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} (no dependency): requests run on a bounded
 * pool; reads answer from a cached snapshot of the stored story; writes are queued to one writer
 * thread ({@link ArticleWriter}) that runs the engine. Timeouts: a request must arrive (headers and
 * body) within 120 s, idle keep-alive connections close after 30 s (JDK {@code sun.net.httpserver}
 * properties, set when absent). Start with {@link #start}, stop with {@link #close}.
 */
public final class StorylineServer implements AutoCloseable {
  private final HttpServer http;
  private final ThreadPoolExecutor pool;
  private final ServerOptions options;
  private final SecurityPolicy security;
  private final RateLimiter writeLimit;
  private final StaticFiles staticFiles;
  private final StoryApi api;
  private final ArticleWriter writer;
  private final UpdateFeed feed;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private StorylineServer(ServerOptions options, StoryStore store, Supplier<StorylineEngine> engine) throws IOException {
    this.options = options;
    this.security = new SecurityPolicy(options.token(), options.isLoopback());
    this.writeLimit = new RateLimiter(options.writesPerMinute(), System::nanoTime);
    this.staticFiles = new StaticFiles(StorylineServer.class.getClassLoader(), "web");
    this.feed = new UpdateFeed();
    StorySnapshots snapshots = new StorySnapshots(store, feed);
    this.api = new StoryApi(store, snapshots);
    this.writer = new ArticleWriter(store, engine, feed, options.maxUploadBytes());
    timeoutDefaults();
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(options.httpThreads(), options.httpThreads(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(512), r -> {
          Thread t = new Thread(r, "storyline-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.bind()), options.port());
    this.http = HttpServer.create(address, 128);
    http.setExecutor(pool);
    http.createContext("/", this::handle);
  }

  /**
   * Starts a server over {@code store}. The engine is made on the writer thread before the first
   * upload (loading language models can take a while; reads are served meanwhile).
   *
   * @throws IllegalArgumentException when asked to listen beyond loopback without a token
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static StorylineServer start(ServerOptions options, StoryStore store, Supplier<StorylineEngine> engine) {
    if (!options.isLoopback() && options.token() == null) {
      throw new IllegalArgumentException("refusing to listen on " + options.bind()
          + " without --token: beyond loopback, writes must be authenticated");
    }
    try {
      StorylineServer server = new StorylineServer(options, store, engine);
      server.writer.start();
      server.http.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
    }
  }

  /** {@return the port listened on (the chosen one when started with port 0)} */
  public int port() {
    return http.getAddress().getPort();
  }

  /** {@return the base URL for a browser on this machine} */
  public URI localUri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  /** {@return the options it runs with} */
  public ServerOptions options() {
    return options;
  }

  /** Blocks until the writer has made its engine (or failed to); for the CLI and tests. */
  public void awaitEngine() throws InterruptedException {
    writer.awaitEngine();
  }

  /** Stops accepting requests, ends open update streams, lets the queued writes finish, stops. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    feed.close();
    http.stop(0);
    writer.close();
    pool.shutdownNow();
  }

  private static void timeoutDefaults() {
    // read by the JDK server once per JVM, so set before the first server is created
    setIfAbsent("sun.net.httpserver.maxReqTime", "120");
    setIfAbsent("sun.net.httpserver.idleInterval", "30");
    setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", "65536");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  // ---- dispatch ----------------------------------------------------------------------------

  private void handle(HttpExchange exchange) {
    Request r = null;
    try {
      String rawPath = exchange.getRequestURI().getRawPath();
      boolean isApi = rawPath != null && (rawPath.equals("/api") || rawPath.startsWith("/api/"));
      SecurityPolicy.headers(exchange.getResponseHeaders(), isApi);
      r = new Request(exchange);
      security.checkHost(r);
      if (isApi) {
        route(r);
      } else {
        requireMethod(r, "GET", "HEAD");
        staticFiles.serve(r);
      }
    } catch (ApiException e) {
      respondError(r, exchange, e);
    } catch (StoreException e) {
      respondError(r, exchange, new ApiException(503, "the store cannot be read right now"));
    } catch (IOException e) {
      exchange.close(); // the client went away
    } catch (RuntimeException e) {
      respondError(r, exchange, new ApiException(500, "internal error (" + e.getClass().getSimpleName() + ")"));
    } finally {
      exchange.close();
    }
  }

  /** Most of a refused body that is read and dropped after a 413, so the client can read the answer. */
  static final long MAX_DRAIN_BYTES = 8L * 1024 * 1024;

  /**
   * Reads and drops what is left of a refused request body, up to {@link #MAX_DRAIN_BYTES}. A client
   * still sending a body when the server closes the connection gets a reset, which can destroy the
   * 413 answer before the client reads it; draining first (a bounded "lingering close") lets it read
   * the answer. Bodies larger than the bound still end with the connection closed.
   */
  private static void drainRejectedBody(HttpExchange exchange) throws IOException {
    java.io.InputStream in = exchange.getRequestBody();
    byte[] buffer = new byte[64 * 1024];
    long left = MAX_DRAIN_BYTES;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private static void respondError(Request r, HttpExchange exchange, ApiException e) {
    try {
      Request req = r != null ? r : new Request(exchange);
      if (!req.responded()) {
        req.sendError(e);
      }
      if (e.status() == 413) {
        drainRejectedBody(exchange);
      }
    } catch (IOException | RuntimeException ignored) {
      // the connection is gone or the response was already started: nothing left to tell the client
    }
  }

  private void route(Request r) throws IOException {
    List<String> s = r.segments();
    String what = s.size() > 1 ? s.get(1) : "";
    int n = s.size();
    switch (what) {
      case "articles":
        if (n == 2) {
          if (r.method().equals("POST")) {
            security.checkWrite(r);
            writeLimit.acquire(r.client());
            writer.upload(r);
            return;
          }
          requireMethod(r, "GET", "HEAD", "POST");
          api.articles(r);
          return;
        }
        if (n == 3) {
          requireMethod(r, "GET", "HEAD");
          api.article(r, Request.id(s.get(2), "article"));
          return;
        }
        break;
      case "timeline":
        if (n == 2) {
          requireMethod(r, "GET", "HEAD");
          api.timeline(r);
          return;
        }
        break;
      case "events":
        if (n == 3) {
          requireMethod(r, "GET", "HEAD");
          api.event(r, Request.id(s.get(2), "event"));
          return;
        }
        break;
      case "entities":
        if (n == 2) {
          requireMethod(r, "GET", "HEAD");
          api.entities(r);
          return;
        }
        if (n == 3) {
          requireMethod(r, "GET", "HEAD");
          api.entity(r, Request.id(s.get(2), "entity"));
          return;
        }
        break;
      case "contradictions":
        if (n == 2) {
          requireMethod(r, "GET", "HEAD");
          api.contradictions(r);
          return;
        }
        break;
      case "network":
        if (n == 2) {
          requireMethod(r, "GET", "HEAD");
          api.network(r);
          return;
        }
        break;
      case "search":
        if (n == 2) {
          requireMethod(r, "GET", "HEAD");
          api.search(r);
          return;
        }
        break;
      case "status":
        if (n == 2) {
          requireMethod(r, "GET", "HEAD");
          api.status(r);
          return;
        }
        break;
      case "updates":
        if (n == 2) {
          requireMethod(r, "GET");
          feed.stream(r, api::statusJson);
          return;
        }
        break;
      default:
        break;
    }
    throw ApiException.notFound("no such API path");
  }

  private static void requireMethod(Request r, String... allowed) {
    for (String m : allowed) {
      if (m.equals(r.method())) {
        return;
      }
    }
    throw new ApiException(405, "method " + r.method() + " not allowed; allowed: " + String.join(", ", allowed));
  }
}
