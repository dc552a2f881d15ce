package org.storyline.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.storyline.engine.AnalyzeReport;
import org.storyline.engine.StorylineEngine;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Severity;
import org.storyline.store.StoryStore;

/**
 * {@code POST /api/articles}: receives uploads, keeps each raw document under {@code
 * <store>/uploads/<hash>/<name>} (streamed to disk while hashed, never held whole in memory), and
 * queues them to one writer thread, which runs {@link StorylineEngine#analyze} (whole pipeline,
 * one transaction per article, then the fused story rebuilt) one job at a time. The request
 * answers when its job is done, saying what was stored, skipped or recognised as a duplicate.
 *
 * <p>Content-addressed file names make re-sending a document a no-op (the engine sees the same
 * source and content, so the same article id), and keep the offset maps of stored articles
 * pointing at a file that exists. Bounded: at most {@value #MAX_PENDING} jobs wait, at most
 * {@value #MAX_UPLOADS_IN_FLIGHT} uploads are received at once (503 beyond). Thread-safe.
 */
final class ArticleWriter implements AutoCloseable {
  static final int MAX_PENDING = 16;
  static final int MAX_UPLOADS_IN_FLIGHT = 12;
  static final int MAX_JSON_ITEMS = 1000;
  static final int MAX_FILES = 100;
  private static final Set<String> JSON_FIELDS = Set.of("title", "text", "html", "url", "published");
  private static final List<String> EXTENSIONS = List.of(".warc.gz", ".txt", ".html", ".htm", ".jsonl", ".ndjson", ".warc");

  private final StoryStore store;
  private final Supplier<StorylineEngine> engineFactory;
  private final UpdateFeed feed;
  private final long maxUpload;
  private final Path uploads;
  private final Path incoming;
  private final ThreadPoolExecutor thread;
  private final Semaphore inFlight = new Semaphore(MAX_UPLOADS_IN_FLIGHT);
  private final CompletableFuture<StorylineEngine> engine = new CompletableFuture<>();

