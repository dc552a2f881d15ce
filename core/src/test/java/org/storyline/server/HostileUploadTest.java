package org.storyline.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.ingest.HostileCorpus;
import org.storyline.ingest.HostileCorpus.Expectation;

/**
 * The hostile input corpus (core/src/test/resources/hostile/, its README is the oracle) sent to
 * {@code POST /api/articles}: every file gets an answer that names it and gives the reason, what is
 * good is stored, nothing answers 5xx, the server keeps serving, and every span the API returns for
 * a stored article lies inside that article's text.
 */
class HostileUploadTest {
  @TempDir static Path storeDir;
  @TempDir static Path scratch;
  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = new ServerFixture(storeDir);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static Stream<Expectation> corpus() {
    return HostileCorpus.expectations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachHostileFileIsAnsweredWithItsReasonAndWhatIsGoodIsStored(Expectation e) throws Exception {
    byte[] body = Files.readAllBytes(HostileCorpus.folder().resolve(e.file()));
    HttpResponse<String> r = upload(e.file(), body);

    if (e.codes().contains("E105")) { // a file type the reader does not know: refused before reading
      assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
      assertThat(ServerFixture.json(r).get("message").asText()).contains("unsupported file type");
      return;
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode answer = ServerFixture.json(r);
    assertThat(kept(answer)).as("articles kept from %s: %s", e.file(), r.body()).hasSize(e.articles());
    List<String> errors = new ArrayList<>();
    for (JsonNode s : answer.get("skipped")) {
      assertThat(s.get("item").asText()).as("a skipped item names the file").startsWith(e.file());
      assertThat(s.get("reason").asText()).isNotBlank();
      errors.add(s.get("code").asText());
    }
    assertThat(errors).as(r.body()).containsExactlyInAnyOrderElementsOf(
        e.codes().stream().filter(c -> c.startsWith("E")).toList());
    List<String> warnings = codes(answer.get("warnings"));
    assertThat(warnings).as(r.body()).containsAll(e.codes().stream().filter(c -> c.startsWith("W")).toList());
    for (JsonNode stored : answer.get("stored")) {
      assertSpansInsideText(stored.get("id").asText());
    }
  }

  @Test
  void aZipBombUploadStopsAtTheDecompressionBudgetAndKeepsTheRecordBefore() throws Exception {
    Path bomb = HostileCorpus.zipBomb(scratch);
    HttpResponse<String> r = upload("zip-bomb.warc.gz", Files.readAllBytes(bomb));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode answer = ServerFixture.json(r);
    assertThat(answer.get("stored")).hasSize(1);
    assertThat(codes(answer.get("skipped"))).containsExactly("E801");
    assertSpansInsideText(answer.get("stored").get(0).get("id").asText());
  }

  @Test
  void aFiftyMegabyteSingleLineIsRefusedWithItsReasonAndTheServerGoesOn() throws Exception {
    Path huge = HostileCorpus.hugeSingleLine(scratch);
    HttpResponse<String> r = upload("huge-single-line.txt", Files.readAllBytes(huge));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode answer = ServerFixture.json(r);
    assertThat(answer.get("stored")).isEmpty();
    assertThat(codes(answer.get("skipped"))).containsExactly("E109");
    assertThat(f.get("/api/status").statusCode()).isEqualTo(200);
  }

  @Test
  void deeplyNestedHtmlIsRefusedBeforeParsing() throws Exception {
    HttpResponse<String> r = upload("deep-nesting.html", Files.readAllBytes(HostileCorpus.deepNesting(scratch)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(codes(ServerFixture.json(r).get("skipped"))).containsExactly("E805");
  }

  @Test
  void oneMultipartUploadOfTheWholeCorpusAnswersForEveryFileAndStoresTheGoodOnes() throws Exception {
    String boundary = "----storyline-hostile-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int expectedArticles = 0;
    List<String> expectedErrors = new ArrayList<>();
    for (Expectation e : HostileCorpus.expectations()) {
      if (e.codes().contains("E105")) {
        continue; // an unknown type refuses the whole request (415), tested above
      }
      // a new name per file so that this upload is not the same document as the single uploads
      String name = "batch-" + e.file();
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(UTF_8));
      body.write(Files.readAllBytes(HostileCorpus.folder().resolve(e.file())));
      body.write("\r\n".getBytes(UTF_8));
      expectedArticles += e.articles();
      e.codes().stream().filter(c -> c.startsWith("E")).forEach(expectedErrors::add);
    }
    body.write(("--" + boundary + "--\r\n").getBytes(UTF_8));
    HttpResponse<String> r = f.post("/api/articles", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode answer = ServerFixture.json(r);
    assertThat(kept(answer)).as(r.body()).hasSize(expectedArticles);
    assertThat(codes(answer.get("skipped"))).containsExactlyInAnyOrderElementsOf(expectedErrors);
  }

  @Test
  void aFileNameWithPathTraversalIsReducedToItsLastSegment() throws Exception {
    HttpResponse<String> r = upload("../../../../tmp/escape-attempt.txt",
        "Talks in Geneva\n\nGeneva, 4 April 2025. Negotiators met in Geneva to discuss a ceasefire.".getBytes(UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode stored = ServerFixture.json(r).get("stored");
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).get("source").asText()).isEqualTo("escape-attempt.txt");
    try (Stream<Path> files = Files.walk(storeDir.getParent())) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("escape-attempt.txt")))
          .allSatisfy(p -> assertThat(p.normalize()).startsWith(storeDir.normalize()));
    }
  }

  @Test
  void markupInAnArticleComesBackAsEscapedJsonNeverAsHtml() throws Exception {
    String text = "Envoy statement\n\nKyiv, 5 April 2025. The envoy wrote <script>alert(1)</script> and "
        + "\"><img src=x onerror=alert(2)> in a statement about talks with officials in Kyiv.";
    HttpResponse<String> r = upload("markup.txt", text.getBytes(UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String id = ServerFixture.json(r).get("stored").get(0).get("id").asText();
    HttpResponse<String> article = f.get("/api/articles/" + id);
    assertThat(article.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(article.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(article.body()).doesNotContain("<script").doesNotContain("<img");
    assertThat(ServerFixture.json(article).get("text").asText()).contains("<script>alert(1)</script>", "onerror=alert(2)>");
    HttpResponse<String> search = f.get("/api/search?q=envoy");
    assertThat(search.body()).doesNotContain("<script").doesNotContain("<img");
  }

  private static HttpResponse<String> upload(String name, byte[] body) throws Exception {
    return f.post("/api/articles?filename=" + URLEncoder.encode(name, UTF_8), "application/octet-stream", body);
  }

  /** {@return the ids of the articles an answer kept: stored, or recognised as already stored} */
  private static java.util.Set<String> kept(JsonNode answer) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    answer.get("stored").forEach(n -> ids.add(n.get("id").asText()));
    answer.get("duplicates").forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  private static List<String> codes(JsonNode items) {
    return StreamSupport.stream(items.spliterator(), false).map(n -> n.get("code").asText()).toList();
  }

  /** Every span of the article as the API gives it lies inside the article's text. */
  private static void assertSpansInsideText(String id) throws Exception {
    JsonNode a = f.getJson("/api/articles/" + id);
    int length = a.get("text").asText().length();
    for (String layer : List.of("sentences", "mentions", "times", "roles", "quotes", "events")) {
      for (JsonNode x : a.path(layer)) {
        int start = x.get("start").asInt();
        int end = x.get("end").asInt();
        assertThat(start).as("%s start in %s", layer, id).isBetween(0, end);
        assertThat(end).as("%s end in %s", layer, id).isLessThanOrEqualTo(length);
        if (x.hasNonNull("text") && !layer.equals("events")) {
          assertThat(x.get("text").asText()).isEqualTo(a.get("text").asText().substring(start, end));
        }
      }
    }
  }
}
