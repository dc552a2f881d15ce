package org.storyline.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.StorylineEngine;
import org.storyline.fusion.Corpus;
import org.storyline.ingest.Ingestor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryStore;
import org.storyline.testkit.Docs;

class ExchangeImporterTest {
  @TempDir
  Path tmp;

  private static List<AnnotatedArticle> corpus() {
    List<AnnotatedArticle> docs = new ArrayList<>(Corpus.docs());
    docs.addAll(Corpus.ambiguousTalks());
    return docs;
  }

  /** The embedded result: the articles stored and the story rebuilt over them, as analyze does. */
  private static StorylineEngine.Rebuilt embedded(StoryStore store, List<AnnotatedArticle> docs) {
    for (AnnotatedArticle doc : docs) {
      store.putArticle(doc);
    }
    return new StorylineEngine(store, Pipeline.of(List.of()), new Ingestor(), 1).rebuild();
  }

  private static void writePart(Path dir, String name, List<?> records, boolean gzip) throws IOException {
    Files.createDirectories(dir);
    StringBuilder lines = new StringBuilder();
    for (Object r : records) {
      lines.append(ExchangeJson.write(r)).append('\n');
    }
    try (OutputStream raw = Files.newOutputStream(dir.resolve(name + (gzip ? ".gz" : "")));
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
      out.write(lines.toString().getBytes(UTF_8));
    }
  }

