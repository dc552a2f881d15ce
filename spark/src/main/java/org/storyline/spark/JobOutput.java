package org.storyline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.storyline.exchange.ExchangeJson;
import org.storyline.exchange.ExchangeLayout;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ActorRef;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.Mention;
import org.storyline.model.Story;
import org.storyline.store.StoryJsonWriter;

/**
 * Writes a job's output directory: one Parquet table per kind of record, with the fields of the
 * {@code storyline/1} JSON export ({@link StoryJsonWriter} writes each row, so the fields cannot
 * drift apart), the exchange files that {@code storyline import} reads ({@link ExchangeLayout}),
 * and {@code _SUMMARY.json}.
 *
 * <p>Tables: {@code articles} (the export's article fields plus the cleaned {@code text}), {@code
 * entities}, {@code events}, {@code quotes}, {@code contradictions} (as in the export), {@code
 * mentions} and {@code event_mentions} (the per-article layers, with canonical entity ids), and
 * {@code diagnostics} (run-level rows have a null {@code article}).
 */
final class JobOutput {
  private static final String CITATION = "STRUCT<`article`: STRING, `sentence`: INT, `start`: INT, `end`: INT, `text`: STRING>";
  static final String ARTICLES = "`id` STRING, `source` STRING, `title` STRING, `url` STRING, `byline` STRING,"
      + " `published` STRUCT<`date`: STRING, `earliest`: STRING, `latest`: STRING, `basis`: STRING,"
      + " `evidence`: ARRAY<STRUCT<`reason`: STRING, `start`: INT, `end`: INT, `text`: STRING>>>,"
      + " `duplicateOf` STRING, `text` STRING";
  static final String ENTITIES = "`id` STRING, `type` STRING, `name` STRING, `aliases` ARRAY<STRING>,"
      + " `roles` ARRAY<STRUCT<`title`: STRING, `firstStated`: STRING, `lastStated`: STRING, `evidence`: ARRAY<"
      + CITATION + ">>>, `actorCode` STRING, `mentions` INT";
  static final String EVENTS = "`id` STRING, `plover` STRING, `mode` STRING, `cameo` STRING, `status` STRING,"
      + " `frame` STRING, `source` ARRAY<STRING>, `target` ARRAY<STRING>, `location` STRING,"
      + " `date` STRUCT<`value`: STRING, `earliest`: STRING, `latest`: STRING, `granularity`: STRING>,"
      + " `quantities` ARRAY<STRUCT<`text`: STRING, `value`: DOUBLE, `unit`: STRING>>, `summary` STRING,"
      + " `confidence` DOUBLE, `statusHistory` ARRAY<STRUCT<`status`: STRING, `asOf`: STRING, `article`: STRING,"
      + " `sentence`: INT, `start`: INT, `end`: INT, `text`: STRING>>, `mentions` ARRAY<" + CITATION + ">";
  static final String QUOTES = "`speaker` STRING, `speakerText` STRING, `text` STRING, `kind` STRING,"
      + " `article` STRING, `start` INT, `end` INT, `cue` STRING";
  static final String CONTRADICTIONS = "`kind` STRING, `subject` STRING, `claims` ARRAY<STRUCT<`value`: STRING,"
      + " `article`: STRING, `sentence`: INT, `start`: INT, `end`: INT, `text`: STRING>>";
  static final String MENTIONS = "`article` STRING, `id` STRING, `start` INT, `end` INT, `text` STRING,"
      + " `type` STRING, `entity` STRING, `canonical` STRING";
  static final String EVENT_MENTIONS = "`article` STRING, `id` STRING, `sentence` INT, `start` INT, `end` INT,"
      + " `trigger` STRING, `frame` STRING, `plover` STRING, `mode` STRING, `cameo` STRING, `status` STRING,"
      + " `source` ARRAY<STRING>, `target` ARRAY<STRING>, `location` STRING, `when` STRING, `confidence` DOUBLE";
  static final String DIAGNOSTICS = "`article` STRING, `code` STRING, `severity` STRING, `stage` STRING,"
      + " `item` STRING, `message` STRING";

  /** Articles converted per {@link StoryJsonWriter} call. */
  private static final int CHUNK = 100;

  private final SparkSession spark;
  private final JavaSparkContext sc;
  private final String dir;

  JobOutput(SparkSession spark, String dir) {
    this.spark = spark;
    this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.dir = dir;
  }

