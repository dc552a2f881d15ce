package org.storyline.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.StoryBuilder;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.fusion.entity.EntityResolver;
import org.storyline.ingest.IngestSink;
import org.storyline.ingest.Ingestor;
import org.storyline.ingest.dedup.DuplicateDetector;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Severity;
import org.storyline.model.Story;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryStore;

/**
 * Runs the whole job over one store: ingest, analyse in parallel, store each article in its own
 * transaction, then rebuild the fused story from everything stored. Not thread-safe: one analysis
 * at a time per engine (the store itself tolerates concurrent readers).
 *
 * <p>No article can stall the batch: one whose analysis runs longer than the time limit per article
 * is abandoned (E803, not stored, retried by a later run); its thread is interrupted and left to
 * finish on its own, its result discarded, and the pool gets a fresh thread in its place.
 */
public final class StorylineEngine implements AutoCloseable {
  /** How many diagnostics a report keeps in full; the rest are only counted. */
  static final int MAX_REPORTED_DIAGNOSTICS = 1000;

  /** Error: an article's analysis took longer than the time limit; abandoned, not stored. */
  public static final String ANALYSIS_TIMEOUT = "E803";

  private final StoryStore store;
  private final Pipeline pipeline;
  private final Ingestor ingestor;
  private final int threads;
  private final Duration timeLimit;

  /**
   * Progress callbacks; called from the ingest, worker and writer threads. The per-item methods
   * let a front end (the server) say what happened to each article it handed in.
   */
  public interface Listener {
    void progress(long analysed, long read, long skipped);

    /** An article was analysed and stored by this run. */
    default void stored(Article article) {}

    /** An article was already in the store (or met earlier in this run's inputs) and was left as it was. */
    default void alreadyStored(Article article) {}

    /** An article could not be analysed or stored (E002, E501); a later run retries it. */
    default void failed(Article article, Diagnostic why) {}

    /** An input item was skipped before it became an article (an error diagnostic from ingest). */
    default void skipped(Diagnostic why) {}

    static Listener none() {
      return (a, r, s) -> {};
    }
  }

  /** An engine with the default time limit per article ({@link Limits#defaults()}). */
  public StorylineEngine(StoryStore store, Pipeline pipeline, Ingestor ingestor, int threads) {
    this(store, pipeline, ingestor, threads, Limits.defaults().maxAnalysisTimePerArticle());
  }

