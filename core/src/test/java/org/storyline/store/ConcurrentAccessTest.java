package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;

class ConcurrentAccessTest {
  private static final int ARTICLES = 40;

  @TempDir Path dir;

  @Test
  void readersSeeOnlyWholeArticlesWhileOneThreadWrites() throws Exception {
    List<AnnotatedArticle> docs = new ArrayList<>();
    Map<ArticleId, AnnotatedArticle> expected = new HashMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      AnnotatedArticle doc = StoreFixtures.numbered(i, 2);
      docs.add(doc);
      expected.put(doc.id(), doc);
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean writing = new AtomicBoolean(true);
    Set<Integer> sizesSeen = ConcurrentHashMap.newKeySet();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    try (StoryStore store = StoryStore.open(dir); StoryStore second = StoryStore.open(dir)) {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        // one reader shares the writer's store object, one uses another on the same file
        StoryStore view = r % 2 == 0 ? store : second;
        readers.add(pool.submit(() -> {
          int last = 0;
          try {
            while (writing.get()) {
              List<AnnotatedArticle> seen = view.loadArticles();
              assertThat(seen.size()).isGreaterThanOrEqualTo(last);
              last = seen.size();
              sizesSeen.add(last);
              // a prefix of the write order, each article whole
              assertThat(seen).isEqualTo(docs.subList(0, seen.size()));
              if (!seen.isEmpty()) {
                AnnotatedArticle newest = seen.get(seen.size() - 1);
                assertThat(view.findArticle(newest.id())).contains(expected.get(newest.id()));
              }
              Thread.sleep(3); // leave the writer some CPU on small machines
            }
          } catch (Throwable t) {
            failures.add(t);
          }
        }));
      }
      Future<?> writer = pool.submit(() -> {
        try {
          for (AnnotatedArticle doc : docs) {
            store.putArticle(doc);
          }
        } finally {
          writing.set(false);
        }
        return null;
      });
      writer.get(30, TimeUnit.SECONDS);
      for (Future<?> reader : readers) {
        reader.get(30, TimeUnit.SECONDS);
      }
      assertThat(failures).isEmpty();
      assertThat(store.loadArticles()).isEqualTo(docs);
      assertThat(second.loadArticles()).isEqualTo(docs);
    } finally {
      pool.shutdownNow();
    }
    // readers ran alongside the writer, not only before or after it
    assertThat(sizesSeen.stream().filter(n -> n > 0 && n < ARTICLES).count()).isGreaterThan(1);
  }
}
