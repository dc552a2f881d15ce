package org.storyline.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.storyline.engine.StorylineEngine;
import org.storyline.ingest.Ingestor;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryStore;

/** A server on a free loopback port over a store in a temporary directory, with an HTTP client. */
final class ServerFixture implements AutoCloseable {
  final StoryStore store;
  final StorylineServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ServerFixture(Path dir, Pipeline pipeline, ServerOptions options) {
    this.store = StoryStore.open(dir);
    this.server = StorylineServer.start(options.withPort(0), store,
        () -> new StorylineEngine(store, pipeline, new Ingestor(), 2));
  }

  ServerFixture(Path dir) {
    this(dir, LightPipeline.create(), ServerOptions.defaults().withWritesPerMinute(100_000));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    return json(r);
  }

  HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
    return post("/api/articles", "application/json", json.getBytes(UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
