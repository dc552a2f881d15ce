package org.storyline.spark;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.storyline.exchange.ExchangeJson;
import org.storyline.ingest.IngestSink;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;

/**
 * Streams the articles and diagnostics of one input file as {@link Item}s while a reader thread
 * ingests it, so a large WARC is never held in memory whole: at most {@value #BUFFER} items wait.
 */
final class IngestIterator implements Iterator<Item> {
  private static final int BUFFER = 256;
  private static final Item END = new Item(Item.DIAGNOSTIC, "", "");

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(BUFFER);
  private Item next;

  /** Starts reading {@code in}, named {@code item} ({@code size} -1 when unknown). */
  IngestIterator(Ingestor ingestor, String item, long size, InputStream in) {
    Thread reader = new Thread(() -> {
      try {
        ingestor.ingest(item, size, in, new IngestSink() {
          @Override
          public void article(Article article) {
            put(new Item(Item.ARTICLE, article.id().value(), ExchangeJson.write(article)));
          }

          @Override
          public void diagnostic(Diagnostic d) {
            put(Item.of(d));
          }
        });
      } catch (Throwable e) { // a bug or an error must end the stream with a diagnostic, not hang it
        put(Item.of(JobCode.E702.at(item, "reading failed: " + JobCode.describe(e))));
      } finally {
        put(END);
      }
    }, "storyline-ingest");
    reader.setDaemon(true);
    reader.start();
  }

  private void put(Item i) {
    try {
      queue.put(i);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
    }
    return next != END;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item out = next;
    next = null;
    return out;
  }
}