  void write(JavaRDD<String> docs, List<DuplicateLink> links, EntityResolution resolution, Broadcast<SharedView> view,
      Broadcast<HashMap<String, String>> groups, JavaRDD<String> events, JavaRDD<String> contradictions,
      JavaRDD<String> runDiagnostics) throws IOException {
    // exchange files for storyline import
    String root = dir + "/" + ExchangeLayout.ROOT + "/";
    docs.saveAsTextFile(root + ExchangeLayout.ARTICLES, GzipCodec.class);
    List<String> linkJson = new ArrayList<>();
    for (DuplicateLink l : links) {
      linkJson.add(ExchangeJson.write(l));
    }
    sc.parallelize(linkJson, 1).saveAsTextFile(root + ExchangeLayout.DUPLICATES);
    List<String> entityJson = new ArrayList<>();
    for (Entity e : resolution.entities()) {
      entityJson.add(ExchangeJson.write(e));
    }
    sc.parallelize(entityJson, Math.max(1, entityJson.size() / 50_000)).saveAsTextFile(root + ExchangeLayout.ENTITIES,
        GzipCodec.class);
    events.saveAsTextFile(root + ExchangeLayout.EVENTS, GzipCodec.class);
    contradictions.saveAsTextFile(root + ExchangeLayout.CONTRADICTIONS, GzipCodec.class);
    runDiagnostics.coalesce(1).saveAsTextFile(root + ExchangeLayout.DIAGNOSTICS);
    writeText(root + ExchangeLayout.FORMAT_FILE, ExchangeJson.FORMAT + "\n");

    // Parquet tables
    HashMap<String, String> duplicateOf = new HashMap<>();
    for (DuplicateLink l : preferred(links)) {
      duplicateOf.put(l.article().value(), ExchangeJson.write(l));
    }
    Broadcast<HashMap<String, String>> dup = sc.broadcast(duplicateOf);
    JavaRDD<String> articleAndQuoteRows = docs.mapPartitions(it -> articleRows(it, dup.value(), view.value().view()));
    articleAndQuoteRows = articleAndQuoteRows.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
    table("articles", ARTICLES, articleAndQuoteRows.filter(r -> r.startsWith("A")).map(r -> r.substring(1)));
    table("quotes", QUOTES, articleAndQuoteRows.filter(r -> r.startsWith("Q")).map(r -> r.substring(1)));
    articleAndQuoteRows.unpersist();
    table("entities", ENTITIES, sc.parallelize(entityJson, Math.max(1, entityJson.size() / 50_000))
        .mapPartitions(it -> storyRows(it, "entities")));
    table("events", EVENTS, events.mapPartitions(it -> storyRows(it, "events")));
    table("contradictions", CONTRADICTIONS, contradictions.mapPartitions(it -> storyRows(it, "contradictions")));
    table("mentions", MENTIONS, docs.flatMap(json -> mentionRows(ExchangeJson.article(json), view.value().view())));
    table("event_mentions", EVENT_MENTIONS,
        docs.flatMap(json -> eventMentionRows(ExchangeJson.article(json), view.value().view())));
    JavaRDD<String> perArticle = docs.flatMap(json -> {
      AnnotatedArticle doc = ExchangeJson.article(json);
      List<String> rows = new ArrayList<>();
      for (Diagnostic d : doc.diagnostics()) {
        rows.add(diagnosticRow(doc.id().value(), d));
      }
      return rows.iterator();
    });
    table("diagnostics", DIAGNOSTICS,
        runDiagnostics.map(json -> diagnosticRow(null, ExchangeJson.diagnostic(json))).union(perArticle));
  }

  void writeSummary(JobSummary summary) throws IOException {
    writeText(dir + "/_SUMMARY.json", summary.toJson());
  }

  private void writeText(String file, String text) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
    try (FSDataOutputStream out = fs.create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void table(String name, String ddl, JavaRDD<String> jsonRows) {
    StructType schema = StructType.fromDDL(ddl);
    spark.read().schema(schema).json(spark.createDataset(jsonRows.rdd(), Encoders.STRING()))
        .write().mode(SaveMode.ErrorIfExists).parquet(dir + "/" + name);
  }

  /** {@return one link per duplicate: an exact link wins over a near one, then the higher similarity (as the export)} */
  private static List<DuplicateLink> preferred(List<DuplicateLink> links) {
    HashMap<String, DuplicateLink> best = new HashMap<>();
    for (DuplicateLink l : links) {
      best.merge(l.article().value(), l, (a, b) -> {
        if (a.kind() != b.kind()) {
          return a.kind() == DuplicateLink.Kind.EXACT ? a : b;
        }
        return a.similarity() >= b.similarity() ? a : b;
      });
    }
    return new ArrayList<>(best.values());
  }

  /** Article rows ("A" + JSON) and quote rows ("Q" + JSON), written by {@link StoryJsonWriter}. */
  private static Iterator<String> articleRows(Iterator<String> docs, HashMap<String, String> duplicateOf,
      EntityView view) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    List<AnnotatedArticle> chunk = new ArrayList<>();
    while (docs.hasNext()) {
      chunk.add(ExchangeJson.article(docs.next()));
      if (chunk.size() == CHUNK || !docs.hasNext()) {
        List<DuplicateLink> links = new ArrayList<>();
        for (AnnotatedArticle doc : chunk) {
          String link = duplicateOf.get(doc.id().value());
          if (link != null) {
            links.add(ExchangeJson.duplicate(link));
          }
        }
        JsonNode written = export(mapper, chunk, links, Story.empty(), view);
        HashMap<String, String> texts = new HashMap<>();
        for (AnnotatedArticle doc : chunk) {
          texts.put(doc.id().value(), doc.text());
        }
        for (JsonNode a : written.get("articles")) {
          ObjectNode row = (ObjectNode) a;
          row.put("text", texts.get(row.get("id").asText()));
          out.add("A" + mapper.writeValueAsString(row));
        }
        for (JsonNode q : written.get("quotes")) {
          out.add("Q" + mapper.writeValueAsString(q));
        }
        chunk.clear();
      }
    }
    return out.iterator();
  }