  /** Writes a job output the way the Spark job lays it out, records shuffled over two part files. */
  private Path jobOutput(List<AnnotatedArticle> docs, StorylineEngine.Rebuilt result, List<Diagnostic> runLevel)
      throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path root = out.resolve(ExchangeLayout.ROOT);
    Files.createDirectories(root);
    Files.writeString(root.resolve(ExchangeLayout.FORMAT_FILE), ExchangeJson.FORMAT + "\n", UTF_8);
    Random random = new Random(7);
    List<AnnotatedArticle> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, random);
    int half = shuffled.size() / 2;
    writePart(root.resolve(ExchangeLayout.ARTICLES), "part-00000", shuffled.subList(0, half), true);
    writePart(root.resolve(ExchangeLayout.ARTICLES), "part-00001", shuffled.subList(half, shuffled.size()), true);
    Files.writeString(root.resolve(ExchangeLayout.ARTICLES).resolve("_SUCCESS"), "");
    writePart(root.resolve(ExchangeLayout.DUPLICATES), "part-00000", result.duplicates(), false);
    List<Object> events = new ArrayList<>(result.story().events());
    Collections.shuffle(events, random);
    writePart(root.resolve(ExchangeLayout.EVENTS), "part-00000", events, false);
    List<Object> entities = new ArrayList<>(result.story().entities());
    Collections.shuffle(entities, random);
    writePart(root.resolve(ExchangeLayout.ENTITIES), "part-00000", entities, true);
    List<Object> contradictions = new ArrayList<>(result.story().contradictions());
    Collections.shuffle(contradictions, random);
    writePart(root.resolve(ExchangeLayout.CONTRADICTIONS), "part-00000", contradictions, false);
    writePart(root.resolve(ExchangeLayout.DIAGNOSTICS), "part-00000", runLevel, false);
    return out;
  }

  private static List<AnnotatedArticle> byId(List<AnnotatedArticle> docs) {
    List<AnnotatedArticle> sorted = new ArrayList<>(docs);
    sorted.sort(java.util.Comparator.comparing(AnnotatedArticle::id));
    return sorted;
  }

  @Test
  void importedStoreHoldsTheSameArticlesDuplicatesAndStoryAsAnalyze() throws IOException {
    List<AnnotatedArticle> docs = corpus();
    StorylineEngine.Rebuilt expected;
    List<AnnotatedArticle> expectedArticles;
    try (StoryStore reference = StoryStore.open(tmp.resolve("reference"), org.storyline.store.Durability.NORMAL)) {
      expected = embedded(reference, docs);
      expectedArticles = reference.loadArticles();
    }
    assertThat(expected.story().events()).hasSizeGreaterThan(3);
    List<Diagnostic> runLevel = List.of(Diagnostic.info("I101", "ingest", "x.warc.gz", "skipped 2 of 9 records"));
    Path out = jobOutput(docs, expected, runLevel);

    try (StoryStore store = StoryStore.open(tmp.resolve("imported"), org.storyline.store.Durability.NORMAL)) {
      ExchangeImporter.Report report = new ExchangeImporter(store).importFrom(out);

      assertThat(report.articles()).isEqualTo(docs.size());
      assertThat(report.added()).isEqualTo(docs.size());
      assertThat(report.rebuilt()).isFalse();
      assertThat(report.diagnostics()).isEqualTo(1);
      assertThat(byId(store.loadArticles())).isEqualTo(byId(expectedArticles));
      assertThat(store.duplicates()).isEqualTo(expected.duplicates());
      assertThat(store.loadStory()).isEqualTo(expected.story());
      assertThat(store.diagnostics()).contains(runLevel.get(0));

      // importing again changes nothing
      ExchangeImporter.Report again = new ExchangeImporter(store).importFrom(out);
      assertThat(again.added()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(docs.size());
      assertThat(store.loadStory()).isEqualTo(expected.story());
    }
  }

  @Test
  void importIntoAStoreWithOtherArticlesRebuildsTheStoryOverAllOfThem() throws IOException {
    List<AnnotatedArticle> docs = corpus();
    AnnotatedArticle other = Docs.article("zz-other", "Officials met again in Geneva.", null);
    StorylineEngine.Rebuilt jobResult;
    StorylineEngine.Rebuilt expected;
    try (StoryStore reference = StoryStore.open(tmp.resolve("job"), org.storyline.store.Durability.NORMAL)) {
      jobResult = embedded(reference, docs);
    }
    List<AnnotatedArticle> all = new ArrayList<>(docs);
    all.add(other);
    try (StoryStore reference = StoryStore.open(tmp.resolve("all"), org.storyline.store.Durability.NORMAL)) {
      expected = embedded(reference, all);
    }
    Path out = jobOutput(docs, jobResult, List.of());

    try (StoryStore store = StoryStore.open(tmp.resolve("mixed"), org.storyline.store.Durability.NORMAL)) {
      store.putArticle(other);
      ExchangeImporter.Report report = new ExchangeImporter(store).importFrom(out);

      assertThat(report.rebuilt()).isTrue();
      assertThat(store.articleIds()).hasSize(all.size());
      assertThat(store.loadStory()).isEqualTo(expected.story());
    }
  }

  @Test
  void aDirectoryThatIsNoJobOutputOrHasABadLineIsRefusedWithTheReason() throws IOException {
    try (StoryStore store = StoryStore.open(tmp.resolve("s"), org.storyline.store.Durability.NORMAL)) {
      assertThatThrownBy(() -> new ExchangeImporter(store).importFrom(tmp))
          .isInstanceOf(IOException.class).hasMessageContaining("_FORMAT");

      Path out = jobOutput(List.of(), new StorylineEngine.Rebuilt(List.of(), org.storyline.model.Story.empty()), List.of());
      Files.writeString(out.resolve("store/articles/part-00002"), "{\"article\":{}}\n", UTF_8);
      assertThatThrownBy(() -> new ExchangeImporter(store).importFrom(out))
          .isInstanceOf(IOException.class).hasMessageContaining("part-00002:1");

      Files.writeString(out.resolve("store/_FORMAT"), "storyline-exchange/9", UTF_8);
      assertThatThrownBy(() -> new ExchangeImporter(store).importFrom(out))
          .isInstanceOf(IOException.class).hasMessageContaining("storyline-exchange/9");
    }
  }
}
