package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed half split of PolNeAR documents and the per-half rows of a scored split folder. */
class QuoteHalvesTest {
  @Test
  void halvesFollowTheParityOfTheCrc32OfTheFileName() {
    assertThat(BenchEvaluation.quoteHalf("a.txt")).isEqualTo('A'); // CRC-32 even
    assertThat(BenchEvaluation.quoteHalf("x.txt")).isEqualTo('B'); // CRC-32 odd
  }

  @Test
  void scoresAnySplitFolderAndReportsBothHalves(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    String text = "Bob said the plan failed.";
    for (String name : List.of("a", "x")) {
      Files.writeString(dir.resolve("text/" + name + ".txt"), text);
      Files.writeString(dir.resolve("attributions/" + name + "_ann1.ann"),
          "T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 24\tthe plan failed\n"
              + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n");
    }
    // doc a: found with its speaker; doc x: nothing predicted
    Path predictions = dir.resolve("q.jsonl");
    Files.writeString(predictions, "{\"doc\":\"a.txt\",\"quotes\":[{\"start\":9,\"end\":24,\"kind\":\"REPORTED\","
        + "\"speaker\":{\"start\":0,\"end\":3,\"text\":\"Bob\"},\"cue\":{\"start\":4,\"end\":8}}]}\n"
        + "{\"doc\":\"x.txt\",\"quotes\":[]}\n");
    BenchEvaluation.QuoteResult r = BenchEvaluation.scoreQuoteSplit(dir, predictions, List.of(), 0);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(figure(r, "half A (1 docs, CRC32(name) even) content word F1")).isEqualTo(1.0);
    assertThat(figure(r, "half B (1 docs, CRC32(name) odd) content word F1")).isEqualTo(0.0);
    assertThat(figure(r, "half A speaker accuracy")).isEqualTo(1.0);
  }

  private static double figure(BenchEvaluation.QuoteResult r, String metric) {
    return r.rows().stream().filter(x -> x.metric().strip().equals(metric)).findFirst().orElseThrow().figure();
  }
}
