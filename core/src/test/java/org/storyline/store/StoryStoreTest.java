package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.testkit.Docs;

class StoryStoreTest {
  @TempDir Path dir;

  @Test
  void roundTripsHandBuiltArticlesWithEveryLayer() {
    AnnotatedArticle a = StoreFixtures.articleA();
    AnnotatedArticle b = StoreFixtures.articleB();
    AnnotatedArticle bare = StoreFixtures.bare();
    // the fixtures really exercise every layer
    assertThat(a.mentions()).isNotEmpty();
    assertThat(a.roles()).isNotEmpty();
    assertThat(a.quotes()).extracting(q -> q.speaker() != null && q.cue() != null).containsOnly(true);
    assertThat(b.quotes()).extracting(q -> q.speaker().entity()).containsOnlyNulls();
    // one event mention with a place, one without
    assertThat(a.events()).extracting(e -> e.location() == null).containsExactlyInAnyOrder(true, false);
    assertThat(a.article().toSource()).isNotEqualTo(org.storyline.model.OffsetMap.identity(a.text().length()));
    assertThat(b.article().published().evidence()).hasSize(2);
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      store.putArticle(b);
      store.putArticle(bare);

      assertThat(store.loadArticles()).containsExactly(a, b, bare);
      assertThat(store.findArticle(b.id())).contains(b);
      assertThat(store.article(bare.id())).isEqualTo(bare);
      assertThat(store.findArticle(ArticleId.of("missing"))).isEmpty();
      assertThat(store.containsArticle(a.id())).isTrue();
      assertThat(store.containsArticle(ArticleId.of("missing"))).isFalse();
      assertThat(store.articleIds()).containsExactly(a.id(), b.id(), bare.id());
    }
  }

  @Test
  void roundTripsEveryKindOfTimeValue() {
    AnnotatedArticle a = StoreFixtures.articleA();
    AnnotatedArticle b = StoreFixtures.articleB();
    List<Class<?>> kinds = new ArrayList<>();
    for (TimeExpression t : a.times()) {
      kinds.add(t.value().getClass());
    }
    assertThat(kinds).contains(TimeValue.Resolved.class, TimeValue.Relative.class, TimeValue.Duration.class,
        TimeValue.Unresolvable.class);
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      store.putArticle(b);
      assertThat(store.article(a.id()).times()).isEqualTo(a.times());
      assertThat(store.article(a.id()).events()).extracting(EventMention::when)
          .isEqualTo(a.events().stream().map(EventMention::when).toList());
      assertThat(store.article(b.id()).events()).isEqualTo(b.events());
    }
  }

  @Test
  void findsTheFirstArticleAddedWithAContentHash() {
    AnnotatedArticle a = StoreFixtures.articleA();
    AnnotatedArticle copy = StoreFixtures.annotate("a-copy", StoreFixtures.TEXT_A, LocalDate.of(2025, 8, 20), false);
    assertThat(copy.article().contentHash()).isEqualTo(a.article().contentHash());
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      store.putArticle(copy);
      store.putArticle(StoreFixtures.bare());
      assertThat(store.findByContentHash(a.article().contentHash())).contains(a.id());
      assertThat(store.findByContentHash("sha256:none")).isEmpty();
      // an article without a hash stores "" and matches nothing
      assertThat(store.findByContentHash("")).isEmpty();
    }
  }

  @Test
  void replacingAnArticleKeepsItsPlaceAndDropsItsOldLayers() {
    AnnotatedArticle a = StoreFixtures.articleA();
    AnnotatedArticle b = StoreFixtures.articleB();
    AnnotatedArticle fewerLayers = a.withMentions(a.mentions().subList(0, 2)).withEvents(List.of())
        .withQuotes(List.of());
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      store.putArticle(b);
      store.putArticle(fewerLayers);
      assertThat(store.loadArticles()).containsExactly(fewerLayers, b);
      assertThat(store.counts().mentions()).isEqualTo(2 + b.mentions().size());
      assertThat(store.counts().diagnostics()).isEqualTo(a.diagnostics().size() + b.diagnostics().size());
    }
  }

  @Test
  void roundTripsAHandBuiltStoryAndReplacesItWhole() {
    Story story = StoreFixtures.story();
    try (StoryStore store = StoryStore.open(dir)) {
      assertThat(store.loadStory()).isEqualTo(Story.empty());
      store.putArticle(StoreFixtures.articleA());
      store.putArticle(StoreFixtures.articleB());
      store.replaceStory(story);
      assertThat(store.loadStory()).isEqualTo(story);

      Story smaller = new Story(story.entities().subList(1, 2), story.events().subList(2, 3),
          story.contradictions().subList(0, 1));
      store.replaceStory(smaller);
      assertThat(store.loadStory()).isEqualTo(smaller);
      StoreCounts counts = store.counts();
      assertThat(counts.entities()).isEqualTo(1);
      assertThat(counts.events()).isEqualTo(1);
      assertThat(counts.eventCitations()).isEqualTo(2);
      assertThat(counts.contradictions()).isEqualTo(1);
    }
  }

  @Test
  void aSpanOutsideTheTextInTheLastLayerLeavesNothingOfTheArticle() {
    AnnotatedArticle good = StoreFixtures.articleA();
    EventMention last = good.events().get(good.events().size() - 1);
    int length = good.text().length();
    EventMention broken = new EventMention(last.id(), last.sentence(), new Span(length - 2, length + 5), last.frame(),
        last.plover(), last.mode(), last.cameo(), last.status(), last.sources(), last.targets(), last.location(),
        last.when(), last.whenSpan(), last.quantities(), last.provenance());
    List<EventMention> events = new ArrayList<>(good.events());
    events.set(events.size() - 1, broken);
    AnnotatedArticle bad = good.withEvents(events);
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.articleB());
      StoreCounts before = store.counts();

      // sentences, tokens, mentions, ... were written before the events layer failed
      assertThatThrownBy(() -> store.putArticle(bad))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("article " + good.id())
          .hasMessageContaining("event mention " + last.id() + " trigger");
      assertThat(store.containsArticle(good.id())).isFalse();
      assertThat(store.counts()).isEqualTo(before);

      // a failed replacement keeps the stored version whole
      store.putArticle(good);
      assertThatThrownBy(() -> store.putArticle(bad)).isInstanceOf(IllegalStateException.class);
      assertThat(store.article(good.id())).isEqualTo(good);
    }
  }

  @Test
  void rejectsSpansOutsideTheTextInEveryLayer() {
    AnnotatedArticle doc = Docs.article("short", "Putin met Trump.", null);
    int n = doc.text().length();
    Span outside = new Span(n - 1, n + 1);
    try (StoryStore store = StoryStore.open(dir)) {
      assertThatThrownBy(() -> store.putArticle(doc.withSentences(List.of(new org.storyline.model.Sentence(0, outside)))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("article short: sentence 0");
      assertThatThrownBy(() -> store.putArticle(doc.withTokens(List.of(
          new org.storyline.model.Token(0, outside, "x.", "", "x")))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("token");
      assertThatThrownBy(() -> store.putArticle(Docs.withMention(doc, "Trump", EntityType.PERSON, null)
          .withMentions(List.of(new org.storyline.model.Mention(org.storyline.model.MentionId.of("m"), outside, "..",
              EntityType.PERSON, null, new org.storyline.model.Provenance(doc.id(), outside, Docs.TEST_STAGE, 1))))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("mention m");
      assertThatThrownBy(() -> store.putArticle(doc.withArticle(doc.article().withPublished(
          org.storyline.model.PublicationDate.exact(LocalDate.of(2025, 1, 1), org.storyline.model.DateBasis.DATELINE,
              List.of(new org.storyline.model.Evidence("dateline", outside, "..")))))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("publication date evidence");
      assertThat(store.counts().articles()).isZero();
    }
  }

  @Test
  void rejectsTextWithAnUnpairedSurrogate() {
    AnnotatedArticle doc = Docs.article("broken", "Putin \uD83C met Trump.", null);
    try (StoryStore store = StoryStore.open(dir)) {
      assertThatThrownBy(() -> store.putArticle(doc))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("article broken").hasMessageContaining("6");
      assertThat(store.containsArticle(doc.id())).isFalse();
    }
  }

  @Test
  void rejectsAStoryCitingAnArticleNotStoredOrOutsideItsText() {
    Story story = StoreFixtures.story();
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.articleA());
      // article B is missing
      assertThatThrownBy(() -> store.replaceStory(story))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("article b-witkoff-putin");
      assertThat(store.loadStory()).isEqualTo(Story.empty());

      store.putArticle(StoreFixtures.articleB());
      store.replaceStory(story);
      Entity first = story.entities().get(0);
      Citation far = new Citation(first.roles().get(0).evidence().get(0).article(), 0, new Span(5000, 5004), "xxxx");
      Story bad = new Story(List.of(new Entity(first.id(), first.type(), first.name(), first.aliases(),
          List.of(new org.storyline.model.Role("president", null, null, List.of(far))), first.actorCode(), 1)),
          List.of(), List.of());
      assertThatThrownBy(() -> store.replaceStory(bad))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("article a-zelensky-trump")
          .hasMessageContaining("[5000,5004)");
      Story twice = new Story(List.of(first, first), List.of(), List.of());
      assertThatThrownBy(() -> store.replaceStory(twice))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("two entities");
      assertThat(store.loadStory()).isEqualTo(story);
    }
  }

  @Test
  void persistsAcrossReopening() {
    AnnotatedArticle a = StoreFixtures.articleA();
    AnnotatedArticle b = StoreFixtures.articleB();
    List<DuplicateLink> links = List.of(new DuplicateLink(b.id(), a.id(), DuplicateLink.Kind.NEAR, 0.87));
    List<Diagnostic> diagnostics = List.of(Diagnostic.error("E101", "ingest", "feeds/x.html:3", "unreadable"));
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      store.putArticle(b);
      store.putDuplicates(links);
      store.putDiagnostics(diagnostics);
      store.replaceStory(StoreFixtures.story());
    }
    assertThat(dir.resolve(StoryStore.FILE_NAME)).exists();
    try (StoryStore store = StoryStore.open(dir)) {
      assertThat(store.loadArticles()).containsExactly(a, b);
      assertThat(store.duplicates()).isEqualTo(links);
      assertThat(store.diagnostics()).isEqualTo(diagnostics);
      assertThat(store.loadStory()).isEqualTo(StoreFixtures.story());
    }
  }

  @Test
  void duplicateLinksAreUpsertedOrReplacedWhole() {
    ArticleId a = ArticleId.of("a");
    ArticleId b = ArticleId.of("b");
    ArticleId c = ArticleId.of("c");
    try (StoryStore store = StoryStore.open(dir)) {
      store.putDuplicates(List.of(new DuplicateLink(b, a, DuplicateLink.Kind.NEAR, 0.8),
          new DuplicateLink(c, a, DuplicateLink.Kind.EXACT, 1.0)));
      store.putDuplicates(List.of(new DuplicateLink(b, a, DuplicateLink.Kind.NEAR, 0.9)));
      assertThat(store.duplicates()).containsExactly(new DuplicateLink(b, a, DuplicateLink.Kind.NEAR, 0.9),
          new DuplicateLink(c, a, DuplicateLink.Kind.EXACT, 1.0));
      store.replaceDuplicates(List.of(new DuplicateLink(c, b, DuplicateLink.Kind.NEAR, 0.75)));
      assertThat(store.duplicates()).containsExactly(new DuplicateLink(c, b, DuplicateLink.Kind.NEAR, 0.75));
    }
  }

  @Test
  void runDiagnosticsAreKeptApartFromArticleDiagnostics() {
    AnnotatedArticle a = StoreFixtures.articleA();
    List<Diagnostic> run = List.of(Diagnostic.error("E102", "ingest", "feed.jsonl:7", "bad JSON"),
        Diagnostic.warning("W401", "fusion", "", "two events share a trigger"));
    try (StoryStore store = StoryStore.open(dir)) {
      store.putDiagnostics(run.subList(0, 1));
      store.putArticle(a);
      store.putDiagnostics(run.subList(1, 2));
      assertThat(store.diagnostics()).isEqualTo(run);
      assertThat(store.article(a.id()).diagnostics()).isEqualTo(a.diagnostics());
      assertThat(store.counts().diagnostics()).isEqualTo(run.size() + a.diagnostics().size());
    }
  }

  @Test
  void countsEveryLayer() {
    AnnotatedArticle a = StoreFixtures.articleA();
    AnnotatedArticle b = StoreFixtures.articleB();
    Story story = StoreFixtures.story();
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      store.putArticle(b);
      store.putDuplicates(List.of(new DuplicateLink(b.id(), a.id(), DuplicateLink.Kind.NEAR, 0.5)));
      store.replaceStory(story);
      assertThat(store.counts()).isEqualTo(new StoreCounts(2,
          a.sentences().size() + b.sentences().size(), a.tokens().size() + b.tokens().size(),
          a.mentions().size() + b.mentions().size(), a.times().size() + b.times().size(),
          a.roles().size() + b.roles().size(), a.quotes().size() + b.quotes().size(),
          a.events().size() + b.events().size(), 1, a.diagnostics().size() + b.diagnostics().size(),
          story.entities().size(), story.events().size(),
          story.events().stream().mapToLong(e -> e.mentions().size()).sum(), story.contradictions().size()));
    }
  }

  @Test
  void createsTheSchemaWithItsVersionAndQueryableTables() throws Exception {
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.articleA());
      store.putArticle(StoreFixtures.articleB());
      store.replaceStory(StoreFixtures.story());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      assertThat(single(st, "SELECT version FROM schema_version")).isEqualTo(String.valueOf(StoryStore.SCHEMA_VERSION));
      assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(single(st, "PRAGMA application_id")).isEqualTo(String.valueOf(0x53544C59));
      // the issue's tables answer plain SQL
      assertThat(single(st, "SELECT count(*) FROM mentions WHERE entity = 'person:donald-trump'")).isEqualTo("3");
      assertThat(single(st, "SELECT text FROM quotes WHERE speaker_entity = 'person:volodymyr-zelensky'"))
          .isEqualTo("We agreed on a 30-day ceasefire,");
      assertThat(single(st, "SELECT count(*) FROM time_expressions WHERE value_kind = 'relative'")).isEqualTo("2");
      assertThat(single(st, "SELECT group_concat(e.summary, '|') FROM events e JOIN event_citations c"
          + " ON c.event = e.id WHERE c.article = 'b-witkoff-putin'")).isEqualTo("Trump to meet Putin");
      assertThat(single(st, "SELECT count(*) FROM events, json_each(events.targets)"
          + " WHERE json_each.value = 'person:donald-trump'")).isEqualTo("2");
      assertThat(single(st, "SELECT count(*) FROM contradiction_claims")).isEqualTo("4");
      assertThat(single(st, "SELECT published_basis FROM articles WHERE id = 'b-witkoff-putin'"))
          .isEqualTo("INFERRED");
    }
  }

  @Test
  void turnsAnEmptyFileIntoAStore() throws Exception {
    Files.createFile(dir.resolve(StoryStore.FILE_NAME));
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.bare());
      assertThat(store.loadArticles()).containsExactly(StoreFixtures.bare());
    }
  }

  @Test
  void refusesAStoreWithANewerSchema() throws Exception {
    StoryStore.open(dir).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE schema_version SET version = 7");
    }
    assertThatThrownBy(() -> StoryStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 7")
        .hasMessageContaining("(" + StoryStore.SCHEMA_VERSION + ")")
        .hasMessageContaining("newer Storyline");
  }

  @Test
  void refusesAnSqliteFileThatIsNotAStore() throws Exception {
    Files.createDirectories(dir);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.executeUpdate("CREATE TABLE notes (body TEXT)");
    }
    assertThatThrownBy(() -> StoryStore.open(dir))
        .isInstanceOf(StoreException.class).hasMessageContaining("not a Storyline store");
  }

  @Test
  void refusesAFileThatIsNotSqlite() throws Exception {
    Files.writeString(dir.resolve(StoryStore.FILE_NAME), "this is a text file, not a database ".repeat(100));
    assertThatThrownBy(() -> StoryStore.open(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining(dir.resolve(StoryStore.FILE_NAME).toString());
  }

  @Test
  void opensAnExistingStoreOfTheSameVersionWithoutChangingIt() throws Exception {
    try (StoryStore store = StoryStore.open(dir.resolve("nested/store"))) {
      store.putArticle(StoreFixtures.bare());
    }
    try (StoryStore store = StoryStore.open(dir.resolve("nested/store"), Durability.NORMAL)) {
      assertThat(store.loadArticles()).containsExactly(StoreFixtures.bare());
      assertThat(store.file()).isEqualTo(dir.resolve("nested/store").toAbsolutePath().resolve("storyline.db"));
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    StoryStore store = StoryStore.open(dir);
    store.close();
    store.close();
    assertThatThrownBy(() -> store.putArticle(StoreFixtures.bare())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(store::loadArticles).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void streamsArticlesInIdOrder() {
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.bare());
      store.putArticle(StoreFixtures.articleB());
      store.putArticle(StoreFixtures.articleA());
      List<AnnotatedArticle> seen = new ArrayList<>();
      store.forEachArticle(seen::add);
      assertThat(seen).containsExactly(StoreFixtures.articleA(), StoreFixtures.articleB(), StoreFixtures.bare());
    }
  }

  @Test
  void keepsMentionEntityLinksAndTheirAbsence() {
    AnnotatedArticle a = StoreFixtures.articleA();
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(a);
      Map<String, EntityId> links = new java.util.HashMap<>();
      store.article(a.id()).mentions().forEach(m -> links.put(m.text() + "@" + m.span().start(), m.entity()));
      assertThat(links).containsEntry("Ukrainian@0", null).containsEntry("Zelensky@" + a.text().indexOf("Zelensky said"),
          EntityId.of("person:volodymyr-zelensky"));
    }
  }

  @Test
  void keepsProvenanceThatPointsToAnotherArticle() {
    AnnotatedArticle doc = Docs.withMention(Docs.article("copy", "Putin met Trump.", null), "Trump", EntityType.PERSON,
        "person:donald-trump");
    org.storyline.model.Mention m = doc.mentions().get(0);
    org.storyline.model.Mention borrowed = new org.storyline.model.Mention(m.id(), m.span(), m.text(), m.type(),
        m.entity(), new org.storyline.model.Provenance(ArticleId.of("original"), new Span(400, 420),
            Docs.TEST_STAGE, 0.25));
    AnnotatedArticle withBorrowed = doc.withMentions(List.of(borrowed));
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(withBorrowed);
      assertThat(store.article(doc.id())).isEqualTo(withBorrowed);
    }
  }

  private static String single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

}
