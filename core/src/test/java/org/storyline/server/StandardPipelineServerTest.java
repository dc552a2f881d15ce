package org.storyline.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Pipelines;
import org.storyline.nlp.corenlp.SharedAnalyzer;

/**
 * The example articles uploaded in one multipart request and analysed by the real standard
 * pipeline (CoreNLP through the JVM-wide {@link SharedAnalyzer}), then read back through the API.
 */
class StandardPipelineServerTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void theExamplesUploadedThroughTheApiGiveTheSourcedTimeline(@TempDir Path dir) throws Exception {
    try (ServerFixture f = new ServerFixture(dir, Pipelines.standard(SharedAnalyzer.get()),
        ServerOptions.defaults().withWritesPerMinute(1000))) {
      String boundary = "seed-boundary-7f3a";
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      List<Path> seeds;
      try (var files = Files.list(EXAMPLES)) {
        seeds = files.sorted().toList();
      }
      for (Path p : seeds) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
            + p.getFileName() + "\"\r\n\r\n").getBytes(UTF_8));
        body.write(Files.readAllBytes(p));
        body.write("\r\n".getBytes(UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(UTF_8));
      HttpResponse<String> r = f.post("/api/articles", "multipart/form-data; boundary=" + boundary, body.toByteArray());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode upload = ServerFixture.json(r);
      assertThat(upload.get("stored")).hasSize(5);
      assertThat(upload.get("status").get("events").asInt()).isGreaterThan(20);

      // the White House meeting of 18 August 2025, Trump with Zelensky, is dated and sourced
      JsonNode august = f.getJson("/api/timeline?from=2025-08-18&to=2025-08-18&actor=Zelensky");
      JsonNode meeting = null;
      for (JsonNode e : august.get("events")) {
        if (e.get("frame").asText().equals("MEET") && e.get("date").get("value").asText().equals("2025-08-18")) {
          meeting = e;
        }
      }
      assertThat(meeting).as(august.toString()).isNotNull();
      List<String> who = new ArrayList<>();
      meeting.get("sources").forEach(s -> who.add(s.get("id").asText()));
      meeting.get("targets").forEach(s -> who.add(s.get("id").asText()));
      assertThat(who).contains("person:donald-trump", "person:volodymyr-zelensky");

      JsonNode event = f.getJson("/api/events/" + meeting.get("id").asText());
      assertThat(event.get("citations").size()).isGreaterThanOrEqualTo(1);
      for (JsonNode c : event.get("citations")) {
        assertThat(c.get("label").asText()).startsWith("002_");
        String text = f.getJson("/api/articles/" + c.get("article").asText()).get("text").asText();
        assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
      }
      assertThat(event.get("statusHistory").get(0).get("status").asText()).isEqualTo("occurred");

      // search: Kellogg is in the envoy article, and in events coded from it
      JsonNode kellogg = f.getJson("/api/search?q=kellogg");
      assertThat(kellogg.get("articles")).extracting(a -> a.get("label").asText()).contains("004_9ff570318fbf");
      assertThat(kellogg.get("events").size()).isGreaterThan(0);
      JsonNode entity = f.getJson("/api/entities/person:keith-kellogg");
      assertThat(entity.get("roles").toString()).contains("special envoy");
      assertThat(entity.get("events").size()).isGreaterThan(0);
      assertThat(f.getJson("/api/contradictions").get("total").asInt()).isGreaterThan(0);
    }
  }
}
