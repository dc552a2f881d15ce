package org.storyline.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.storyline.engine.StorylineEngine;
import org.storyline.fusion.contradiction.ContradictionFinder;
import org.storyline.fusion.event.EventFuser;
import org.storyline.ingest.Ingestor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Story;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryStore;

/**
 * Loads the exchange files of a job's output directory ({@link ExchangeLayout}) into an embedded
 * store, so that every command that reads a store ({@code timeline}, {@code serve}, …) shows the
 * job's result. Articles are streamed, one transaction each; articles already in the store are
 * left as they are.
 *
 * <p>The story: when the store afterwards holds exactly the job's articles, the job's duplicate
 * links and fused story are installed as they are (they are what {@code analyze} would have built
 * from the same articles); when it holds others too, duplicates and the story are rebuilt over
 * everything stored, like {@code analyze} does. Not thread-safe.
 */
public final class ExchangeImporter {
  /**
   * What an import did.
   *
   * @param articles articles read from the output
   * @param added articles added to the store
   * @param alreadyStored articles the store held already (left unchanged)
   * @param duplicates duplicate links in the store afterwards
   * @param entities canonical entities in the store afterwards
   * @param events fused events in the store afterwards
   * @param contradictions contradictions in the store afterwards
   * @param diagnostics run-level diagnostics imported (skipped files and records)
   * @param rebuilt whether the story was rebuilt over the whole store instead of installed
   */
  public record Report(long articles, long added, long alreadyStored, long duplicates, long entities, long events,
      long contradictions, long diagnostics, boolean rebuilt) {}

  private final StoryStore store;

  /** An importer into {@code store}. */
  public ExchangeImporter(StoryStore store) {
    if (store == null) {
      throw new IllegalArgumentException("store required");
    }
    this.store = store;
  }

  /**
   * Imports the output directory {@code dir}.
   *
   * @throws IOException when the directory is not a job output (no {@code store/_FORMAT}), has an
   *     unknown format, or a line cannot be read as its record (the message names file and line)
   */
  public Report importFrom(Path dir) throws IOException {
    Path root = dir.resolve(ExchangeLayout.ROOT);
    Path format = root.resolve(ExchangeLayout.FORMAT_FILE);
    if (!Files.isRegularFile(format)) {
      throw new NoSuchFileException(format.toString(), null,
          "not a Storyline job output (no " + ExchangeLayout.ROOT + "/" + ExchangeLayout.FORMAT_FILE + ")");
    }
    String found = Files.readString(format, StandardCharsets.UTF_8).strip();
    if (!found.equals(ExchangeJson.FORMAT)) {
      throw new IOException(dir + " holds format '" + found + "'; this Storyline reads " + ExchangeJson.FORMAT);
    }
    Set<ArticleId> before = new HashSet<>(store.articleIds());
    Set<ArticleId> imported = new HashSet<>();
    long[] counts = new long[3];
    forEachRecord(root.resolve(ExchangeLayout.ARTICLES), ExchangeJson::article, doc -> {
      counts[0]++;
      if (!imported.add(doc.id())) {
        return;
      }
      if (before.contains(doc.id())) {
        counts[2]++;
      } else {
        store.putArticle(doc);
        counts[1]++;
      }
    });
    List<Diagnostic> diagnostics = readAll(root.resolve(ExchangeLayout.DIAGNOSTICS), ExchangeJson::diagnostic);
    // replaced per item, as analyze records run-level diagnostics: importing twice adds nothing
    store.replaceRunDiagnostics(diagnostics);

    Set<ArticleId> after = new HashSet<>(before);
    after.addAll(imported);
    boolean sameSet = after.equals(imported);
    List<DuplicateLink> duplicates;
    Story story;
    if (sameSet) {
      duplicates = readAll(root.resolve(ExchangeLayout.DUPLICATES), ExchangeJson::duplicate);
      List<Entity> entities = readAll(root.resolve(ExchangeLayout.ENTITIES), ExchangeJson::entity);
      List<Event> events = readAll(root.resolve(ExchangeLayout.EVENTS), ExchangeJson::event);
      List<Contradiction> contradictions = readAll(root.resolve(ExchangeLayout.CONTRADICTIONS),
          ExchangeJson::contradiction);
      // part files keep the job's order, but the order is part of the story: restore it exactly
      entities.sort(java.util.Comparator.comparing(Entity::id));
      events.sort(EventFuser.EVENT_ORDER);
      contradictions.sort(ContradictionFinder.ORDER);
      story = new Story(entities, events, contradictions);
      store.replaceDuplicates(duplicates);
      store.replaceStory(story);
    } else {
      StorylineEngine.Rebuilt rebuilt = new StorylineEngine(store, Pipeline.of(List.of()), new Ingestor(), 1).rebuild();
      duplicates = rebuilt.duplicates();
      story = rebuilt.story();
    }
    return new Report(counts[0], counts[1], counts[2], duplicates.size(), story.entities().size(),
        story.events().size(), story.contradictions().size(), diagnostics.size(), !sameSet);
  }

  private static <T> List<T> readAll(Path dir, Function<String, T> parse) throws IOException {
    List<T> out = new ArrayList<>();
    forEachRecord(dir, parse, out::add);
    return out;
  }

  /** Calls {@code action} for every record of every part file of {@code dir}, in file-name order. */
  static <T> void forEachRecord(Path dir, Function<String, T> parse, Consumer<T> action) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "missing part of the job output");
    }
    List<Path> parts;
    try (Stream<Path> files = Files.list(dir)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path part : parts) {
      try (InputStream raw = Files.newInputStream(part);
          InputStream in = part.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          T record;
          try {
            record = parse.apply(line);
          } catch (IllegalArgumentException e) {
            throw new IOException(part + ":" + lineNo + ": " + e.getMessage(), e);
          }
          action.accept(record);
        }
      }
    }
  }
}