  /**
   * An engine that abandons an article whose analysis takes longer than {@code timeLimit}.
   *
   * @throws IllegalArgumentException if {@code threads < 1} or the limit is not positive
   */
  public StorylineEngine(StoryStore store, Pipeline pipeline, Ingestor ingestor, int threads, Duration timeLimit) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("time limit per article must be positive: " + timeLimit);
    }
    this.store = store;
    this.pipeline = pipeline;
    this.ingestor = ingestor;
    this.threads = threads;
    this.timeLimit = timeLimit;
  }

  public StoryStore store() {
    return store;
  }

  /**
   * Reads the inputs, analyses every article not yet stored, stores each in its own transaction,
   * then rebuilds duplicates and the fused story over the whole store.
   */
  public AnalyzeReport analyze(List<Path> inputs, Listener listener) throws InterruptedException {
    long start = System.nanoTime();
    Set<ArticleId> known = Collections.synchronizedSet(new HashSet<>(store.articleIds()));
    Set<ArticleId> seenThisRun = Collections.synchronizedSet(new HashSet<>());
    AtomicLong read = new AtomicLong();
    AtomicLong stored = new AtomicLong();
    AtomicLong already = new AtomicLong();
    AtomicLong repeated = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    Map<String, Long> skippedByReason = Collections.synchronizedMap(new TreeMap<>());
    List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
    // diagnostics about files and failed articles (not stored with any article); persisted once per item
    List<Diagnostic> runLevel = Collections.synchronizedList(new ArrayList<>());
    AtomicLong diagnosticCount = new AtomicLong();
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();

    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "storyline-analyse");
          t.setDaemon(true);
          return t;
        });
    ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "storyline-watchdog");
      t.setDaemon(true);
      return t;
    });
    watchdog.setRemoveOnCancelPolicy(true);
    // back-pressure: ingest waits while 2 articles per thread are in flight
    int permits = threads * 2;
    Semaphore inFlight = new Semaphore(permits);
    // one writer: SQLite serialises writes anyway, and a single writer keeps commits in order
    BlockingQueue<Optional<AnnotatedArticle>> toStore = new ArrayBlockingQueue<>(threads * 4);
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          Optional<AnnotatedArticle> next = toStore.take();
          if (next.isEmpty()) {
            return;
          }
          AnnotatedArticle doc = next.get();
          try {
            store.putArticle(doc);
            stored.incrementAndGet();
            listener.stored(doc.article());
            for (Diagnostic d : doc.diagnostics()) {
              // pipeline diagnostics name the article id; users look for the file
              record(new Diagnostic(d.code(), d.severity(), d.stage(), doc.article().source(), d.message()),
                  diagnostics, diagnosticCount);
            }
          } catch (Throwable e) { // incl. errors: the writer must survive to drain the queue
            Diagnostic d = Diagnostic.error("E501", "store", doc.article().source(),
                "could not store article " + doc.id() + ": " + describe(e));
            record(d, diagnostics, diagnosticCount);
            runLevel.add(d);
            known.remove(doc.id());
            listener.failed(doc.article(), d);
            failed.incrementAndGet();
            skipped.incrementAndGet();
            skippedByReason.merge(d.code() + " not stored", 1L, Long::sum);
          } finally {
            inFlight.release();
            listener.progress(stored.get(), read.get(), skipped.get());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable e) {
        writerFailure.set(e);
      }
    }, "storyline-store");
    writer.start();

    IngestSink sink = new IngestSink() {
      @Override
      public void article(Article article) {
        read.incrementAndGet();
        if (!seenThisRun.add(article.id())) {
          repeated.incrementAndGet();
          listener.alreadyStored(article);
          return;
        }
        if (!known.add(article.id())) {
          already.incrementAndGet();
          listener.alreadyStored(article);
          listener.progress(stored.get(), read.get(), skipped.get());
          return;
        }
        acquire(inFlight, writer, writerFailure);
        pool.execute(() -> {
          // whoever settles the article first (this worker or the watchdog) accounts for it and
          // returns its in-flight permit; the other does nothing
          AtomicBoolean settled = new AtomicBoolean();
          // guards the interrupt, so it can only reach this thread while it works on this article
          AtomicBoolean running = new AtomicBoolean(true);
          Thread worker = Thread.currentThread();
          ScheduledFuture<?> timeout = watchdog.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
              known.remove(article.id());
              failed.incrementAndGet();
              Diagnostic why = Diagnostic.error(ANALYSIS_TIMEOUT, "pipeline", article.source(), "analysis took longer than "
                  + timeLimit.toSeconds() + " s; abandoned, not stored (retried by the next run)");
              listener.failed(article, why);
              diagnostic(why);
              // the stuck thread keeps its slot until it returns: give the pool one more meanwhile
              synchronized (pool) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
              }
              inFlight.release();
              synchronized (running) {
                if (running.get()) {
                  worker.interrupt();
                }
              }
            }
          }, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
          boolean mine = false;
          try {
            AnnotatedArticle doc = pipeline.apply(AnnotatedArticle.of(article));
            if (!settled.compareAndSet(false, true)) {
              return; // abandoned by the watchdog: the result is discarded
            }
            mine = true;
            timeout.cancel(false);
            toStore.put(Optional.of(doc));
          } catch (Throwable e) {
            if (!mine && !settled.compareAndSet(false, true)) {
              return; // abandoned by the watchdog, which has accounted for it
            }
            timeout.cancel(false);
            // a stage bug or an article too big for memory: skip this article, keep the batch going
            known.remove(article.id());
            failed.incrementAndGet();
            Diagnostic why = Diagnostic.error("E002", "pipeline", article.source(), "analysis failed: " + describe(e));
            listener.failed(article, why);
            diagnostic(why);
            inFlight.release();
            if (e instanceof InterruptedException) {
              Thread.currentThread().interrupt();
            }
          } finally {
            synchronized (running) {
              running.set(false);
            }
          }
        });
      }

      @Override
      public void diagnostic(Diagnostic d) {
        record(d, diagnostics, diagnosticCount);
        if (d.severity() == Severity.ERROR) {
          // E002 and E803 concern an article already reported through listener.failed
          if (!d.code().equals("E002") && !d.code().equals(ANALYSIS_TIMEOUT)) {
            listener.skipped(d);
          }
          runLevel.add(d);
          skipped.incrementAndGet();
          skippedByReason.merge(d.code() + " " + reasonOf(d), 1L, Long::sum);
          listener.progress(stored.get(), read.get(), skipped.get());
        }
      }
    };
    boolean interrupted = false;
    try {
      ingestor.ingest(inputs, sink);
    } finally {
      // always drain, even if this thread is interrupted: every article holds an in-flight permit
      // until it is stored or given up (by its worker or by the watchdog), so all permits back
      // means all articles settled; threads stuck in abandoned articles are not waited for
      pool.shutdown();
      while (writer.isAlive()) {
        try {
          if (inFlight.tryAcquire(permits, 1, TimeUnit.SECONDS)) {
            inFlight.release(permits);
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      pool.shutdownNow();
      watchdog.shutdownNow();
      while (writer.isAlive()) {
        try {
          if (toStore.offer(Optional.empty(), 1, TimeUnit.SECONDS)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      while (writer.isAlive()) {
        try {
          writer.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (writerFailure.get() != null) {
      throw new IllegalStateException("the store writer failed: " + describe(writerFailure.get()), writerFailure.get());
    }
    String rebuildError = null;
    try {
      store.replaceRunDiagnostics(runLevel);
    } catch (RuntimeException e) {
      rebuildError = "could not record this run's diagnostics: " + describe(e);
    }
    Rebuilt rebuilt;
    try {
      rebuilt = rebuild();
    } catch (RuntimeException e) {
      // the articles are stored; only the fused story is stale until a later run rebuilds it
      rebuildError = "rebuilding the story failed: " + describe(e);
      rebuilt = new Rebuilt(store.duplicates(), store.loadStory());
    }
    long dropped = Math.max(0, diagnosticCount.get() - MAX_REPORTED_DIAGNOSTICS);
    return new AnalyzeReport(read.get(), stored.get(), already.get(), repeated.get(), failed.get(), skippedByReason,
        rebuilt.duplicates.size(), rebuilt.story.events().size(), rebuilt.story.entities().size(),
        rebuilt.story.contradictions().size(), diagnostics, dropped, rebuildError,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Waits for a slot, failing instead of hanging if the writer has died. */
  private static void acquire(Semaphore inFlight, Thread writer, AtomicReference<Throwable> writerFailure) {
    try {
      while (!inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
        if (!writer.isAlive()) {
          throw new IllegalStateException("the store writer stopped", writerFailure.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("analysis interrupted");
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** What a rebuild produced. */
  public record Rebuilt(List<DuplicateLink> duplicates, Story story) {}

  /**
   * Rebuilds duplicates, entities, events and contradictions from every stored article and
   * replaces them in the store. A pure function of the stored articles: arrival order is irrelevant.
   */
  public Rebuilt rebuild() {
    List<AnnotatedArticle> docs = store.loadArticles();
    List<Article> articles = new ArrayList<>();
    for (AnnotatedArticle d : docs) {
      articles.add(d.article());
    }
    List<DuplicateLink> duplicates = new DuplicateDetector().detect(articles);
    store.replaceDuplicates(duplicates);
    EntityResolution entities = new EntityResolver().resolve(docs);
    Story story = new StoryBuilder().build(docs, duplicates, EntityView.of(entities.entities(), entities.canonicalOf()));
    store.replaceStory(story);
    return new Rebuilt(duplicates, story);
  }

  private static void record(Diagnostic d, List<Diagnostic> into, AtomicLong count) {
    if (count.incrementAndGet() <= MAX_REPORTED_DIAGNOSTICS) {
      into.add(d);
    }
  }

  /** The reason part of a diagnostic message, for grouping ("empty file", "binary content"). */
  static String reasonOf(Diagnostic d) {
    String m = d.message();
    int colon = m.indexOf(':');
    String head = colon > 0 && colon < 60 ? m.substring(0, colon) : m;
    return head.length() > 60 ? head.substring(0, 60) + "…" : head;
  }

  @Override
  public void close() {
    store.close();
  }
}
