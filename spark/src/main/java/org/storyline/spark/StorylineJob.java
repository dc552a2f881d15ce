package org.storyline.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storyline.engine.Engine;
import org.storyline.exchange.ExchangeJson;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.ingest.Ingestor;
import org.storyline.ingest.dedup.DuplicateDetector;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.RoleMention;
import org.storyline.model.Severity;
import scala.Tuple2;

/**
 * The Storyline job on Spark: the embedded engine's stages, distributed. Steps (each a Spark
 * stage; see the package documentation for why the result equals {@code storyline analyze}):
 *
 * <ol>
 *   <li>ingest: every input file is read by the core's ingest code on an executor, streamed;
 *   <li>articles met twice (same id) are kept once;
 *   <li>analysis: the per-article pipeline in {@code mapPartitions}, loaded once per executor JVM
 *       ({@link PipelineHolder}); a failing article becomes an E701 row;
 *   <li>duplicates: LSH candidate keys, verified pairs, groups, links ({@link DuplicateBlocking});
 *   <li>entities: components by name keys, one resolver call per component ({@link EntityBlocking});
 *   <li>events and their contradictions: one fuser call per fusion component ({@link
 *       FusionBlocking}, {@link ComponentFusion});
 *   <li>role anachronisms: one finder call per group of articles naming a "former" office holder;
 *   <li>output: Parquet tables, the exchange files for {@code storyline import}, {@code _SUMMARY.json}
 *       ({@link JobOutput}).
 * </ol>
 *
 * The driver holds only small things: the list of inputs, the verified duplicate edges, the keys
 * of distinct entity ids and of fusion blocks, the canonical entities, and counts.
 */
public final class StorylineJob {
  private final SparkSession spark;
  private final JavaSparkContext sc;
  private final Engine engine;

  /** A job on the given session with the default language-analysis engine. */
  public StorylineJob(SparkSession spark) {
    this(spark, Engine.DEFAULT);
  }

  /** A job on the given session whose executors analyse with {@code engine}. */
  public StorylineJob(SparkSession spark, Engine engine) {
    if (engine == null) {
      throw new IllegalArgumentException("engine required");
    }
    this.spark = spark;
    this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.engine = engine;
  }

  /**
   * Analyses every input into the output directory.
   *
   * @param inputs files, directories (read recursively) or glob patterns, as Hadoop paths
   *     ({@code s3a://bucket/CC-NEWS-*.warc.gz}, {@code /data/feeds}, {@code file:///tmp/x.jsonl})
   * @param output a directory that must not exist yet
   * @param partitions how many partitions the analysis and fusion steps use
   * @return what the job did, also written as {@code _SUMMARY.json}
   */
  public JobSummary run(List<String> inputs, String output, int partitions) throws IOException {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
    }
    long start = System.nanoTime();
    Map<String, Double> seconds = new LinkedHashMap<>();
    sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    List<Diagnostic> driverDiagnostics = new ArrayList<>();
    List<String> existing = existingInputs(inputs, driverDiagnostics);

