package org.storyline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.AnnotatedArticle;

/**
 * Child process of {@link CrashSafetyTest}: stores the synthetic articles {@code 0..count-1} (of
 * {@code paragraphs} paragraphs each) into the store in {@code dir}, skipping ids already stored,
 * and prints "stored &lt;id&gt;" after each commit, "skipped &lt;id&gt;" for each skip and "done" at
 * the end. Articles are built before the first write so that a kill lands in the store's code.
 *
 * <p>Arguments: {@code dir count paragraphs}.
 */
public final class CrashWriterMain {
  private CrashWriterMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int paragraphs = Integer.parseInt(args[2]);
    List<AnnotatedArticle> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      docs.add(StoreFixtures.numbered(i, paragraphs));
    }
    try (StoryStore store = StoryStore.open(dir)) {
      System.out.println("opened");
      System.out.flush();
      for (AnnotatedArticle doc : docs) {
        if (store.containsArticle(doc.id())) {
          System.out.println("skipped " + doc.id());
        } else {
          store.putArticle(doc);
          System.out.println("stored " + doc.id());
        }
        System.out.flush();
      }
    }
    System.out.println("done");
    System.out.flush();
  }
}
