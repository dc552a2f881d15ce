package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.QuoteBatch;
import org.storyline.eval.QuotesJsonl;
import org.storyline.nlp.corenlp.SharedAnalyzer;

/** {@code storyline quotes} usage errors, {@code eval quotes} without data, and the real pipeline. */
class QuotesCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void wrongUsageExitsWithTwoBeforeLoadingModels(@TempDir Path tmp) throws Exception {
    Run missing = run("quotes", tmp.resolve("nope").toString(), tmp.resolve("q.jsonl").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
    Run empty = run("quotes", tmp.toString(), tmp.resolve("q.jsonl").toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("no files in");
    Files.writeString(tmp.resolve("a.txt"), "Text.");
    Files.createDirectories(tmp.resolve("outdir"));
    Run dirOut = run("quotes", tmp.resolve("a.txt").toString(), tmp.resolve("outdir").toString());
    assertThat(dirOut.code()).isEqualTo(2);
    assertThat(dirOut.err()).contains("is a directory");
    assertThat(run("quotes", tmp.toString()).err()).contains("Missing required parameter");
  }

  @Test
  void evalQuotesWithoutPolnearDataFailsWithAMessage(@TempDir Path tmp) {
    Run r = run("eval", "quotes", "--bench", tmp.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no PolNeAR data");
  }

  @Test
  void evalQuotesScoresAGivenQuotesFileAgainstTheDevAttributions(@TempDir Path tmp) throws Exception {
    Path dev = tmp.resolve("polnear/dev");
    Files.createDirectories(dev.resolve("text"));
    Files.createDirectories(dev.resolve("attributions"));
    String text = "Ann said that rain comes soon.";
    Files.writeString(dev.resolve("text/a.txt"), text);
    Files.writeString(dev.resolve("attributions/a_x1.ann"),
        "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 29\tthat rain comes soon\n"
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");
    Path q = tmp.resolve("q.jsonl");
    Files.writeString(q, "{\"doc\":\"a.txt\",\"quotes\":[{\"start\":14,\"end\":29,\"kind\":\"REPORTED\","
        + "\"speaker\":{\"start\":0,\"end\":3,\"text\":\"Ann\"},\"cue\":{\"start\":4,\"end\":8}}]}\n");
    Run r = run("eval", "quotes", "--bench", tmp.toString(), "--quotes-file", q.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    // 3 of 4 gold words found, all predicted words right: F1 = 6/7; exact (leading "that" ignored) 1.0
    assertThat(r.out()).contains("quote content word F1").contains("0.8571").contains("Krippendorff α 0.754")
        .contains("exact P 1.0000 R 1.0000").contains("speaker 1/1 named");
    Run bad = run("eval", "quotes", "--bench", tmp.toString(), "--quotes-file", tmp.resolve("none.jsonl").toString());
    assertThat(bad.code()).isEqualTo(1);
  }

  @Test
  void thePipelineUpToQuotesAttributesReportedSpeechToANamedPerson(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    String text = "Talks in Geneva\n\n"
        + "GENEVA (Reuters) - Ukrainian President Volodymyr Zelensky said on Monday the talks had produced no result. "
        + "\"We will not give up our land,\" he told reporters.\n";
    Files.writeString(in.resolve("story.txt"), text);
    Files.write(in.resolve("broken.bin"), new byte[] {1, 0, 2});
    Path out = tmp.resolve("q.jsonl");
    QuoteBatch.Report r = new QuoteBatch(QuotesCommand.pipeline(SharedAnalyzer.get())).run(in, out);
    assertThat(r.errors()).singleElement().asString().contains("broken.bin");
    Map<String, QuotesJsonl.Line> lines = QuotesJsonl.parse(out.toString(), Files.readString(out));
    QuotesJsonl.Line line = lines.get("story.txt");
    assertThat(line.quotes()).hasSizeGreaterThanOrEqualTo(2);
    for (QuotesJsonl.RawQuote q : line.quotes()) {
      assertThat(q.speakerText()).as(text.substring(q.start(), q.end())).endsWith("Zelensky");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).endsWith("Zelensky");
    }
    assertThat(line.quotes()).anyMatch(q -> text.substring(q.start(), q.end()).equals("the talks had produced no result"))
        .anyMatch(q -> text.substring(q.start(), q.end()).equals("We will not give up our land,")
            || text.substring(q.start(), q.end()).equals("We will not give up our land"));
  }
}
