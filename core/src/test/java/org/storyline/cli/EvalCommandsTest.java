package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard-format commands through the real command line (no CoreNLP: timeml and usage errors). */
class EvalCommandsTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static final String GOLD = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\"/></DCT>\n"
      + "<TEXT>Prices fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">yesterday</TIMEX3> and "
      + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-08-03\">Monday</TIMEX3>.</TEXT>\n</TimeML>\n";

  @Test
  void timemlWritesOneFilePerInputAndExitsNonZeroWhenOneWasBad(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("ok.tml"), GOLD);
    Files.writeString(in.resolve("broken.tml"), "<TimeML>\n<TEXT>x</TIMEX3></TimeML>");
    Run r = run("timeml", in.toString(), tmp.resolve("out").toString(), "--engine", "corenlp");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Wrote 1 file(s)").contains("1 file(s) skipped");
    assertThat(r.err()).contains("broken.tml:2: not well-formed XML");
    assertThat(Files.readString(tmp.resolve("out/ok.tml"))).contains(">yesterday</TIMEX3>");
  }

  @Test
  void wrongUsageExitsWithTwoAndAMessage(@TempDir Path tmp) {
    Run missing = run("timeml", tmp.resolve("nope").toString(), tmp.resolve("out").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
    Run oneArg = run("timeml", tmp.toString());
    assertThat(oneArg.code()).isEqualTo(2);
    assertThat(oneArg.err()).contains("Missing required parameter");
    Run noFiles = run("timeml", tmp.toString(), tmp.resolve("out").toString());
    assertThat(noFiles.code()).isEqualTo(2);
    assertThat(noFiles.err()).contains("no .tml or .tml.TE3input files");
    Run conll = run("conll", tmp.resolve("missing.txt").toString(), tmp.resolve("o.txt").toString());
    assertThat(conll.code()).isEqualTo(2);
    assertThat(conll.err()).contains("no such file");
    Run eval = run("eval", "timex");
    assertThat(eval.code()).isEqualTo(2);
    assertThat(eval.err()).contains("--bench");
    Run what = run("eval", "everything", "--bench", tmp.toString());
    assertThat(what.code()).isEqualTo(2);
    assertThat(run("eval", "timex", "--bench", tmp.resolve("none").toString()).code()).isEqualTo(2);
  }

  @Test
  void evalTimexScoresTheTimemlJobOnABenchFolderAndPrintsTheTable(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("tempeval3/TBAQ-cleaned/TimeBank");
    Files.createDirectories(data);
    Files.writeString(data.resolve("d.tml"), GOLD);
    Run r = run("eval", "timex", "--bench", tmp.toString(), "--errors", "5", "--engine", "corenlp");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("data set").contains("TIMEX3 value F1").contains("HeidelTime 77.61")
        .contains("timex: 2 gold");
  }

  @Test
  void evalReportsMissingDataAsAFailure(@TempDir Path tmp) {
    Run r = run("eval", "timex", "--bench", tmp.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no TempEval-3 data");
  }
}
