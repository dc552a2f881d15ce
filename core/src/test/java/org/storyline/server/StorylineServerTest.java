package org.storyline.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over a store holding the five example articles, analysed by the light pipeline. */
class StorylineServerTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir static Path storeDir;
  static ServerFixture f;
  static List<JsonNode> seedUploads = new ArrayList<>();

  @BeforeAll
  static void uploadSeeds() throws Exception {
    f = new ServerFixture(storeDir);
    try (var files = Files.list(EXAMPLES)) {
      for (Path p : files.sorted().toList()) {
        HttpResponse<String> r = f.post("/api/articles?filename=" + p.getFileName(), "text/plain", Files.readAllBytes(p));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        seedUploads.add(ServerFixture.json(r));
      }
    }
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  // ---- uploads ----------------------------------------------------------------------------------

  @Test
  void eachSeedUploadSaysWhatWasStoredAndTheStoryGrows() {
    assertThat(seedUploads).hasSize(5);
    for (JsonNode u : seedUploads) {
      assertThat(u.get("stored")).hasSize(1);
      assertThat(u.get("stored").get(0).get("source").asText()).matches("00\\d_[0-9a-f]+\\.txt");
      assertThat(u.get("skipped")).isEmpty();
    }
    assertThat(seedUploads.get(4).get("status").get("articles").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(seedUploads.get(4).get("status").get("events").asInt()).isGreaterThan(0);
  }

  @Test
  void sendingTheSameFileAgainIsRecognisedAndStoresNothing() throws Exception {
    Path p = EXAMPLES.resolve("002_3f0cc6531bcb269c.txt");
    JsonNode again = ServerFixture.json(f.post("/api/articles?filename=" + p.getFileName(), "text/plain", Files.readAllBytes(p)));
    assertThat(again.get("stored")).isEmpty();
    assertThat(again.get("duplicates").get(0).get("kind").asText()).isEqualTo("already-stored");
    assertThat(again.get("duplicates").get(0).get("of").asText()).isEqualTo(seedUploads.get(2).get("stored").get(0).get("id").asText());
  }

  @Test
  void aJsonArticleIsStoredAndItsCopyUnderAnotherTitleIsAnExactDuplicate() throws Exception {
    String text = "Kyiv, 3 March 2025. Sergei Lavrov met Marco Rubio in Riyadh on Monday to discuss a ceasefire.";
    JsonNode one = ServerFixture.json(f.postJson("{\"title\":\"Lavrov meets Rubio\",\"text\":\"" + text
        + "\",\"url\":\"https://example.org/lavrov\",\"published\":\"2025-03-03\"}"));
    assertThat(one.get("stored")).hasSize(1);
    String id = one.get("stored").get(0).get("id").asText();
    JsonNode article = f.getJson("/api/articles/" + id);
    assertThat(article.get("text").asText()).contains("Sergei Lavrov met Marco Rubio");
    assertThat(article.get("published").get("date").asText()).isEqualTo("2025-03-03");
    assertThat(article.get("url").asText()).isEqualTo("https://example.org/lavrov");

    JsonNode copy = ServerFixture.json(f.postJson("[{\"title\":\"Copy\",\"text\":\"" + text + "\"}]"));
    assertThat(copy.get("stored")).hasSize(1);
    JsonNode dup = copy.get("duplicates").get(0);
    assertThat(dup.get("kind").asText()).isEqualTo("exact");
    assertThat(dup.get("of").asText()).isEqualTo(id);
  }

  @Test
  void aMultipartUploadStoresEachFileAndReportsAnUnreadableOneWithItsCode() throws Exception {
    String boundary = "----storyline-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "a.txt", "Talks in Geneva\n\nGeneva, 4 April 2025. Negotiators from both sides met in Geneva.".getBytes(UTF_8));
    part(body, boundary, "b.html", "<html><head><title>Envoy visits Kyiv</title></head><body><article><p>Kyiv, 5 April 2025. The envoy visited Kyiv and held talks with officials about prisoner exchanges.</p></article></body></html>".getBytes(UTF_8));
    part(body, boundary, "c.txt", new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0});
    body.write(("--" + boundary + "--\r\n").getBytes(UTF_8));
    HttpResponse<String> r = f.post("/api/articles", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode u = ServerFixture.json(r);
    assertThat(u.get("stored")).extracting(n -> n.get("source").asText()).containsExactlyInAnyOrder("a.txt", "b.html");
    assertThat(u.get("skipped")).hasSize(1);
    assertThat(u.get("skipped").get(0).get("item").asText()).isEqualTo("c.txt");
    assertThat(u.get("skipped").get(0).get("code").asText()).isEqualTo("E103");
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, byte[] content) throws Exception {
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(UTF_8));
  }

  @Test
  void badJsonBodiesAre400WithAJsonError() throws Exception {
    for (String bad : List.of("{\"title\": \"x\", \"text\": ", "[1, 2]", "{\"text\": 42}", "{\"title\": \"no text\"}",
        "{\"text\": \"a\", \"html\": \"<p>b</p>\"}", "{\"text\": \"a\", \"evil\": \"<script>\"}", "\"just a string\"",
        "{\"text\": \"a\", \"url\": \"javascript:alert(1)\"}", "[]", "{\"text\":\"a\"} {\"text\":\"b\"}")) {
      HttpResponse<String> r = f.postJson(bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      JsonNode e = ServerFixture.json(r);
      assertThat(e.get("status").asInt()).isEqualTo(400);
      assertThat(e.get("error").asText()).isEqualTo("Bad Request");
      assertThat(e.get("message").asText()).isNotBlank().doesNotContain("<script>");
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }
  }

  @Test
  void aFileOfAnUnknownTypeIs415AndARawBodyWithoutANameToo() throws Exception {
    assertThat(f.post("/api/articles?filename=evil.exe", "application/octet-stream", new byte[] {1, 2}).statusCode()).isEqualTo(415);
    assertThat(f.post("/api/articles", "application/octet-stream", new byte[] {1, 2}).statusCode()).isEqualTo(415);
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutContentLength(@TempDir Path dir) throws Exception {
    try (ServerFixture small = new ServerFixture(dir, LightPipeline.create(),
        ServerOptions.defaults().withMaxUploadBytes(64 * 1024))) {
      byte[] big = new byte[200 * 1024];
      java.util.Arrays.fill(big, (byte) 'a');
      HttpResponse<String> r = small.post("/api/articles?filename=big.txt", "text/plain", big);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(ServerFixture.json(r).get("error").asText()).isEqualTo("Payload Too Large");
      // chunked: no Content-Length, the limit trips while streaming
      HttpRequest chunked = HttpRequest.newBuilder(small.uri("/api/articles?filename=big.txt"))
          .header("Content-Type", "text/plain").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(big))).build();
      HttpResponse<String> rc = small.client.send(chunked, HttpResponse.BodyHandlers.ofString());
      assertThat(rc.statusCode()).isEqualTo(413);
      assertThat(small.store.articleIds()).isEmpty();
      try (var left = Files.list(dir.resolve("uploads").resolve("incoming"))) {
        assertThat(left).as("no temporary file is left behind").isEmpty();
      }
    }
  }

  // ---- reads ------------------------------------------------------------------------------------

  @Test
  void articlesArePagedInTheOrderAdded() throws Exception {
    JsonNode page = f.getJson("/api/articles?offset=1&limit=2");
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(seedUploads.get(1).get("stored").get(0).get("id").asText());
    assertThat(page.get("items").get(0).get("label").asText()).isEqualTo("001_88ead7a6887f");
    assertThat(f.get("/api/articles?limit=0").statusCode()).isEqualTo(400);
    assertThat(f.get("/api/articles?offset=abc").statusCode()).isEqualTo(400);
  }

  @Test
  void anArticleComesWithSpansThatPointIntoItsText() throws Exception {
    String id = seedUploads.get(0).get("stored").get(0).get("id").asText();
    JsonNode a = f.getJson("/api/articles/" + id);
    String text = a.get("text").asText();
    assertThat(a.get("sentences").size()).isGreaterThan(5);
    for (String layer : List.of("mentions", "times", "quotes", "roles")) {
      for (JsonNode m : a.get(layer)) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).as(layer).isEqualTo(m.get("text").asText());
      }
    }
    assertThat(a.get("mentions").size()).isGreaterThan(0);
    for (JsonNode e : a.get("events")) {
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("trigger").asText());
    }
  }

  @Test
  void unknownAndHostileIdsAre404AndNeverReachTheFileSystem() throws Exception {
    for (String path : List.of("/api/articles/a0000000000000000", "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/events/..%2F..%2Fetc%2Fpasswd", "/api/entities/..", "/api/entities/%2e%2e", "/api/events/nope",
        "/api/entities/person:nobody", "/api/articles/a%00b", "/api/nothing", "/..%2F..%2Fetc%2Fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd", "/web/../../etc/passwd", "/.hidden.txt", "/org/storyline/server/Json.class",
        "/storyline.db")) {
      HttpResponse<String> r = f.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(ServerFixture.json(r).get("status").asInt()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("root:");
    }
  }

  @Test
  void staticFilesComeFromTheWebFolderWithTheirType() throws Exception {
    HttpResponse<String> r = f.get("/server-test-fixture.txt");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("static file served");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(f.post("/server-test-fixture.txt", "text/plain", new byte[1]).statusCode()).isEqualTo(405);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/api/status", "/api/nothing", "/server-test-fixture.txt", "/missing.js", "/api/timeline?from=bad")) {
      HttpResponse<String> r = f.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'").contains("frame-ancestors 'none'")
              .contains("script-src 'self';"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void theTimelineIsInDateOrderAndFilters() throws Exception {
    JsonNode all = f.getJson("/api/timeline");
    assertThat(all.get("total").asInt()).isEqualTo(all.get("events").size()).isGreaterThan(3);
    String last = "";
    boolean undatedSeen = false;
    for (JsonNode e : all.get("events")) {
      if (e.get("dated").asBoolean()) {
        assertThat(undatedSeen).as("dated events come first").isFalse();
        assertThat(e.get("date").get("earliest").asText()).isGreaterThanOrEqualTo(last);
        last = e.get("date").get("earliest").asText();
      } else {
        undatedSeen = true;
      }
    }
    JsonNode putin = f.getJson("/api/timeline?actor=putin");
    assertThat(putin.get("actor").get("id").asText()).isEqualTo("person:vladimir-putin");
    assertThat(putin.get("events").size()).isGreaterThan(0);
    for (JsonNode e : putin.get("events")) {
      List<String> who = new ArrayList<>();
      e.get("sources").forEach(s -> who.add(s.get("id").asText()));
      e.get("targets").forEach(s -> who.add(s.get("id").asText()));
      assertThat(who).contains("person:vladimir-putin");
    }
    JsonNode consult = f.getJson("/api/timeline?type=consult&status=occurred");
    consult.get("events").forEach(e -> {
      assertThat(e.get("plover").asText()).isEqualTo("CONSULT");
      assertThat(e.get("status").asText()).isEqualTo("occurred");
    });
    JsonNode ranged = f.getJson("/api/timeline?from=2025-08&to=2025-08-31");
    ranged.get("events").forEach(e -> {
      assertThat(e.get("dated").asBoolean()).isTrue();
      assertThat(e.get("date").get("latest").asText()).isGreaterThanOrEqualTo("2025-08-01");
      assertThat(e.get("date").get("earliest").asText()).isLessThanOrEqualTo("2025-08-31");
    });
  }

  @Test
  void badTimelineParametersAre400AndAnUnknownActor404() throws Exception {
    for (String q : List.of("from=yesterday", "to=2025-13-01", "from=2025-02-30", "from=2025-09&to=2025-08",
        "status=happened", "type=%3Cscript%3E")) {
      HttpResponse<String> r = f.get("/api/timeline?" + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(r.body()).doesNotContain("<script>");
    }
    assertThat(f.get("/api/timeline?actor=Nobody%20Atall").statusCode()).isEqualTo(404);
    assertThat(rawStatus("GET /api/timeline?from=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).isEqualTo(400);
  }

  @Test
  void anEventHasItsHistoryAndEverySupportingSentence() throws Exception {
    JsonNode timeline = f.getJson("/api/timeline");
    JsonNode most = null;
    for (JsonNode e : timeline.get("events")) {
      if (most == null || e.get("citationCount").asInt() > most.get("citationCount").asInt()) {
        most = e;
      }
    }
    JsonNode event = f.getJson("/api/events/" + most.get("id").asText());
    assertThat(event.get("citations")).hasSize(most.get("citationCount").asInt());
    assertThat(event.get("statusHistory").size()).isGreaterThan(0);
    for (JsonNode c : event.get("citations")) {
      JsonNode article = f.getJson("/api/articles/" + c.get("article").asText());
      assertThat(article.get("text").asText().substring(c.get("start").asInt(), c.get("end").asInt()))
          .isEqualTo(c.get("text").asText());
      assertThat(c.get("title").asText()).isEqualTo(article.get("title").asText());
    }
  }

  @Test
  void entitiesHaveAliasesRolesEventsAndQuotes() throws Exception {
    JsonNode list = f.getJson("/api/entities?type=person&minMentions=2");
    assertThat(list.get("items").size()).isGreaterThan(2);
    list.get("items").forEach(e -> assertThat(e.get("type").asText()).isEqualTo("person"));
    assertThat(list.get("items").get(0).get("id").asText()).isEqualTo("person:donald-trump");
    JsonNode trump = f.getJson("/api/entities/person:donald-trump");
    assertThat(trump.get("aliases").toString()).contains("Trump");
    assertThat(trump.get("events").size()).isGreaterThan(0);
    assertThat(trump.get("roleEvidence").size()).isEqualTo(trump.get("roles").size());
    assertThat(trump.has("quotes")).isTrue();
    assertThat(f.getJson("/api/entities?q=zelensk").get("items").get(0).get("id").asText()).isEqualTo("person:volodymyr-zelensky");
    assertThat(f.get("/api/entities?minMentions=-1").statusCode()).isEqualTo(400);
  }

  @Test
  void contradictionsAndTheActorNetworkAreServed() throws Exception {
    JsonNode c = f.getJson("/api/contradictions");
    assertThat(c.get("total").asInt()).isEqualTo(c.get("items").size());
    for (JsonNode item : c.get("items")) {
      assertThat(item.get("claims").size()).isGreaterThanOrEqualTo(2);
    }
    JsonNode net = f.getJson("/api/network");
    List<String> nodes = new ArrayList<>();
    net.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    assertThat(net.get("edges").size()).isGreaterThan(0);
    for (JsonNode e : net.get("edges")) {
      assertThat(nodes).contains(e.get("source").asText(), e.get("target").asText());
      assertThat(e.get("count").asInt()).isEqualTo(e.get("events").size());
    }
    assertThat(f.get("/api/network?minCount=x").statusCode()).isEqualTo(400);
  }

  @Test
  void searchFindsArticlesAndEventsWithHighlightOffsetsNotMarkup() throws Exception {
    JsonNode s = f.getJson("/api/search?q=Istanbul");
    assertThat(s.get("terms").get(0).asText()).isEqualTo("istanbul");
    assertThat(s.get("articles").size()).isGreaterThan(0);
    for (JsonNode a : s.get("articles")) {
      JsonNode sn = a.get("snippet");
      String text = sn.get("text").asText();
      assertThat(sn.get("highlights").size()).isGreaterThan(0);
      for (JsonNode h : sn.get("highlights")) {
        assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualToIgnoringCase("Istanbul");
      }
      JsonNode article = f.getJson("/api/articles/" + a.get("id").asText());
      assertThat(article.get("text").asText().substring(sn.get("start").asInt(), sn.get("end").asInt())).isEqualTo(text);
    }
    JsonNode prefix = f.getJson("/api/search?q=negotiat*");
    assertThat(prefix.get("articles").size()).isGreaterThan(0);
    JsonNode events = f.getJson("/api/search?q=Putin");
    assertThat(events.get("events").size()).isGreaterThan(0);
    HttpResponse<String> markup = f.get("/api/search?q=%3Cb%3EIstanbul%3C%2Fb%3E");
    assertThat(markup.body()).doesNotContain("<").contains("\\u003Cb\\u003EIstanbul");
    assertThat(ServerFixture.json(markup).get("query").asText()).isEqualTo("<b>Istanbul</b>");
    assertThat(f.get("/api/search").statusCode()).isEqualTo(400);
    assertThat(f.get("/api/search?q=%22%28*%29%22").statusCode()).isEqualTo(400);
    assertThat(f.getJson("/api/search?q=zzzqqqxxy").get("articles")).isEmpty();
  }

  @Test
  void wrongMethodsAre405() throws Exception {
    HttpResponse<String> r = f.client.send(HttpRequest.newBuilder(f.uri("/api/timeline"))
        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  // ---- security ---------------------------------------------------------------------------------

  @Test
  void crossSiteWritesAreRefused() throws Exception {
    String json = "{\"text\":\"Cross-site attempt to store an article about talks.\"}";
    assertThat(f.post("/api/articles", "application/json", json.getBytes(UTF_8), "Origin", "http://evil.example")
        .statusCode()).isEqualTo(403);
    assertThat(f.post("/api/articles", "application/json", json.getBytes(UTF_8), "Sec-Fetch-Site", "cross-site")
        .statusCode()).isEqualTo(403);
    assertThat(f.post("/api/articles", "application/json", json.getBytes(UTF_8), "Origin", "http://127.0.0.1:" + f.server.port())
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aLoopbackServerRefusesForeignHostHeaders() throws Exception {
    assertThat(rawStatus("GET /api/status HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")).isEqualTo(403);
    assertThat(rawStatus("GET /api/status HTTP/1.1\r\nHost: localhost:" + f.server.port() + "\r\nConnection: close\r\n\r\n")).isEqualTo(200);
  }

  private static int rawStatus(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", f.server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(UTF_8));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(s.getInputStream(), UTF_8)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void withATokenWritesNeedItAndReadsDoNot(@TempDir Path dir) throws Exception {
    String token = "s3cret-token-value";
    try (ServerFixture t = new ServerFixture(dir, LightPipeline.create(), ServerOptions.defaults().withToken(token))) {
      byte[] json = "{\"text\":\"Kyiv, 1 May 2025. Officials met in Kyiv to discuss grain exports.\"}".getBytes(UTF_8);
      assertThat(t.post("/api/articles", "application/json", json).statusCode()).isEqualTo(401);
      assertThat(t.post("/api/articles", "application/json", json, "Authorization", "Bearer wrong-token-x").statusCode()).isEqualTo(401);
      assertThat(t.post("/api/articles", "application/json", json, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
      assertThat(t.get("/api/status").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void listeningBeyondLoopbackWithoutATokenIsRefused(@TempDir Path dir) {
    try (var store = org.storyline.store.StoryStore.open(dir)) {
      assertThatThrownBy(() -> StorylineServer.start(ServerOptions.defaults().withBind("0.0.0.0").withPort(0), store,
          () -> { throw new AssertionError("no engine expected"); }))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
    }
  }

  @Test
  void writesBeyondTheRateLimitAre429WithRetryAfter(@TempDir Path dir) throws Exception {
    try (ServerFixture slow = new ServerFixture(dir, LightPipeline.create(), ServerOptions.defaults().withWritesPerMinute(4))) {
      List<Integer> codes = new ArrayList<>();
      HttpResponse<String> last = null;
      for (int i = 0; i < 6; i++) {
        last = slow.postJson("{\"text\":\"not json enough\"");
        codes.add(last.statusCode());
      }
      assertThat(codes).contains(400).endsWith(429);
      assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }
  }

  // ---- updates ----------------------------------------------------------------------------------

  @Test
  void theUpdateStreamAnnouncesNewArticles() throws Exception {
    HttpResponse<InputStream> stream = f.client.send(HttpRequest.newBuilder(f.uri("/api/updates")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), UTF_8))) {
      long first = nextVersion(in);
      assertThat(f.postJson("{\"title\":\"SSE\",\"text\":\"Warsaw, 2 June 2025. Ministers met in Warsaw about air defence for the update stream.\"}")
          .statusCode()).isEqualTo(200);
      assertThat(nextVersion(in)).isGreaterThan(first);
    }
  }

  private static long nextVersion(BufferedReader in) throws Exception {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("data: ")) {
        return Json.MAPPER.readTree(line.substring(6)).get("version").asLong();
      }
    }
    throw new AssertionError("stream ended");
  }

}
