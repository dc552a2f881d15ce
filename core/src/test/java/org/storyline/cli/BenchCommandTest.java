package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.bench.BenchTest;
import org.storyline.bench.LightEngines;
import picocli.CommandLine;

/** {@code storyline bench}: usage errors through the real command line, whole runs on a light pipeline. */
class BenchCommandTest {
  record Run(int code, String out, String err) {}

  static Run main(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The bench command on two model-free engines ("fast" and the reference "corenlp"). */
  static Run light(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand(new LightEngines()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void withoutInputsItSaysWhatToGive() {
    Run r = main("bench");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("give PATH(s) to read, or --bench DIR");
  }

  @Test
  void aMissingPathIsAUsageError(@TempDir Path tmp) {
    Run r = main("bench", tmp.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory").contains("nope");
  }

  @Test
  void aBenchFolderThatIsNotAFolderIsAUsageError(@TempDir Path tmp) {
    Run r = main("bench", "--bench", tmp.resolve("shared").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--bench needs the shared benchmark folder");
  }

  @Test
  void threadCountsMustBeBetweenOneAnd256(@TempDir Path tmp) throws Exception {
    Path in = BenchTest.articles(tmp.resolve("in"));
    assertThat(main("bench", in.toString(), "--threads", "1,0").err()).contains("between 1 and 256, got 0");
    assertThat(main("bench", in.toString(), "--threads", "1,0").code()).isEqualTo(2);
    assertThat(main("bench", in.toString(), "--threads", "300").code()).isEqualTo(2);
    Run notNumber = main("bench", in.toString(), "--threads", "one");
    assertThat(notNumber.code()).isEqualTo(2);
    assertThat(notNumber.err()).contains("--threads");
  }

  @Test
  void anUnknownEngineIsNamedWithTheKnownOnes(@TempDir Path tmp) throws Exception {
    Run r = main("bench", BenchTest.articles(tmp.resolve("in")).toString(), "--engine", "spacy");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown engine 'spacy'; known: ").contains("corenlp");
  }

  @Test
  void engineNamesIgnoreCaseAndBlanksAsEverywhereElse(@TempDir Path tmp) throws Exception {
    Run r = light("--json", "--threads", "1", "--warmup", "0", "--engine", " FAST ",
        BenchTest.articles(tmp.resolve("in")).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).path("engines").get(0).path("engine").asText()).isEqualTo("fast");
  }

  @Test
  void aNegativeWarmUpIsAUsageError(@TempDir Path tmp) throws Exception {
    Run r = main("bench", BenchTest.articles(tmp.resolve("in")).toString(), "--warmup", "-1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--warmup must not be negative");
  }

  @Test
  void aStoreFolderInUseIsRefused(@TempDir Path tmp) throws Exception {
    Path store = Files.createDirectories(tmp.resolve("store"));
    Files.writeString(store.resolve("storyline.db"), "x");
    Run r = main("bench", BenchTest.articles(tmp.resolve("in")).toString(), "--store", store.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--store DIR must be empty or new");
  }

  @Test
  void printsStartUpProfileEndToEndAndRatioTablesAndListsUnreadableInputs(@TempDir Path tmp) throws Exception {
    Path in = BenchTest.articles(tmp.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Run r = light("--threads", "1,2", "--warmup", "2", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Corpus: 1 input path(s) — 3 article(s)")
        .contains("Skipped 1 input item(s)").contains("empty.txt")
        .contains("Start-up (pipeline built, models loaded)")
        .contains("Profile [fast]: 3 article(s)").contains("Profile [corenlp]: 3 article(s)")
        .contains("End to end (analyze")
        .contains("Ratio to the corenlp reference engine");
    for (String header : new String[] {"peak heap MB", "heap after GC MB", "RSS MB", "peak RSS MB", "share",
        "articles/s", "tokens/s", "alloc MB", "speed-up", "wall s", "threads"}) {
      assertThat(r.out()).as(header).contains(header);
    }
    for (String line : new String[] {"ingest", "time.tagger", "store write", "fuse (rebuild)", "analysis (all stages)",
        "total", "profile, test.naive vs test.reference", "end to end, 2 threads, peak heap"}) {
      assertThat(r.out()).as(line).contains(line);
    }
    assertThat(r.err()).contains("[fast] building the pipeline").contains("[corenlp] end to end, 2 thread(s)");
  }

  @Test
  void jsonHasEnginesWithStartUpProfileRunsAndRatios(@TempDir Path tmp) throws Exception {
    Run r = light("--json", "--threads", "1", "--warmup", "0", BenchTest.articles(tmp.resolve("in")).toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("corpus").path("articles").asInt()).isEqualTo(3);
    assertThat(root.path("environment").has("maxHeapBytes")).isTrue();
    JsonNode fast = root.path("engines").get(0);
    assertThat(fast.path("engine").asText()).isEqualTo("fast");
    assertThat(fast.path("startup").path("seconds").isNumber()).isTrue();
    assertThat(fast.path("startup").path("memory").path("heapPeakBytes").asLong()).isPositive();
    assertThat(fast.path("startup").path("memory").has("rssBytes")).isTrue();
    JsonNode rows = fast.path("profile").path("rows");
    assertThat(rows.get(0).path("name").asText()).isEqualTo("ingest");
    assertThat(rows.get(0).path("kind").asText()).isEqualTo("INGEST");
    for (String field : new String[] {"ms", "share", "articlesPerSecond", "tokensPerSecond", "allocatedBytes"}) {
      assertThat(rows.get(1).has(field)).as(field).isTrue();
    }
    JsonNode run = fast.path("endToEnd").get(0);
    assertThat(run.path("threads").asInt()).isEqualTo(1);
    assertThat(run.path("stored").asInt()).isEqualTo(3);
    assertThat(run.path("speedUp").asDouble()).isEqualTo(1.0);
    assertThat(root.path("ratios").isArray()).isTrue();
    assertThat(root.path("ratios").get(0).path("line").asText()).isEqualTo("start-up");
    assertThat(root.path("ratios").get(0).path("engine").asText()).isEqualTo("fast");
  }

  @Test
  void nothingReadableExitsWithOne(@TempDir Path tmp) throws Exception {
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    Run r = light("--engine", "fast", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no article could be read");
    assertThat(r.out()).contains("Skipped 1 input item(s)");
  }
}
