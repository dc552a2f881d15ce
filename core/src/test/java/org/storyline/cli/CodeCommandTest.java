package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline code} and {@code storyline eval code} through the real command line. */
class CodeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void codesEachLineAndSkipsMalformedOnesNamingFileAndLine(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"s1\",\"text\":\"Putin met Trump in Alaska on Friday.\",\"date\":\"2025-08-16\"}",
        "not json",
        "{\"id\":\"s2\"}",
        "",
        "{\"id\":\"s3\",\"text\":\"Russia rejected the plan.\",\"date\":\"last week\"}",
        "{\"id\":\"s4\",\"text\":\"The weather was mild.\"}") + "\n");
    Path out = tmp.resolve("out.jsonl");
    EvalCommandsTest.Run r = EvalCommandsTest.run("code", in.toString(), out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("in.jsonl:2: not JSON").contains("in.jsonl:3: missing \"text\"")
        .contains("in.jsonl:5: \"date\" is not an ISO date");
    assertThat(r.out()).contains("Wrote 2 sentence(s)").contains("3 line(s) skipped");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.path("id").asText()).isEqualTo("s1");
    JsonNode e = first.path("events").get(0);
    assertThat(e.path("plover").asText()).isEqualTo("CONSULT");
    assertThat(e.path("cameo").asText()).startsWith("04");
    assertThat(e.path("source").asText()).isEqualTo("Putin");
    assertThat(e.path("sourceCode").asText()).startsWith("RUS");
    assertThat(e.has("targetCode")).isTrue();
    JsonNode quiet = JSON.readTree(lines.get(1));
    assertThat(quiet.path("id").asText()).isEqualTo("s4");
    assertThat(quiet.path("events").isArray()).isTrue();
    assertThat(quiet.path("events")).isEmpty();
  }

  @Test
  void wrongUsageExitsWithTwo(@TempDir Path tmp) {
    EvalCommandsTest.Run missing = EvalCommandsTest.run("code", tmp.resolve("none.jsonl").toString(),
        tmp.resolve("o.jsonl").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(EvalCommandsTest.run("code", tmp.toString()).code()).isEqualTo(2);
  }

  @Test
  void evalCodeScoresTheJobOnAHandMadePloverFile(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("plover"));
    Files.writeString(dir.resolve("PLOVER_GSR_CAMEO.dev.json"), "[{\"id\":\"D\",\"event\":\"DOCUMENT\"},"
        + "{\"id\":\"T-CONSULT-1\",\"event\":\"CONSULT\",\"text\":\"Putin met Trump in Alaska on Friday.\"},"
        + "{\"id\":\"T-FIGHT-2\",\"event\":\"FIGHT\",\"text\":\"The weather was mild.\"}]");
    EvalCommandsTest.Run r = EvalCommandsTest.run("eval", "code", "--bench", tmp.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("PLOVER GSR dev (2 sentences)").contains("PLOVER event-type accuracy")
        .contains("0.5000").contains("1.0000").contains("no published coder figure; target ≥ 0.75");
  }
}
