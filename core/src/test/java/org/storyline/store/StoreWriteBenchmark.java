package org.storyline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.AnnotatedArticle;

/**
 * Measures write and read speed (not a test): {@code java -cp <test classpath>
 * org.storyline.store.StoreWriteBenchmark [articles] [paragraphs]}. Prints articles per second for
 * both durability modes, the time to load everything back and the file size.
 */
public final class StoreWriteBenchmark {
  private StoreWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int paragraphs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<AnnotatedArticle> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(StoreFixtures.numbered(i, paragraphs));
    }
    long tokens = docs.stream().mapToLong(d -> d.tokens().size()).sum();
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    // warm up the JIT and SQLite so the first mode measured is not penalised
    Path warm = Files.createTempDirectory("storyline-warm");
    try (StoryStore store = StoryStore.open(warm, Durability.NORMAL)) {
      for (int i = 0; i < Math.min(n, 300); i++) {
        store.putArticle(docs.get(i));
      }
      store.loadArticles();
    }
    for (Durability durability : Durability.values()) {
      Path dir = Files.createTempDirectory("storyline-bench");
      try (StoryStore store = StoryStore.open(dir, durability)) {
        long t0 = System.nanoTime();
        for (AnnotatedArticle doc : docs) {
          store.putArticle(doc);
        }
        long t1 = System.nanoTime();
        List<AnnotatedArticle> back = store.loadArticles();
        long t2 = System.nanoTime();
        if (!back.equals(docs)) {
          throw new AssertionError("round trip differs");
        }
        long mentions = docs.stream().mapToLong(d -> d.mentions().size()).sum();
        System.out.printf(Locale.ROOT, "%s: %d articles (%d chars, %d tokens, %d mentions) written in %.2f s = %.0f articles/s;"
                + " loaded back in %.2f s; file %d KB%n", durability, n, chars, tokens, mentions, (t1 - t0) / 1e9,
            n / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, (Files.size(store.file()) + walSize(store.file())) / 1024);
      }
    }
  }

  private static long walSize(Path db) throws java.io.IOException {
    Path wal = db.resolveSibling(db.getFileName() + "-wal");
    return Files.exists(wal) ? Files.size(wal) : 0;
  }
}
