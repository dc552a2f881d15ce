package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.DuplicateLink;
import org.storyline.model.EntityId;
import org.storyline.model.Story;
import org.storyline.model.TimeExpression;

class StoryJsonWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EntityId ZELENSKY = EntityId.of("person:volodymyr-zelensky");
  private static final EntityId ZELENSKYY = EntityId.of("person:volodymyr-zelenskyy");

  @TempDir Path dir;

  private AnnotatedArticle a;
  private AnnotatedArticle b;
  private AnnotatedArticle bare;
  private List<DuplicateLink> duplicates;
  private Story story;
  /** Maps the per-article id of Zelensky to a different canonical id, to see the mapping applied. */
  private final Function<EntityId, EntityId> canonical = id -> id.equals(ZELENSKY) ? ZELENSKYY : null;

  @BeforeEach
  void build() {
    a = StoreFixtures.articleA();
    b = StoreFixtures.articleB();
    bare = StoreFixtures.bare();
    duplicates = List.of(new DuplicateLink(bare.id(), a.id(), DuplicateLink.Kind.NEAR, 0.97),
        new DuplicateLink(bare.id(), b.id(), DuplicateLink.Kind.EXACT, 1.0));
    story = StoreFixtures.story();
  }

  private JsonNode writeFromList() throws Exception {
    Path file = dir.resolve("out/story.json");
    // arrival order b, bare, a: the output is in id order anyway
    new StoryJsonWriter().write(file, List.of(b, bare, a), duplicates, story, canonical);
    assertThat(dir.resolve("out/story.json.tmp")).doesNotExist();
    return MAPPER.readTree(file.toFile());
  }

  @Test
  void writesTheTopLevelFieldsInOrder() throws Exception {
    JsonNode root = writeFromList();
    assertThat(fields(root)).containsExactly("schema", "articles", "entities", "events", "quotes", "contradictions",
        "timeExpressions");
    assertThat(root.get("schema").asText()).isEqualTo("storyline/1");
    assertThat(root.get("articles")).hasSize(3);
    assertThat(root.get("entities")).hasSize(story.entities().size());
    assertThat(root.get("events")).hasSize(story.events().size());
    assertThat(root.get("quotes")).hasSize(a.quotes().size() + b.quotes().size());
    assertThat(root.get("contradictions")).hasSize(story.contradictions().size());
    assertThat(root.get("timeExpressions")).hasSize(a.times().size() + b.times().size());
  }

  @Test
  void writesArticlesWithPublicationDatesAndDuplicateLinks() throws Exception {
    JsonNode articles = writeFromList().get("articles");
    assertThat(articles.findValuesAsText("id")).containsExactly("a-zelensky-trump", "b-witkoff-putin", "c-bare");

    JsonNode first = articles.get(0);
    assertThat(fields(first)).containsExactly("id", "source", "title", "url", "byline", "published", "duplicateOf");
    assertThat(first.get("source").asText()).isEqualTo(a.article().source());
    assertThat(first.get("title").asText()).isEqualTo("Title of a-zelensky-trump");
    assertThat(first.get("url").asText()).isEqualTo("https://news.example/a-zelensky-trump");
    assertThat(first.get("byline").asText()).isEqualTo("Jane Roe, John Doe");
    assertThat(first.get("duplicateOf").isNull()).isTrue();
    JsonNode published = first.get("published");
    assertThat(fields(published)).containsExactly("date", "earliest", "latest", "basis", "evidence");
    assertThat(published.get("date").asText()).isEqualTo("2025-08-19");
    assertThat(published.get("earliest").asText()).isEqualTo("2025-08-19");
    assertThat(published.get("latest").asText()).isEqualTo("2025-08-19");
    assertThat(published.get("basis").asText()).isEqualTo("dateline");
    JsonNode evidence = published.get("evidence").get(0);
    assertThat(fields(evidence)).containsExactly("reason", "start", "end", "text");
    assertThat(evidence.get("reason").asText()).isEqualTo("dateline");
    assertThat(a.text().substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
        .isEqualTo(evidence.get("text").asText()).isEqualTo("Monday");

    JsonNode inferred = articles.get(1).get("published");
    assertThat(inferred.get("date").isNull()).isTrue();
    assertThat(inferred.get("earliest").asText()).isEqualTo("2025-08-06");
    assertThat(inferred.get("latest").asText()).isEqualTo("2025-08-13");
    assertThat(inferred.get("basis").asText()).isEqualTo("inferred");
    assertThat(inferred.get("evidence")).hasSize(2);

    JsonNode unknown = articles.get(2);
    assertThat(unknown.get("url").isNull()).isTrue();
    assertThat(unknown.get("byline").isNull()).isTrue();
    assertThat(unknown.get("published").get("basis").asText()).isEqualTo("unknown");
    assertThat(unknown.get("published").get("date").isNull()).isTrue();
    assertThat(unknown.get("published").get("evidence")).isEmpty();
    // the exact copy wins over the nearer-scoring near duplicate
    assertThat(unknown.get("duplicateOf").asText()).isEqualTo("b-witkoff-putin");
  }

  @Test
  void writesEntitiesWithRolesAndEvidence() throws Exception {
    JsonNode entities = writeFromList().get("entities");
    JsonNode zelensky = entities.get(0);
    assertThat(fields(zelensky)).containsExactly("id", "type", "name", "aliases", "roles", "actorCode", "mentions");
    assertThat(zelensky.get("id").asText()).isEqualTo("person:volodymyr-zelensky");
    assertThat(zelensky.get("type").asText()).isEqualTo("person");
    assertThat(zelensky.get("name").asText()).isEqualTo("Volodymyr Zelensky");
    assertThat(texts(zelensky.get("aliases"))).containsExactly("Zelensky", "Zelenskyy");
    assertThat(zelensky.get("actorCode").asText()).isEqualTo("UKRGOV");
    assertThat(zelensky.get("mentions").asInt()).isEqualTo(3);
    JsonNode role = zelensky.get("roles").get(0);
    assertThat(fields(role)).containsExactly("title", "firstStated", "lastStated", "evidence");
    assertThat(role.get("title").asText()).isEqualTo("president of Ukraine");
    assertThat(role.get("firstStated").asText()).isEqualTo("2025-08-19");
    JsonNode cited = role.get("evidence").get(0);
    assertThat(fields(cited)).containsExactly("article", "sentence", "start", "end", "text");
    assertCitesText(cited, a, "Ukrainian President Volodymyr Zelensky");
    assertThat(cited.get("sentence").asInt()).isZero();

    JsonNode witkoff = entities.get(2);
    assertThat(witkoff.get("actorCode").isNull()).isTrue();
    assertThat(witkoff.get("roles").get(0).get("firstStated").isNull()).isTrue();
    assertThat(entities.get(3).get("type").asText()).isEqualTo("organization");
  }

  @Test
  void writesEventsWithDatesQuantitiesStatusHistoryAndMentions() throws Exception {
    JsonNode events = writeFromList().get("events");
    JsonNode meeting = events.get(0);
    assertThat(fields(meeting)).containsExactly("id", "plover", "mode", "cameo", "status", "frame", "source", "target",
        "location", "date", "quantities", "summary", "confidence", "statusHistory", "mentions");
    assertThat(meeting.get("id").asText()).isEqualTo("ev-1");
    assertThat(meeting.get("plover").asText()).isEqualTo("CONSULT");
    assertThat(meeting.get("mode").asText()).isEqualTo("visit");
    assertThat(meeting.get("cameo").asText()).isEqualTo("043");
    assertThat(meeting.get("status").asText()).isEqualTo("occurred");
    assertThat(meeting.get("frame").asText()).isEqualTo("MEET");
    assertThat(texts(meeting.get("source"))).containsExactly("person:volodymyr-zelensky");
    assertThat(texts(meeting.get("target"))).containsExactly("person:donald-trump");
    assertThat(meeting.get("location").asText()).isEqualTo("White House");
    JsonNode date = meeting.get("date");
    assertThat(fields(date)).containsExactly("value", "earliest", "latest", "granularity");
    assertThat(date.get("value").asText()).isEqualTo("2025-08-18");
    assertThat(date.get("earliest").asText()).isEqualTo("2025-08-18");
    assertThat(date.get("latest").asText()).isEqualTo("2025-08-18");
    assertThat(date.get("granularity").asText()).isEqualTo("day");
    assertThat(meeting.get("quantities")).isEmpty();
    assertThat(meeting.get("summary").asText()).isEqualTo("Zelensky met Trump at the White House");
    assertThat(meeting.get("confidence").asDouble()).isEqualTo(0.82);
    JsonNode state = meeting.get("statusHistory").get(0);
    assertThat(fields(state)).containsExactly("status", "asOf", "article", "sentence", "start", "end", "text");
    assertThat(state.get("status").asText()).isEqualTo("occurred");
    assertThat(state.get("asOf").asText()).isEqualTo("2025-08-19");
    assertCitesText(state, a, "met");
    JsonNode mention = meeting.get("mentions").get(0);
    assertThat(fields(mention)).containsExactly("article", "sentence", "start", "end", "text");
    assertCitesText(mention, a, "Volodymyr Zelensky met Donald Trump");

    JsonNode call = events.get(1);
    assertThat(call.get("location").isNull()).isTrue();
    assertThat(call.get("date").get("value").asText()).isEqualTo("XXXX-12");
    assertThat(call.get("date").get("earliest").isNull()).isTrue();
    assertThat(call.get("date").get("granularity").asText()).isEqualTo("month");
    JsonNode quantity = call.get("quantities").get(0);
    assertThat(fields(quantity)).containsExactly("text", "value", "unit");
    assertThat(quantity.get("text").asText()).isEqualTo("40-minute");
    assertThat(quantity.get("value").asDouble()).isEqualTo(40.0);
    assertThat(quantity.get("unit").asText()).isEqualTo("minute");

    JsonNode summit = events.get(2);
    assertThat(summit.get("date").isNull()).isTrue();
    assertThat(summit.get("mode").asText()).isEmpty();
    assertThat(summit.get("statusHistory").findValuesAsText("status")).containsExactly("proposed", "planned");
    assertThat(summit.get("statusHistory").get(0).get("asOf").isNull()).isTrue();
    assertThat(summit.get("mentions").findValuesAsText("article")).containsExactly("b-witkoff-putin",
        "a-zelensky-trump");
  }

  @Test
  void writesQuotesWithCanonicalSpeakersAndCues() throws Exception {
    JsonNode quotes = writeFromList().get("quotes");
    JsonNode direct = quotes.get(0);
    assertThat(fields(direct)).containsExactly("speaker", "speakerText", "text", "kind", "article", "start", "end",
        "cue");
    assertThat(direct.get("speaker").asText()).isEqualTo("person:volodymyr-zelenskyy");
    assertThat(direct.get("speakerText").asText()).isEqualTo("Zelensky");
    assertThat(direct.get("text").asText()).isEqualTo("We agreed on a 30-day ceasefire,");
    assertThat(direct.get("kind").asText()).isEqualTo("direct");
    assertThat(direct.get("article").asText()).isEqualTo("a-zelensky-trump");
    assertThat(a.text().substring(direct.get("start").asInt(), direct.get("end").asInt()))
        .isEqualTo(direct.get("text").asText());
    assertThat(direct.get("cue").asText()).isEqualTo("said");

    JsonNode unlinked = quotes.get(1);
    assertThat(unlinked.get("speaker").isNull()).isTrue();
    assertThat(unlinked.get("speakerText").asText()).isEqualTo("the Kremlin");
    assertThat(unlinked.get("text").asText()).isEqualTo("useful and constructive");
    assertThat(unlinked.get("article").asText()).isEqualTo("b-witkoff-putin");
    assertThat(unlinked.get("cue").asText()).isEqualTo("According to");
  }

  @Test
  void writesContradictionsWithTheirClaims() throws Exception {
    JsonNode contradictions = writeFromList().get("contradictions");
    JsonNode first = contradictions.get(0);
    assertThat(fields(first)).containsExactly("kind", "subject", "claims");
    assertThat(first.get("kind").asText()).isEqualTo("date");
    assertThat(first.get("subject").asText()).isEqualTo("ev-3");
    JsonNode claim = first.get("claims").get(1);
    assertThat(fields(claim)).containsExactly("value", "article", "sentence", "start", "end", "text");
    assertThat(claim.get("value").asText()).isEqualTo("2025-12");
    assertCitesText(claim, a, "in December");
    assertThat(contradictions.get(1).get("kind").asText()).isEqualTo("role-anachronism");
  }

  @Test
  void writesTimeExpressionsOfEveryKind() throws Exception {
    JsonNode times = writeFromList().get("timeExpressions");
    List<String> kinds = new ArrayList<>();
    for (JsonNode t : times) {
      assertThat(fields(t)).containsExactly("article", "sentence", "start", "end", "text", "type", "kind", "value",
          "earliest", "latest", "granularity", "rule", "reason");
      kinds.add(t.get("kind").asText());
      AnnotatedArticle doc = t.get("article").asText().equals(a.id().value()) ? a : b;
      assertThat(doc.text().substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
      assertThat(doc.sentenceAt(t.get("start").asInt()).index()).isEqualTo(t.get("sentence").asInt());
    }
    assertThat(kinds).contains("resolved", "relative", "duration", "unresolvable");
    TimeExpression december = a.times().stream().filter(t -> t.text().equals("in December")).findFirst().orElseThrow();
    JsonNode written = times.get(a.times().indexOf(december));
    assertThat(written.get("value").asText()).isEqualTo("2025-12");
    assertThat(written.get("type").asText()).isEqualTo("date");
    assertThat(written.get("earliest").asText()).isEqualTo("2025-12-01");
    assertThat(written.get("latest").asText()).isEqualTo("2025-12-31");
    assertThat(written.get("granularity").asText()).isEqualTo("month");
    JsonNode monday = times.get(0);
    assertThat(monday.get("kind").asText()).isEqualTo("relative");
    assertThat(monday.get("rule").asText()).isEqualTo("weekday:MONDAY:nearest");
    assertThat(monday.get("earliest").isNull()).isTrue();
    JsonNode soon = times.get(a.times().indexOf(
        a.times().stream().filter(t -> t.text().equals("soon")).findFirst().orElseThrow()));
    assertThat(soon.get("kind").asText()).isEqualTo("unresolvable");
    assertThat(soon.get("reason").asText()).isEqualTo("vague future");
    assertThat(soon.get("value").asText()).isEqualTo("FUTURE_REF");
  }

  @Test
  void writesTheSameDocumentFromTheStore() throws Exception {
    ByteArrayOutputStream fromList = new ByteArrayOutputStream();
    new StoryJsonWriter().write(fromList, List.of(b, bare, a), duplicates, story, canonical);
    Path file = dir.resolve("store.json");
    Files.writeString(file, "an older export, to be replaced");
    try (StoryStore store = StoryStore.open(dir.resolve("store"))) {
      store.putArticle(b);
      store.putArticle(a);
      store.putArticle(bare);
      store.putDuplicates(duplicates);
      store.replaceStory(story);
      new StoryJsonWriter().write(file, store, canonical);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(fromList.toString(StandardCharsets.UTF_8));
  }

  @Test
  void canLeaveOutTimeExpressionsAndWriteCompactly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StoryJsonWriter().withTimeExpressions(false).withPrettyPrint(false)
        .write(out, List.of(a), List.of(), Story.empty(), Function.identity());
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("\n");
    JsonNode root = MAPPER.readTree(json);
    assertThat(fields(root)).containsExactly("schema", "articles", "entities", "events", "quotes", "contradictions");
    // identity canonicaliser: the per-article id is kept
    assertThat(root.get("quotes").get(0).get("speaker").asText()).isEqualTo(ZELENSKY.value());
  }

  @Test
  void theDocumentedExampleHasTheFieldsTheWriterWrites() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "json-schema.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n") + "```json\n".length();
    JsonNode example = MAPPER.readTree(doc.substring(start, doc.indexOf("```", start)));
    JsonNode written = writeFromList();
    assertThat(fields(example)).isEqualTo(fields(written));
    for (String section : fields(written)) {
      if (written.get(section).isArray()) {
        assertThat(fields(example.get(section).get(0))).as(section)
            .isEqualTo(fields(written.get(section).get(0)));
      }
    }
    assertThat(fields(example.get("articles").get(0).get("published")))
        .isEqualTo(fields(written.get("articles").get(0).get("published")));
    assertThat(fields(example.get("events").get(0).get("date")))
        .isEqualTo(fields(written.get("events").get(0).get("date")));
  }

  @Test
  void streamsAStoreOfManyArticlesInIdOrder() throws Exception {
    List<AnnotatedArticle> docs = new ArrayList<>();
    try (StoryStore store = StoryStore.open(dir.resolve("many"), Durability.NORMAL)) {
      for (int i = 149; i >= 0; i--) {
        AnnotatedArticle doc = StoreFixtures.numbered(i, 1);
        docs.add(doc);
        store.putArticle(doc);
      }
      new StoryJsonWriter().withPrettyPrint(false).write(dir.resolve("many.json"), store, Function.identity());
    }
    JsonNode root = MAPPER.readTree(dir.resolve("many.json").toFile());
    List<String> ids = root.get("articles").findValuesAsText("id");
    assertThat(ids).hasSize(150).isSorted();
    assertThat(root.get("quotes")).hasSize(docs.stream().mapToInt(d -> d.quotes().size()).sum());
    assertThat(root.get("timeExpressions")).hasSize(docs.stream().mapToInt(d -> d.times().size()).sum());
    assertThat(root.get("quotes").get(0).get("article").asText()).isEqualTo(ids.get(0));
  }

  private static void assertCitesText(JsonNode cited, AnnotatedArticle doc, String text) {
    assertThat(cited.get("article").asText()).isEqualTo(doc.id().value());
    assertThat(cited.get("text").asText()).isEqualTo(text);
    assertThat(doc.text().substring(cited.get("start").asInt(), cited.get("end").asInt())).isEqualTo(text);
    assertThat(doc.sentenceAt(cited.get("start").asInt()).index()).isEqualTo(cited.get("sentence").asInt());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
