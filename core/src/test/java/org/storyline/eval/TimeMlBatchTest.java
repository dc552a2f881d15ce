package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlBatchTest {
  static final TimexAnnotator ANNOTATOR = new TimexAnnotator();

  static String doc(String dct, String text) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d</DOCID>\n"
        + (dct == null ? "" : "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct + "\"/></DCT>\n")
        + "<TEXT>" + text + "</TEXT>\n</TimeML>\n";
  }

  @Test
  void tagsEveryFileResolvingAgainstTheDctAndMirrorsFolders(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("a.tml"), doc("1998-08-07", "Talks resumed <EVENT eid=\"e1\">yesterday</EVENT>."));
    Files.writeString(in.resolve("sub/b.tml.TE3input"), doc("2013-03-22", "The vote is on March 30, 2013."));
    TimeMlBatch.Report r = new TimeMlBatch(ANNOTATOR).run(in, tmp.resolve("out"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.written()).hasSize(2);
    String a = Files.readString(tmp.resolve("out/a.tml"));
    assertThat(a).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">yesterday</TIMEX3>")
        .doesNotContain("EVENT");
    assertThat(Files.readString(tmp.resolve("out/sub/b.tml")))
        .contains("value=\"2013-03-30\">March 30, 2013</TIMEX3>");
  }

  @Test
  void aBadFileIsReportedWithItsLineAndTheOthersAreStillWritten(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("bad.tml"), "<TimeML>\n<TEXT>\nan <EVENT>open tag\n</TEXT></TimeML>");
    Files.writeString(in.resolve("good.tml"), doc("1998-08-07", "It happened on Monday."));
    TimeMlBatch.Report r = new TimeMlBatch(ANNOTATOR).run(in, tmp.resolve("out"));
    assertThat(r.errors()).singleElement().asString().startsWith(in.resolve("bad.tml") + ":4: not well-formed XML");
    assertThat(r.written()).extracting(w -> w.output().getFileName().toString()).containsExactly("good.tml");
    assertThat(Files.exists(tmp.resolve("out/bad.tml"))).isFalse();
  }

  @Test
  void withoutADctRelativeExpressionsStayAnchorFreeWithAWarning(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("x.tml");
    Files.writeString(in, doc(null, "It happened in December."));
    TimeMlBatch.Report r = new TimeMlBatch(ANNOTATOR).run(in, tmp.resolve("out"));
    assertThat(r.warnings()).singleElement().asString().contains("no DCT");
    assertThat(Files.readString(tmp.resolve("out/x.tml"))).contains("value=\"XXXX-12\">December</TIMEX3>");
  }
}
