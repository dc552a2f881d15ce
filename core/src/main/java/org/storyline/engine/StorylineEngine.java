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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 */
public final class StorylineEngine implements AutoCloseable {
  /** How many diagnostics a report keeps in full; the rest are only counted. */
  static final int MAX_REPORTED_DIAGNOSTICS = 1000;

  private final StoryStore store;
  private final Pipeline pipeline;
  private final Ingestor ingestor;
  private final int threads;

  /** Progress callbacks; called from worker threads. */
  public interface Listener {
    void progress(long analysed, long read, long skipped);

    static Listener none() {
      return (a, r, s) -> {};
    }
  }

  public StorylineEngine(StoryStore store, Pipeline pipeline, Ingestor ingestor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.store = store;
    this.pipeline = pipeline;
    this.ingestor = ingestor;
    this.threads = threads;
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
    AtomicLong read = new AtomicLong();
    AtomicLong stored = new AtomicLong();
    AtomicLong already = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    Map<String, Long> skippedByReason = Collections.synchronizedMap(new TreeMap<>());
    List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
    AtomicLong diagnosticCount = new AtomicLong();

    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "storyline-analyse");
      t.setDaemon(true);
      return t;
    });
    // back-pressure: ingest waits while 2 articles per thread are in flight
    Semaphore inFlight = new Semaphore(threads * 2);
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
            for (Diagnostic d : doc.diagnostics()) {
              record(d, diagnostics, diagnosticCount);
            }
          } catch (RuntimeException e) {
            Diagnostic d = Diagnostic.error("E501", "store", doc.article().source(),
                "could not store article " + doc.id() + ": " + e.getMessage());
            record(d, diagnostics, diagnosticCount);
            skipped.incrementAndGet();
            skippedByReason.merge(d.code() + " " + "not stored", 1L, Long::sum);
          } finally {
            inFlight.release();
            listener.progress(stored.get(), read.get(), skipped.get());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "storyline-store");
    writer.start();

    IngestSink sink = new IngestSink() {
      @Override
      public void article(Article article) {
        read.incrementAndGet();
        if (!known.add(article.id())) {
          already.incrementAndGet();
          listener.progress(stored.get(), read.get(), skipped.get());
          return;
        }
        try {
          inFlight.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        pool.execute(() -> {
          AnnotatedArticle doc;
          try {
            doc = pipeline.apply(AnnotatedArticle.of(article));
          } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // a stage bug or an article too big for memory: skip this article, keep the batch going
            diagnostic(Diagnostic.error("E002", "pipeline", article.source(),
                "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            known.remove(article.id());
            inFlight.release();
            return;
          }
          try {
            toStore.put(Optional.of(doc));
          } catch (InterruptedException e) {
            inFlight.release();
            Thread.currentThread().interrupt();
          }
        });
      }

      @Override
      public void diagnostic(Diagnostic d) {
        record(d, diagnostics, diagnosticCount);
        if (d.severity() == Severity.ERROR) {
          skipped.incrementAndGet();
          skippedByReason.merge(d.code() + " " + reasonOf(d), 1L, Long::sum);
          listener.progress(stored.get(), read.get(), skipped.get());
        }
      }
    };
    try {
      ingestor.ingest(inputs, sink);
    } finally {
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
      toStore.put(Optional.empty());
      writer.join();
    }
    store.putDiagnostics(diagnostics);

    Rebuilt rebuilt = rebuild();
    return new AnalyzeReport(read.get(), stored.get(), already.get(), skippedByReason,
        rebuilt.duplicates.size(), rebuilt.story.events().size(), rebuilt.story.entities().size(),
        rebuilt.story.contradictions().size(), diagnostics, Duration.ofNanos(System.nanoTime() - start));
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
