package org.storyline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Ingestor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.DateBasis;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventStatus;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.nlp.corenlp.SharedAnalyzer;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryStore;

/**
 * The acceptance test: the five seed articles in {@code examples/} through the whole
 * pipeline, store and fusion, checked against what a reader of those articles knows.
 */
class SeedsEndToEndTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final EntityId TRUMP = EntityId.of("person:donald-trump");
  private static final EntityId PUTIN = EntityId.of("person:vladimir-putin");
  private static final EntityId ZELENSKY = EntityId.of("person:volodymyr-zelensky");

  @TempDir static Path storeDir;
  private static Pipeline pipeline;
  private static AnalyzeReport report;
  private static Story story;
  private static List<AnnotatedArticle> docs;

  @BeforeAll
  static void analyseSeeds() throws Exception {
    pipeline = Pipelines.standard(SharedAnalyzer.get());
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(storeDir), pipeline, new Ingestor(), 2)) {
      report = engine.analyze(List.of(EXAMPLES), StorylineEngine.Listener.none());
      story = engine.store().loadStory();
      docs = engine.store().loadArticles();
    }
  }

  private static AnnotatedArticle seed(String prefix) {
    return docs.stream().filter(d -> Path.of(d.article().source()).getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow();
  }

  private static boolean cites(Event e, String seedPrefix) {
    AnnotatedArticle doc = seed(seedPrefix);
    return e.mentions().stream().anyMatch(c -> c.article().equals(doc.id()));
  }

  private static boolean involves(Event e, EntityId... ids) {
    for (EntityId id : ids) {
      if (!e.sources().contains(id) && !e.targets().contains(id)) {
        return false;
      }
    }
    return true;
  }

  private static List<Event> events(Predicate<Event> p) {
    return story.events().stream().filter(p).toList();
  }

  @Test
  void storesAllFiveSeedsWithoutErrors() {
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.stored()).isEqualTo(5);
    assertThat(report.skipped()).isZero();
    assertThat(docs).hasSize(5);
  }

  @Test
  void removesBoilerplateAndTheRepeatedLead() {
    String text = seed("000").text();
    assertThat(text).doesNotContain("Liam Avatar");
    assertThat(text.indexOf("Former President Donald Trump played a large role"))
        .isEqualTo(text.lastIndexOf("Former President Donald Trump played a large role"));
    assertThat(seed("004").text()).doesNotContain("Mukesh Singh", "Back To Top");
    assertThat(seed("003").text()).doesNotContain("More Quick Read Articles");
    assertThat(seed("002").text()).doesNotContain("Table of Contents", "Share your thoughts");
  }

  @Test
  void datesEachArticleFromItsDatelineOrContentNeverFromToday() {
    assertThat(seed("003").article().published().basis()).isEqualTo(DateBasis.DATELINE);
    assertThat(seed("003").article().published().date()).isEqualTo(LocalDate.of(2025, 2, 13));
    assertThat(seed("002").article().published().basis()).isEqualTo(DateBasis.INFERRED);
    assertThat(seed("002").article().published().earliest()).isEqualTo(LocalDate.of(2025, 8, 21));
    assertThat(seed("004").article().published().basis()).isEqualTo(DateBasis.INFERRED);
    assertThat(seed("004").article().published().latest()).isEqualTo(LocalDate.of(2025, 1, 19));
    assertThat(seed("000").article().published().basis()).isEqualTo(DateBasis.UNKNOWN);
    assertThat(seed("000").times()).filteredOn(t -> t.text().equals("three days hence"))
        .singleElement().satisfies(t -> assertThat(t.value()).isInstanceOf(org.storyline.model.TimeValue.Relative.class));
  }

  @Test
  void holdsTheFourDatedDevelopmentsOfTheKeyDevelopmentsTable() {
    for (String day : List.of("2025-08-18", "2025-08-19", "2025-08-20", "2025-08-21")) {
      assertThat(events(e -> e.date() != null && e.date().value().equals(day) && cites(e, "002")))
          .as("event on %s", day).isNotEmpty();
    }
    assertThat(events(e -> e.date() != null && e.date().value().equals("2025-08-18")))
        .anyMatch(e -> involves(e, TRUMP, ZELENSKY) && e.status() == EventStatus.OCCURRED);
    assertThat(events(e -> e.date() != null && e.date().value().equals("2025-08-20")))
        .anyMatch(e -> involves(e, TRUMP, PUTIN) && e.frame().equals("CALL"));
    assertThat(events(e -> e.date() != null && e.date().value().equals("2025-08-19")))
        .anyMatch(e -> e.status() == EventStatus.REFUSED && involves(e, TRUMP));
  }

  @Test
  void fusesThePlannedTrumpPutinMeetingAcrossArticlesWithItsStatusHistory() {
    List<Event> meetings = events(e -> e.frame().equals("MEET") && involves(e, TRUMP, PUTIN)
        && e.statusHistory().stream().anyMatch(s -> s.status() == EventStatus.PLANNED));
    assertThat(meetings).isNotEmpty();
    Event meeting = meetings.stream().max(Comparator.comparingInt(e -> e.mentions().size())).orElseThrow();
    assertThat(cites(meeting, "001")).isTrue();
    assertThat(cites(meeting, "003")).isTrue();
    assertThat(meeting.statusHistory()).extracting(s -> s.status())
        .contains(EventStatus.PLANNED, EventStatus.AGREED);
  }

  @Test
  void findsTheStrikesTheCallsTheNominationTheDenialAndTheCeasefireDemand() {
    assertThat(events(e -> e.quantities().stream().anyMatch(q -> q.value() == 723)))
        .singleElement().satisfies(e -> {
          assertThat(e.frame()).isEqualTo("ATTACK");
          assertThat(cites(e, "001")).isTrue();
        });
    assertThat(events(e -> e.frame().equals("CALL") && involves(e, TRUMP, PUTIN) && cites(e, "003"))).isNotEmpty();
    assertThat(events(e -> e.frame().equals("APPOINT") && involves(e, EntityId.of("person:keith-kellogg"))))
        .isNotEmpty();
    assertThat(events(e -> e.status() == EventStatus.DENIED && cites(e, "004"))).isNotEmpty();
    assertThat(events(e -> e.frame().equals("CEASEFIRE") && e.status() == EventStatus.REQUESTED)).isNotEmpty();
    assertThat(events(e -> e.frame().equals("MEET") && cites(e, "001") && e.status() == EventStatus.OCCURRED
        && involves(e, PUTIN))).as("Witkoff's meeting with Putin").isNotEmpty();
  }

  @Test
  void everyEventCitesSentencesThatExistVerbatim() {
    assertThat(story.events()).isNotEmpty();
    for (Event e : story.events()) {
      assertThat(e.mentions()).isNotEmpty();
      for (Citation c : e.mentions()) {
        AnnotatedArticle doc = docs.stream().filter(d -> d.id().equals(c.article())).findFirst().orElseThrow();
        assertThat(c.span().coveredText(doc.text())).isEqualTo(c.text());
        assertThat(doc.sentences().get(c.sentence()).span().contains(c.span())
            || c.span().contains(doc.sentences().get(c.sentence()).span())).isTrue();
      }
    }
  }

  @Test
  void knowsEachPersonAsOneEntityAcrossSpellings() {
    Entity zelensky = story.entities().stream().filter(e -> e.id().equals(ZELENSKY)).findFirst().orElseThrow();
    assertThat(zelensky.aliases()).contains("Zelensky", "Zelenskyy");
    assertThat(story.entities()).filteredOn(e -> e.name().contains("Zelensk")).hasSize(1);
    assertThat(story.entities()).filteredOn(e -> e.name().endsWith("Trump")).hasSize(1);
    Entity kellogg = story.entities().stream().filter(e -> e.id().value().equals("person:keith-kellogg"))
        .findFirst().orElseThrow();
    assertThat(kellogg.roles()).anyMatch(r -> r.title().startsWith("special envoy"));
    for (AnnotatedArticle d : docs) {
      for (Mention m : d.mentions()) {
        assertThat(m.span().coveredText(d.text())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void attributesQuotesToTheirSpeakers() {
    List<Quote> quotes = new ArrayList<>();
    docs.forEach(d -> quotes.addAll(d.quotes()));
    assertThat(quotes).anyMatch(q -> q.text().startsWith("I just want to see what happens")
        && q.speaker() != null && TRUMP.equals(q.speaker().entity()));
    assertThat(quotes).anyMatch(q -> q.text().contains("He wants to meet and we are setting it up")
        && q.speaker() != null && TRUMP.equals(q.speaker().entity()));
  }

  @Test
  void reportsTheIstanbulDateConflictAndTheFormerPresidentAnachronism() {
    List<Contradiction> cs = story.contradictions();
    assertThat(cs).anyMatch(c -> c.kind().equals("date")
        && c.claims().stream().anyMatch(cl -> cl.citation().text().contains("three days hence"))
        && c.claims().stream().anyMatch(cl -> cl.citation().text().contains("this December")));
    assertThat(cs).anyMatch(c -> c.kind().equals("role-anachronism")
        && c.claims().stream().anyMatch(cl -> cl.citation().text().contains("former President Donald Trump")));
  }

  @Test
  void linksASyndicatedCopyAsADuplicateThatAddsSourcesButNoEvents(@TempDir Path fresh) throws Exception {
    // a fixed folder: article ids hash the path, and a random one would make id tie-breaks random
    Path batch = Path.of("target", "seeds-syndication");
    if (Files.exists(batch)) {
      try (Stream<Path> old = Files.walk(batch)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(batch);
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      for (Path f : s.toList()) {
        Files.copy(f, batch.resolve(f.getFileName()));
      }
    }
    Path original;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      original = s.filter(p -> p.getFileName().toString().startsWith("003")).findFirst().orElseThrow();
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(original));
    lines.add(1, "Syndicated by World Wire Services");
    lines.add("This story was republished under licence. All rights reserved by the original publisher.");
    Files.write(batch.resolve("zz_syndicated_copy.txt"), lines);
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(fresh), pipeline, new Ingestor(), 2)) {
      AnalyzeReport r = engine.analyze(List.of(batch), StorylineEngine.Listener.none());
      assertThat(r.stored()).isEqualTo(6);
      assertThat(r.duplicates()).isEqualTo(1);
      Story withCopy = engine.store().loadStory();
      assertThat(withCopy.events()).hasSameSizeAs(story.events());
      AnnotatedArticle copy = engine.store().loadArticles().stream()
          .filter(d -> d.article().source().contains("zz_syndicated_copy")).findFirst().orElseThrow();
      AnnotatedArticle original3 = engine.store().loadArticles().stream()
          .filter(d -> Path.of(d.article().source()).getFileName().toString().startsWith("003")).findFirst().orElseThrow();
      // both carry the same dateline: which one counts as the original is a tie broken by id
      assertThat(engine.store().duplicates()).singleElement()
          .satisfies(l -> assertThat(List.of(l.article(), l.original())).containsExactlyInAnyOrder(copy.id(), original3.id()));
      assertThat(withCopy.events()).anyMatch(e -> e.mentions().stream().anyMatch(c -> c.article().equals(copy.id())));
      assertThat(withCopy.events()).anyMatch(e -> e.mentions().stream().anyMatch(c -> c.article().equals(original3.id())));
    }
  }

  @Test
  void reanalysingIsANoOpAndTheStoryDoesNotDependOnArrivalOrder(@TempDir Path other, @TempDir Path reversed)
      throws Exception {
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(storeDir), pipeline, new Ingestor(), 2)) {
      AnalyzeReport again = engine.analyze(List.of(EXAMPLES), StorylineEngine.Listener.none());
      assertThat(again.stored()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(5);
      assertThat(engine.store().loadStory()).isEqualTo(story);
    }
    // the same articles, one file at a time in reverse order, into a fresh store
    List<Path> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
    }
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(reversed), pipeline, new Ingestor(), 1)) {
      for (Path f : files) {
        engine.analyze(List.of(EXAMPLES.resolve(f.getFileName())), StorylineEngine.Listener.none());
      }
      assertThat(engine.store().loadStory()).isEqualTo(story);
    }
  }
}