  /** Entity, event or contradiction rows, written by {@link StoryJsonWriter}. */
  private static Iterator<String> storyRows(Iterator<String> records, String section) throws IOException {
    List<Entity> entities = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Contradiction> contradictions = new ArrayList<>();
    while (records.hasNext()) {
      String json = records.next();
      switch (section) {
        case "entities" -> entities.add(ExchangeJson.entity(json));
        case "events" -> events.add(ExchangeJson.event(json));
        default -> contradictions.add(ExchangeJson.contradiction(json));
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    JsonNode written = export(mapper, List.of(), List.of(), new Story(entities, events, contradictions),
        EntityView.identity());
    List<String> out = new ArrayList<>();
    for (JsonNode n : written.get(section)) {
      out.add(mapper.writeValueAsString(n));
    }
    return out.iterator();
  }

  private static JsonNode export(ObjectMapper mapper, List<AnnotatedArticle> docs, List<DuplicateLink> links,
      Story story, EntityView view) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = bytes) {
      new StoryJsonWriter().withPrettyPrint(false).withTimeExpressions(false)
          .write(out, docs, links, story, view::canonical);
    }
    return mapper.readTree(bytes.toByteArray());
  }

  private static Iterator<String> mentionRows(AnnotatedArticle doc, EntityView view) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      ObjectNode row = mapper.createObjectNode();
      row.put("article", doc.id().value());
      row.put("id", m.id().value());
      row.put("start", m.span().start());
      row.put("end", m.span().end());
      row.put("text", m.text());
      row.put("type", m.type().name().toLowerCase(Locale.ROOT));
      row.put("entity", m.entity() == null ? null : m.entity().value());
      row.put("canonical", m.entity() == null ? null : view.canonical(m.entity()).value());
      out.add(mapper.writeValueAsString(row));
    }
    return out.iterator();
  }

  private static Iterator<String> eventMentionRows(AnnotatedArticle doc, EntityView view) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (EventMention m : doc.events()) {
      ObjectNode row = mapper.createObjectNode();
      row.put("article", doc.id().value());
      row.put("id", m.id());
      row.put("sentence", m.sentence());
      row.put("start", m.trigger().start());
      row.put("end", m.trigger().end());
      row.put("trigger", m.trigger().fitsIn(doc.text().length()) ? m.trigger().coveredText(doc.text()) : null);
      row.put("frame", m.frame());
      row.put("plover", m.plover());
      row.put("mode", m.mode());
      row.put("cameo", m.cameo());
      row.put("status", m.status().json());
      actors(row.putArray("source"), m.sources(), view);
      actors(row.putArray("target"), m.targets(), view);
      row.put("location", m.location() == null ? null : m.location().text());
      row.put("when", m.when() == null ? null : m.when().timex());
      row.put("confidence", m.provenance().confidence());
      out.add(mapper.writeValueAsString(row));
    }
    return out.iterator();
  }

  private static void actors(ArrayNode into, List<ActorRef> actors, EntityView view) {
    for (ActorRef a : actors) {
      EntityId id = a.entity();
      into.add(id == null ? a.text() : view.canonical(id).value());
    }
  }

  private static String diagnosticRow(String article, Diagnostic d) throws IOException {
    ObjectNode row = new ObjectMapper().createObjectNode();
    row.put("article", article);
    row.put("code", d.code());
    row.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
    row.put("stage", d.stage());
    row.put("item", d.item());
    row.put("message", d.message());
    return new ObjectMapper().writeValueAsString(row);
  }
}