  ArticleWriter(StoryStore store, Supplier<StorylineEngine> engineFactory, UpdateFeed feed, long maxUpload) {
    this.store = store;
    this.engineFactory = engineFactory;
    this.feed = feed;
    this.maxUpload = maxUpload;
    this.uploads = store.file().getParent().resolve("uploads").toAbsolutePath().normalize();
    this.incoming = uploads.resolve("incoming");
    this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_PENDING), r -> {
      Thread t = new Thread(r, "storyline-writer");
      t.setDaemon(true);
      return t;
    });
  }

  /** Prepares the upload folder and makes the engine on the writer thread (models load there). */
  void start() throws IOException {
    Files.createDirectories(incoming);
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(incoming, "*.part")) {
      for (Path p : stale) {
        Files.deleteIfExists(p); // left by a server that died mid-upload
      }
    }
    thread.execute(() -> {
      try {
        engine.complete(engineFactory.get());
      } catch (RuntimeException | Error e) {
        engine.completeExceptionally(e);
      }
    });
  }

  void awaitEngine() throws InterruptedException {
    try {
      engine.get();
    } catch (ExecutionException e) {
      // reported to each upload
    }
  }

  /** Lets queued jobs finish (up to a minute), then stops the writer thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  // ---- receiving -----------------------------------------------------------------------------

  void upload(Request r) throws IOException {
    if (!inFlight.tryAcquire()) {
      throw new ApiException(503, "too many uploads in progress; try again shortly", "5");
    }
    List<Path> temps = new ArrayList<>();
    try {
      String type = r.mediaType();
      List<Path> staged;
      if (type.equals("application/json")) {
        staged = receiveJson(r, temps);
      } else if (type.equals("multipart/form-data")) {
        staged = receiveMultipart(r, temps);
      } else {
        staged = receiveRaw(r, temps);
      }
      if (staged.isEmpty()) {
        throw ApiException.badRequest("no article or file in the request");
      }
      r.sendJson(200, submit(staged));
    } finally {
      for (Path t : temps) {
        Files.deleteIfExists(t);
      }
      inFlight.release();
    }
  }

  private List<Path> receiveRaw(Request r, List<Path> temps) throws IOException {
    String name = r.param("filename");
    if (name == null) {
      String cd = r.header("Content-Disposition");
      java.util.regex.Matcher m = cd == null ? null
          : java.util.regex.Pattern.compile("(?i)filename=\"?([^\";]+)\"?").matcher(cd);
      name = m != null && m.find() ? m.group(1) : null;
    }
    if (name == null) {
      throw new ApiException(415, "send JSON (application/json), multipart/form-data, or a file with ?filename=NAME");
    }
    String safe = safeName(name);
    Path tmp = temp(temps);
    byte[] digest;
    try (InputStream in = r.body(maxUpload)) {
      digest = copyHashed(in, tmp);
    }
    return List.of(stage(tmp, safe, digest));
  }

  private List<Path> receiveMultipart(Request r, List<Path> temps) throws IOException {
    List<Path> staged = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Path> parts = new ArrayList<>();
    List<MessageDigest> digests = new ArrayList<>();
    try (InputStream in = r.body(maxUpload)) {
      new MultipartReader(in, r.header("Content-Type")).readAll(part -> {
        if (part.filename() == null || part.filename().isBlank()) {
          return null; // a plain form field: not an article
        }
        names.add(safeName(part.filename()));
        Path tmp = temp(temps);
        parts.add(tmp);
        MessageDigest md = sha256();
        digests.add(md);
        return new DigestOutputStream(Files.newOutputStream(tmp), md);
      }, MAX_FILES);
    }
    for (int i = 0; i < parts.size(); i++) {
      staged.add(stage(parts.get(i), names.get(i), digests.get(i).digest()));
    }
    return staged;
  }

  private List<Path> receiveJson(Request r, List<Path> temps) throws IOException {
    Path tmp = temp(temps);
    try (InputStream in = r.body(maxUpload)) {
      copyHashed(in, tmp);
    }
    List<ObjectNode> items = new ArrayList<>();
    try (JsonParser p = Json.MAPPER.getFactory().createParser(tmp.toFile())) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        items.add(item(p.readValueAsTree(), -1));
      } else if (first == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (items.size() >= MAX_JSON_ITEMS) {
            throw ApiException.badRequest("more than " + MAX_JSON_ITEMS + " articles in one request");
          }
          items.add(item(p.readValueAsTree(), items.size()));
        }
      } else {
        throw ApiException.badRequest("the JSON body must be an article object or an array of them");
      }
      if (p.nextToken() != null) {
        throw ApiException.badRequest("malformed JSON: content after the end of the value");
      }
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      throw ApiException.badRequest("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + (why.length() > 160 ? why.substring(0, 160) + "…" : why));
    }
    if (items.isEmpty()) {
      throw ApiException.badRequest("the JSON array holds no article");
    }
    List<Path> staged = new ArrayList<>();
    for (ObjectNode item : items) {
      byte[] line = (new String(Json.bytes(item), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
      Path t = temp(temps);
      Files.write(t, line);
      String title = item.path("title").asText("");
      staged.add(stage(t, slug(title) + ".jsonl", sha256().digest(line)));
    }
    return staged;
  }

  /** Checks one JSON article; {@return it as a JSONL record} */
  private static ObjectNode item(JsonNode node, int index) {
    String where = index < 0 ? "" : " (item " + index + ")";
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("each article must be a JSON object" + where);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!JSON_FIELDS.contains(f)) {
        throw ApiException.badRequest("unknown field" + where + "; allowed: title, text, html, url, published");
      }
    }
    ObjectNode out = Json.obj();
    for (String f : List.of("title", "url", "published", "text", "html")) {
      JsonNode v = node.get(f);
      if (v == null || v.isNull()) {
        continue;
      }
      if (!v.isTextual()) {
        throw ApiException.badRequest("field '" + f + "' must be a string" + where);
      }
      out.put(f, v.textValue());
    }
    boolean text = out.hasNonNull("text") && !out.get("text").textValue().isBlank();
    boolean html = out.hasNonNull("html") && !out.get("html").textValue().isBlank();
    if (text == html) {
      throw ApiException.badRequest("each article needs exactly one of 'text' or 'html'" + where);
    }
    if (out.has("url")) {
      String url = out.get("url").textValue();
      try {
        URI u = new URI(url);
        if (url.length() > 2000 || u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
          throw new URISyntaxException(url, "not an http(s) URL");
        }
      } catch (URISyntaxException e) {
        throw ApiException.badRequest("field 'url' must be an http(s) URL" + where);
      }
    }
    if (out.has("published") && out.get("published").textValue().length() > 100) {
      throw ApiException.badRequest("field 'published' is too long" + where);
    }
    if (out.has("title") && out.get("title").textValue().length() > 2000) {
      throw ApiException.badRequest("field 'title' is too long" + where);
    }
    return out;
  }

  // ---- staging -------------------------------------------------------------------------------

  private Path temp(List<Path> temps) throws IOException {
    Files.createDirectories(incoming);
    Path t = incoming.resolve(UUID.randomUUID() + ".part");
    temps.add(t);
    return t;
  }

  private static byte[] copyHashed(InputStream in, Path to) throws IOException {
    MessageDigest md = sha256();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(to), md)) {
      in.transferTo(out);
    }
    return md.digest();
  }

  /** Moves a received file to {@code uploads/<hash>/<name>}, or drops it when that file exists. */
  private Path stage(Path tmp, String name, byte[] digest) throws IOException {
    Path dir = uploads.resolve(HexFormat.of().formatHex(digest, 0, 8));
    Files.createDirectories(dir);
    Path target = dir.resolve(name).normalize();
    if (!target.getParent().equals(dir)) {
      throw ApiException.badRequest("invalid file name");
    }
    if (Files.exists(target)) {
      Files.deleteIfExists(tmp);
      return target;
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(tmp); // the same document arrived twice at once
    }
    return target;
  }

  /**
   * {@return the last segment of a client's file name made safe: letters, digits, ".", "-", "_"}
   *
   * @throws ApiException 415 when the extension is not a readable format
   */
  static String safeName(String name) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1).strip();
    String lower = last.toLowerCase(Locale.ROOT);
    String ext = EXTENSIONS.stream().filter(lower::endsWith).findFirst()
        .orElseThrow(() -> new ApiException(415, "unsupported file type; send .txt, .html, .htm, .jsonl, .ndjson, .warc or .warc.gz"));
    String stem = last.substring(0, last.length() - ext.length()).replaceAll("[^A-Za-z0-9._-]+", "_")
        .replaceAll("^[._]+", "");
    if (stem.length() > 100) {
      stem = stem.substring(0, 100);
    }
    return (stem.isEmpty() ? "upload" : stem) + ext;
  }

  private static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 40) {
      s = s.substring(0, 40).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "article" : s;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  // ---- the writer job --------------------------------------------------------------------------

  private ObjectNode submit(List<Path> staged) throws IOException {
    Future<ObjectNode> job;
    try {
      job = thread.submit(() -> run(staged));
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "the write queue is full; try again shortly", "10");
    }
    try {
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ApiException) {
        throw (ApiException) cause;
      }
      throw new ApiException(500, "analysis failed: " + cause.getClass().getSimpleName());
    }
  }

  /** Runs on the writer thread: one analysis at a time. */
  private ObjectNode run(List<Path> staged) throws InterruptedException {
    StorylineEngine e;
    try {
      e = engine.get();
    } catch (ExecutionException ex) {
      throw new ApiException(503, "the analysis engine could not be started: " + ex.getCause().getMessage());
    }
    Outcomes outcomes = new Outcomes();
    AnalyzeReport report = e.analyze(staged, outcomes);
    if (report.stored() > 0) {
      feed.bump();
    }
    return outcomes.json(report, store.duplicates());
  }

  /** What happened to each item of one job, as the engine reports it (from several threads). */
  private final class Outcomes implements StorylineEngine.Listener {
    final List<Article> stored = Collections.synchronizedList(new ArrayList<>());
    final List<Article> already = Collections.synchronizedList(new ArrayList<>());
    final List<Diagnostic> skipped = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void progress(long analysed, long read, long skippedCount) {}

    @Override
    public void stored(Article article) {
      stored.add(article);
    }

    @Override
    public void alreadyStored(Article article) {
      already.add(article);
    }

    @Override
    public void failed(Article article, Diagnostic why) {
      skipped.add(why);
    }

    @Override
    public void skipped(Diagnostic why) {
      skipped.add(why);
    }

    ObjectNode json(AnalyzeReport report, List<DuplicateLink> links) {
      ObjectNode o = Json.obj();
      ArrayNode storedArray = o.putArray("stored");
      ArrayNode dups = o.putArray("duplicates");
      Set<ArticleId> storedIds = new HashSet<>();
      synchronized (stored) {
        stored.forEach(a -> storedIds.add(a.id()));
        for (Article a : stored) {
          storedArray.add(item(a));
          for (DuplicateLink link : links) {
            ArticleId other = link.article().equals(a.id()) ? link.original()
                : link.original().equals(a.id()) && !storedIds.contains(link.article()) ? link.article() : null;
            if (other != null) {
              ObjectNode d = item(a);
              d.put("kind", link.kind().name().toLowerCase(Locale.ROOT));
              d.put("of", other.value());
              d.put("similarity", link.similarity());
              dups.add(d);
              break;
            }
          }
        }
      }
      synchronized (already) {
        for (Article a : already) {
          ObjectNode d = item(a);
          d.put("kind", "already-stored");
          d.put("of", a.id().value());
          d.putNull("similarity");
          dups.add(d);
        }
      }
      ArrayNode skippedArray = o.putArray("skipped");
      synchronized (skipped) {
        for (Diagnostic d : skipped) {
          ObjectNode x = skippedArray.addObject();
          x.put("item", display(d.item()));
          x.put("code", d.code());
          x.put("reason", d.message());
        }
      }
      ArrayNode warnings = o.putArray("warnings");
      for (Diagnostic d : report.diagnostics()) {
        if (d.severity() == Severity.WARNING && d.stage().equals("ingest") && warnings.size() < 100) {
          ObjectNode x = warnings.addObject();
          x.put("item", display(d.item()));
          x.put("code", d.code());
          x.put("message", d.message());
        }
      }
      ObjectNode status = o.putObject("status");
      status.put("version", feed.version());
      status.put("articles", store.articleIds().size());
      status.put("events", report.events());
      status.put("entities", report.entities());
      status.put("contradictions", report.contradictions());
      return o;
    }

    private ObjectNode item(Article a) {
      ObjectNode x = Json.obj();
      x.put("id", a.id().value());
      x.put("title", a.title());
      x.put("source", display(a.source()));
      return x;
    }
  }

  /** {@return an item or source without the upload folder: "name.html", "name.jsonl#line-2"} */
  String display(String item) {
    String root = uploads.toString() + java.io.File.separator;
    if (item.startsWith(root)) {
      String rest = item.substring(root.length());
      int slash = rest.indexOf(java.io.File.separatorChar);
      return slash >= 0 ? rest.substring(slash + 1) : rest;
    }
    return StoryApi.displaySource(item);
  }
}