    // 1-2. ingest, one id once
    long t = System.nanoTime();
    JavaRDD<Item> ingested = existing.isEmpty()
        ? sc.emptyRDD()
        : sc.binaryFiles(String.join(",", existing), partitions).mapPartitions(StorylineJob::ingest);
    ingested = ingested.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Item> runDiagnostics = ingested.filter(i -> !i.isArticle());
    JavaPairRDD<String, String> articles = ingested.filter(Item::isArticle)
        .mapToPair(i -> new Tuple2<>(i.key(), i.json()));
    long read = articles.count();
    JavaPairRDD<String, String> unique = articles.reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, partitions);

    // 3. analysis
    Engine analysis = engine; // an enum constant travels in the closure, not this job
    JavaRDD<Item> analysed = unique.values().mapPartitions(part -> analyse(part, analysis))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<String> docs = analysed.filter(Item::isArticle).map(Item::json).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Item> failures = analysed.filter(i -> !i.isArticle());
    long stored = docs.count();
    seconds.put("ingest+analyse", secondsSince(t));

    // 4. duplicates
    t = System.nanoTime();
    List<DuplicateLink> links = duplicates(docs);
    Map<String, String> groupOf = new HashMap<>();
    for (Map.Entry<ArticleId, ArticleId> e : DecomposedStory.duplicateGroups(links).entrySet()) {
      groupOf.put(e.getKey().value(), e.getValue().value());
    }
    Broadcast<HashMap<String, String>> groups = sc.broadcast(new HashMap<>(groupOf));
    seconds.put("duplicates", secondsSince(t));

    // 5. entities
    t = System.nanoTime();
    List<Diagnostic> fusionDiagnostics = Collections.synchronizedList(new ArrayList<>());
    EntityResolution resolution = entities(docs, fusionDiagnostics);
    Broadcast<SharedView> view = sc.broadcast(new SharedView(resolution.entities(), resolution.canonicalOf()));
    seconds.put("entities", secondsSince(t));

    // 6. events and their contradictions
    t = System.nanoTime();
    ArrayList<String> linkJson = new ArrayList<>();
    for (DuplicateLink l : links) {
      linkJson.add(ExchangeJson.write(l));
    }
    Broadcast<ArrayList<String>> allLinks = sc.broadcast(linkJson);
    JavaRDD<Item> fused = fuse(docs, view, groups, allLinks, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<String> events = fused.filter(i -> i.kind().equals(EVENT)).map(Item::json);
    List<Diagnostic> collisions = collisions(events);

    // 7. role anachronisms
    JavaRDD<Item> roles = roleAnachronisms(docs, events, view, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<String> contradictions = fused.filter(i -> i.kind().equals(CONTRADICTION)).map(Item::json)
        .union(roles.filter(i -> i.kind().equals(CONTRADICTION)).map(Item::json));
    JavaRDD<Item> componentFailures = fused.filter(i -> i.kind().equals(Item.DIAGNOSTIC))
        .union(roles.filter(i -> i.kind().equals(Item.DIAGNOSTIC)));
    long eventCount = events.count();
    long contradictionCount = contradictions.count();
    seconds.put("fusion", secondsSince(t));

    // 8. output
    t = System.nanoTime();
    List<Diagnostic> driverLevel = new ArrayList<>(driverDiagnostics);
    driverLevel.addAll(fusionDiagnostics);
    driverLevel.addAll(collisions);
    List<String> driverJson = new ArrayList<>();
    for (Diagnostic d : driverLevel) {
      driverJson.add(ExchangeJson.write(d));
    }
    JavaRDD<String> allRunDiagnostics = runDiagnostics.union(failures).union(componentFailures).map(Item::json)
        .union(sc.parallelize(driverJson, 1)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Diagnostic> runLevel = new ArrayList<>();
    for (String json : allRunDiagnostics.collect()) {
      runLevel.add(ExchangeJson.diagnostic(json));
    }
    JobOutput out = new JobOutput(spark, output);
    out.write(docs, links, resolution, view, groups, events, contradictions, allRunDiagnostics);
    seconds.put("output", secondsSince(t));

    long failed = failures.count();
    JobSummary summary = JobSummary.of(read, read - unique.count(), stored, failed, runLevel, links.size(),
        resolution.entities().size(), eventCount, contradictionCount, partitions, secondsSince(start), seconds);
    out.writeSummary(summary);
    ingested.unpersist();
    analysed.unpersist();
    docs.unpersist();
    fused.unpersist();
    roles.unpersist();
    allRunDiagnostics.unpersist();
    return summary;
  }

  static final String EVENT = "event";
  static final String CONTRADICTION = "contradiction";

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  // ------------------------------------------------------------------ 1. inputs

  /** {@return the inputs that match at least one file; W701 for the others} */
  private List<String> existingInputs(List<String> inputs, List<Diagnostic> diagnostics) throws IOException {
    Configuration conf = sc.hadoopConfiguration();
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        diagnostics.add(JobCode.W701.at(input, "matches no file"));
      } else {
        out.add(input);
      }
    }
    return out;
  }

  /** The file name as the embedded CLI would name it: a local file by its absolute path, else its URI. */
  static String itemName(String hadoopPath) {
    if (hadoopPath.startsWith("file:")) {
      return Path.of(URI.create(hadoopPath)).toAbsolutePath().normalize().toString();
    }
    return hadoopPath;
  }

  private static Iterator<Item> ingest(Iterator<Tuple2<String, PortableDataStream>> files) {
    Ingestor ingestor = new Ingestor();
    return new Iterator<>() {
      private Iterator<Item> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!files.hasNext()) {
            return false;
          }
          current = open(ingestor, files.next());
        }
        return true;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<Item> open(Ingestor ingestor, Tuple2<String, PortableDataStream> file) {
    String item = itemName(file._1());
    try {
      InputStream in = new BufferedInputStream(file._2().open(), 1 << 16);
      in.mark(1);
      // an empty file is told apart here, as the file walker does before choosing a reader
      long size = in.read() < 0 ? 0 : -1;
      in.reset();
      return new IngestIterator(ingestor, item, size, in);
    } catch (IOException | RuntimeException e) {
      return List.of(Item.of(JobCode.E702.at(item, "cannot open: " + JobCode.describe(e)))).iterator();
    }
  }

  // ------------------------------------------------------------------ 3. analysis

  private static Iterator<Item> analyse(Iterator<String> articles, Engine engine) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Item next() {
        String json = articles.next();
        Article article = ExchangeJson.read(json, Article.class);
        try {
          AnnotatedArticle doc = PipelineHolder.get(engine).apply(AnnotatedArticle.of(article));
          return new Item(Item.ARTICLE, doc.id().value(), ExchangeJson.write(doc));
        } catch (Throwable e) { // a stage bug or an article too big for memory: one row, not a failed job
          return Item.of(JobCode.E701.at(article.source(), "analysis of article " + article.id() + " failed: "
              + JobCode.describe(e)));
        }
      }
    };
  }

  // ------------------------------------------------------------------ 4. duplicates

  private List<DuplicateLink> duplicates(JavaRDD<String> docs) {
    JavaRDD<DuplicateBlocking.Print> prints = docs
        .map(json -> DuplicateBlocking.Print.of(ExchangeJson.article(json).article()))
        .filter(p -> !p.isEmpty())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<String, String> exactEdges = prints
        .flatMapToPair(p -> p.exactKeys().stream().map(k -> new Tuple2<>(k, p.id())).iterator())
        .groupByKey()
        .flatMapToPair(g -> DuplicateBlocking.star(list(g._2())).stream()
            .map(e -> new Tuple2<>(e[0], e[1])).iterator());
    JavaPairRDD<String, String> candidates = prints
        .flatMapToPair(p -> p.bandKeys().stream().map(k -> new Tuple2<>(k, p.id())).iterator())
        .groupByKey()
        .flatMapToPair(g -> DuplicateBlocking.bucketPairs(list(g._2())).stream()
            .map(e -> new Tuple2<>(e[0], e[1])).iterator())
        .distinct();
    JavaPairRDD<String, DuplicateBlocking.Print> byId = prints.mapToPair(p -> new Tuple2<>(p.id(), p));
    JavaPairRDD<String, String> verified = candidates.join(byId)
        .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
        .join(byId)
        .filter(x -> DuplicateBlocking.verified(new DuplicateDetector(), x._2()._1(), x._2()._2()))
        .mapToPair(x -> new Tuple2<>(x._2()._1().id(), x._1()));
    UnionFind uf = new UnionFind();
    for (Tuple2<String, String> edge : exactEdges.union(verified).collect()) {
      uf.union(edge._1(), edge._2());
    }
    prints.unpersist();
    Map<String, String> roots = uf.roots();
    if (roots.isEmpty()) {
      return List.of();
    }
    Broadcast<HashMap<String, String>> groupOf = sc.broadcast(new HashMap<>(roots));
    List<DuplicateLink> links = new ArrayList<>();
    for (String json : docs
        .mapToPair(d -> {
          Article a = ExchangeJson.article(d).article();
          return new Tuple2<>(groupOf.value().getOrDefault(a.id().value(), ""), ExchangeJson.write(a));
        })
        .filter(x -> !x._1().isEmpty())
        .groupByKey()
        .flatMap(g -> {
          List<Article> group = new ArrayList<>();
          for (String a : g._2()) {
            group.add(ExchangeJson.read(a, Article.class));
          }
          return DuplicateBlocking.links(group).stream().map(ExchangeJson::write).iterator();
        })
        .collect()) {
      links.add(ExchangeJson.duplicate(json));
    }
    links.sort(java.util.Comparator.comparing(DuplicateLink::article).thenComparing(DuplicateLink::original));
    return links;
  }

  private static <T> List<T> list(Iterable<T> values) {
    List<T> out = new ArrayList<>();
    values.forEach(out::add);
    return out;
  }

  // ------------------------------------------------------------------ 5. entities

  private EntityResolution entities(JavaRDD<String> docs, List<Diagnostic> diagnostics) {
    JavaPairRDD<String, String> forms = docs.flatMapToPair(json -> {
      AnnotatedArticle doc = ExchangeJson.article(json);
      Set<Tuple2<String, String>> out = new java.util.HashSet<>();
      for (Mention m : doc.mentions()) {
        if (m.entity() != null) {
          out.add(new Tuple2<>(m.entity().value(), m.type().name() + "\t" + m.text()));
        }
      }
      for (RoleMention r : doc.roles()) {
        out.add(new Tuple2<>(r.entity().value(), ""));
      }
      return out.iterator();
    }).distinct();
    List<Tuple2<String, List<String>>> keyed = forms.groupByKey().mapPartitions(ids -> {
      EntityBlocking blocking = new EntityBlocking();
      List<Tuple2<String, List<String>>> out = new ArrayList<>();
      while (ids.hasNext()) {
        Tuple2<String, Iterable<String>> id = ids.next();
        Set<EntityBlocking.Form> set = new java.util.HashSet<>();
        for (String f : id._2()) {
          if (!f.isEmpty()) {
            int tab = f.indexOf('\t');
            set.add(new EntityBlocking.Form(f.substring(tab + 1),
                org.storyline.model.EntityType.valueOf(f.substring(0, tab))));
          }
        }
        out.add(new Tuple2<>(id._1(), new ArrayList<>(blocking.keys(EntityId.of(id._1()), set))));
      }
      return out.iterator();
    }).collect();
    UnionFind uf = new UnionFind();
    for (Tuple2<String, List<String>> id : keyed) {
      for (String k : id._2()) {
        uf.union(id._2().get(0), k);
      }
    }
    HashMap<String, String> componentOf = new HashMap<>();
    for (Tuple2<String, List<String>> id : keyed) {
      componentOf.put(id._1(), uf.find(id._2().get(0)));
    }
    Broadcast<HashMap<String, String>> components = sc.broadcast(componentOf);
    List<Tuple2<String, String>> resolved = docs.flatMapToPair(json -> {
      AnnotatedArticle doc = ExchangeJson.article(json);
      Map<EntityId, String> of = new HashMap<>();
      for (Mention m : doc.mentions()) {
        if (m.entity() != null) {
          of.put(m.entity(), components.value().get(m.entity().value()));
        }
      }
      for (RoleMention r : doc.roles()) {
        of.put(r.entity(), components.value().get(r.entity().value()));
      }
      List<Tuple2<String, String>> out = new ArrayList<>();
      EntityBlocking.byComponent(doc, of).forEach((c, slim) -> out.add(new Tuple2<>(c, ExchangeJson.write(slim))));
      return out.iterator();
    }).groupByKey().mapPartitions(parts -> {
      EntityBlocking blocking = new EntityBlocking();
      List<Tuple2<String, String>> out = new ArrayList<>();
      while (parts.hasNext()) {
        Tuple2<String, Iterable<String>> part = parts.next();
        try {
          List<AnnotatedArticle> slim = new ArrayList<>();
          for (String s : part._2()) {
            slim.add(ExchangeJson.article(s));
          }
          EntityResolution r = blocking.resolve(slim);
          for (Entity e : r.entities()) {
            out.add(new Tuple2<>("e", ExchangeJson.write(e)));
          }
          r.canonicalOf().forEach((k, v) -> out.add(new Tuple2<>("c", k.value() + "\t" + v.value())));
        } catch (RuntimeException e) {
          out.add(new Tuple2<>("d", ExchangeJson.write(JobCode.E703.at(part._1(),
              "entity resolution of this component failed: " + JobCode.describe(e)))));
        }
      }
      return out.iterator();
    }).collect();
    List<Entity> entities = new ArrayList<>();
    Map<EntityId, EntityId> canonical = new TreeMap<>();
    for (Tuple2<String, String> r : resolved) {
      switch (r._1()) {
        case "e" -> entities.add(ExchangeJson.entity(r._2()));
        case "c" -> {
          int tab = r._2().indexOf('\t');
          canonical.put(EntityId.of(r._2().substring(0, tab)), EntityId.of(r._2().substring(tab + 1)));
        }
        default -> diagnostics.add(ExchangeJson.diagnostic(r._2()));
      }
    }
    return new EntityResolution(entities, canonical);
  }

  // ------------------------------------------------------------------ 6. fusion

  private JavaRDD<Item> fuse(JavaRDD<String> docs, Broadcast<SharedView> view, Broadcast<HashMap<String, String>> groups,
      Broadcast<ArrayList<String>> links, int partitions) {
    // nodes (article, family) and their keys; the key graph's components are found on the driver
    JavaRDD<Tuple2<String, List<String>>> nodes = docs.mapPartitions(it -> {
      FusionBlocking blocking = new FusionBlocking();
      List<Tuple2<String, List<String>>> out = new ArrayList<>();
      while (it.hasNext()) {
        AnnotatedArticle doc = ExchangeJson.article(it.next());
        String group = groups.value().get(doc.id().value());
        Map<String, Set<String>> keys = blocking.nodeKeys(doc, view.value().view(), group == null ? null : ArticleId.of(group));
        keys.forEach((family, k) -> out.add(new Tuple2<>(doc.id().value() + "\t" + family, new ArrayList<>(k))));
      }
      return out.iterator();
    });
    UnionFind uf = new UnionFind();
    for (Tuple2<String, String> edge : nodes
        .flatMapToPair(n -> {
          List<Tuple2<String, String>> out = new ArrayList<>();
          for (int i = 1; i < n._2().size(); i++) {
            out.add(new Tuple2<>(n._2().get(0), n._2().get(i)));
          }
          return out.iterator();
        })
        .distinct()
        .collect()) {
      uf.union(edge._1(), edge._2());
    }
    Broadcast<HashMap<String, String>> roots = sc.broadcast(new HashMap<>(uf.roots()));
    return docs.mapPartitionsToPair(it -> {
      FusionBlocking blocking = new FusionBlocking();
      List<Tuple2<String, String>> out = new ArrayList<>();
      while (it.hasNext()) {
        AnnotatedArticle doc = ExchangeJson.article(it.next());
        String group = groups.value().get(doc.id().value());
        blocking.nodeKeys(doc, view.value().view(), group == null ? null : ArticleId.of(group)).forEach((family, keys) -> {
          String component = keys.isEmpty()
              ? FusionBlocking.soleComponent(doc.id(), family)
              : roots.value().getOrDefault(keys.iterator().next(), keys.iterator().next());
          out.add(new Tuple2<>(component, ExchangeJson.write(blocking.forFamily(doc, family))));
        });
      }
      return out.iterator();
    }).groupByKey(partitions).mapPartitions(components -> {
      ComponentFusion fusion = new ComponentFusion();
      List<DuplicateLink> all = new ArrayList<>();
      for (String l : links.value()) {
        all.add(ExchangeJson.duplicate(l));
      }
      EntityView entities = view.value().view();
      List<Item> out = new ArrayList<>();
      while (components.hasNext()) {
        Tuple2<String, Iterable<String>> component = components.next();
        try {
          List<AnnotatedArticle> members = new ArrayList<>();
          for (String s : component._2()) {
            members.add(ExchangeJson.article(s));
          }
          ComponentFusion.Fused fused = fusion.fuse(members, all, entities);
          for (Event e : fused.events()) {
            out.add(new Item(EVENT, e.id().value(), ExchangeJson.write(e)));
          }
          for (Contradiction c : fused.contradictions()) {
            out.add(new Item(CONTRADICTION, c.subject(), ExchangeJson.write(c)));
          }
        } catch (RuntimeException | StackOverflowError e) {
          out.add(Item.of(JobCode.E704.at(component._1(), "fusion of this component failed: " + JobCode.describe(e))));
        }
      }
      return out.iterator();
    });
  }

  /** {@return W702 for every event id two components produced} */
  private static List<Diagnostic> collisions(JavaRDD<String> events) {
    List<Diagnostic> out = new ArrayList<>();
    for (Tuple2<String, Integer> id : events
        .mapToPair(json -> new Tuple2<>(ExchangeJson.event(json).id().value(), 1))
        .reduceByKey(Integer::sum)
        .filter(x -> x._2() > 1)
        .collect()) {
      out.add(JobCode.W702.at(id._1(), id._2() + " events of different components have this id"));
    }
    return out;
  }

  // ------------------------------------------------------------------ 7. role anachronisms

  private JavaRDD<Item> roleAnachronisms(JavaRDD<String> docs, JavaRDD<String> events, Broadcast<SharedView> view,
      int partitions) {
    List<String> former = docs.mapPartitions(it -> {
      ComponentFusion fusion = new ComponentFusion();
      Set<String> out = new TreeSet<>();
      while (it.hasNext()) {
        for (EntityId id : fusion.formerHolders(ExchangeJson.article(it.next()), view.value().view())) {
          out.add(id.value());
        }
      }
      return out.iterator();
    }).distinct().collect();
    if (former.isEmpty()) {
      return sc.emptyRDD();
    }
    Broadcast<HashMap<String, String>> subjects = sc.broadcast(subjectsOf(former, view.value().view()));
    JavaPairRDD<String, String> subjectOfArticle = docs.flatMapToPair(json -> {
      AnnotatedArticle doc = ExchangeJson.article(json);
      Set<String> s = new TreeSet<>();
      for (EntityId id : ComponentFusion.named(doc, view.value().view())) {
        String subject = subjects.value().get(id.value());
        if (subject != null) {
          s.add(subject);
        }
      }
      return s.stream().map(x -> new Tuple2<>(doc.id().value(), x)).iterator();
    });
    JavaPairRDD<String, String> docsBySubject = docs
        .mapToPair(json -> {
          AnnotatedArticle doc = ExchangeJson.article(json);
          return new Tuple2<>(doc.id().value(), ExchangeJson.write(FusionBlocking.forFusion(doc)));
        })
        .join(subjectOfArticle)
        .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()));
    JavaPairRDD<String, String> eventsBySubject = events
        .flatMapToPair(json -> {
          Event e = ExchangeJson.event(json);
          Set<String> cited = new TreeSet<>();
          for (Citation c : e.mentions()) {
            cited.add(c.article().value());
          }
          return cited.stream().map(a -> new Tuple2<>(a, json)).iterator();
        })
        .join(subjectOfArticle)
        .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()))
        .distinct();
    return docsBySubject.cogroup(eventsBySubject, partitions).mapPartitions(groups -> {
      ComponentFusion fusion = new ComponentFusion();
      EntityView entities = view.value().view();
      List<Item> out = new ArrayList<>();
      while (groups.hasNext()) {
        Tuple2<String, Tuple2<Iterable<String>, Iterable<String>>> g = groups.next();
        try {
          List<AnnotatedArticle> members = new ArrayList<>();
          for (String s : g._2()._1()) {
            members.add(ExchangeJson.article(s));
          }
          Map<String, Event> cited = new TreeMap<>();
          for (String s : g._2()._2()) {
            Event e = ExchangeJson.event(s);
            cited.put(e.id().value(), e);
          }
          for (Contradiction c : fusion.roleAnachronisms(g._1(), members, new ArrayList<>(cited.values()), entities)) {
            out.add(new Item(CONTRADICTION, c.subject(), ExchangeJson.write(c)));
          }
        } catch (RuntimeException | StackOverflowError e) {
          out.add(Item.of(JobCode.E705.at(g._1(), "role rules of this group failed: " + JobCode.describe(e))));
        }
      }
      return out.iterator();
    });
  }

  private static HashMap<String, String> subjectsOf(List<String> former, EntityView view) {
    HashMap<String, String> out = new HashMap<>();
    for (String id : former) {
      out.put(id, ComponentFusion.roleSubject(EntityId.of(id), view));
    }
    return out;
  }

  static boolean isError(Diagnostic d) {
    return d.severity() == Severity.ERROR;
  }
}
