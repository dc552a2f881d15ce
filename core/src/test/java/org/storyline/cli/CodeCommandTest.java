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
  void userActorAndAgentDictionariesGiveCodesByDate(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"text\":\"Arnor accused Gondor police of violating the treaty.\",\"date\":\"1995-01-01\"}",
        "{\"id\":\"b\",\"text\":\"Smeagol accused Gondor of violating the treaty.\",\"date\":\"2001-01-01\"}") + "\n");
    Path actors = tmp.resolve("tiny.actors.txt");
    Files.writeString(actors, String.join("\n", "<!-- hand-made -->", "ARNOR [ARN]", "GONDOR [GON]",
        "GOLLUM", "+SMEAGOL", "\t[HOB <19950601]", "\t[HOBREB >19990816]", "BROKEN [X-Y]") + "\n");
    Path agents = tmp.resolve("tiny.agents.txt");
    Files.writeString(agents, "POLICE {} [~COP]\n");
    Path out = tmp.resolve("out.jsonl");
    EvalCommandsTest.Run r = EvalCommandsTest.run("code", in.toString(), out.toString(), "--actors", actors.toString(),
        "--agents", agents.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("W501").contains("tiny.actors.txt:8");
    List<String> lines = Files.readAllLines(out);
    JsonNode a = JSON.readTree(lines.get(0)).path("events").get(0);
    assertThat(a.path("sourceCode").asText()).isEqualTo("ARN");
    assertThat(a.path("targetCode").asText()).isEqualTo("GONCOP");
    JsonNode b = JSON.readTree(lines.get(1)).path("events").get(0);
    assertThat(b.path("sourceCode").asText()).isEqualTo("HOBREB");
    EvalCommandsTest.Run missing = EvalCommandsTest.run("code", in.toString(), out.toString(), "--actors",
        tmp.resolve("none.txt").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.txt");
  }

  @Test
  void evalPetrarchScoresHandMadeRecordsWithTheirOwnDictionaries(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("cameo-petrarch/unit-tests"));
    Files.writeString(dir.resolve("PETR.UnitTest.records.xml"), String.join("\n",
        "<Validation><Environment><Actorfile>my.actors.txt</Actorfile><Agentfile>my.agents.txt</Agentfile></Environment>",
        "<Sentences>",
        "<Sentence date=\"19950101\" id=\"A-1\" category=\"DEMO\">",
        "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"112\"></EventCoding>",
        "<Text>Arnor accused Gondor of violating the treaty.</Text></Sentence>",
        "<Sentence date=\"19950101\" id=\"A-2\" category=\"AGENT\">",
        "<EventCoding noevents=\"True\"></EventCoding>",
        "<Text>The weather in Arnor was mild.</Text></Sentence>",
        "<Sentence date=\"19950101\" id=\"E-1\" category=\"ERROR\">",
        "<EventCoding error=\"dateline\"></EventCoding><Text>ARNOR: -- something.</Text></Sentence>",
        "</Sentences></Validation>") + "\n");
    Files.writeString(dir.resolve("my.actors.txt"), "ARNOR [ARN]\nGONDOR [GON]\n");
    Files.writeString(dir.resolve("my.agents.txt"), "POLICE {} [~COP]\n");
    EvalCommandsTest.Run r = EvalCommandsTest.run("eval", "petrarch", "--bench", tmp.toString(), "--errors", "5");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("PETRARCH-2 unit tests (2 records)").contains("records matched exactly")
        .contains("1 expecting PETRARCH input errors not scored");
    assertThat(r.out()).containsPattern("records matched exactly\\s*\\|\\s*1\\.0000");
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
