package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline extract} and {@code storyline eval extract} through the real command line. */
class ExtractCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static final String PAGE = "<html><head><title>Envoys meet in Riyadh | Daily News</title>"
      + "<meta property=\"og:site_name\" content=\"Daily News\">"
      + "<meta name=\"author\" content=\"Jane Doe\">"
      + "<meta property=\"article:published_time\" content=\"2025-02-18T10:00:00Z\"></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
      + "<article><h1>Envoys meet in Riyadh</h1>"
      + "<p>American and Russian envoys met in Riyadh on Tuesday, the first such talks since the war began, officials said.</p>"
      + "<p>Ukraine was not invited, and its president said he would not accept any deal made without Kyiv.</p>"
      + "</article><footer>Imprint · Privacy</footer></body></html>";

  static byte[] gzip(String s) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(b)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @Test
  void onePagePrintsTitleAuthorDateAndMainTextAsJson(@TempDir Path tmp) throws Exception {
    Path page = tmp.resolve("riyadh.html.gz");
    Files.write(page, gzip(PAGE));
    Run r = run("extract", page.toString(), "--url", "https://news.example/riyadh");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("title").asText()).isEqualTo("Envoys meet in Riyadh");
    assertThat(json.get("author").asText()).isEqualTo("Jane Doe");
    assertThat(json.get("published").asText()).isEqualTo("2025-02-18");
    assertThat(json.get("text").asText()).startsWith("American and Russian envoys met in Riyadh")
        .contains("without Kyiv.").doesNotContain("Imprint").doesNotContain("Home");
    assertThat(json.has("id")).isFalse();
  }

  @Test
  void aPageWithoutADateGetsNullAndABinaryFileIsNamedInTheError(@TempDir Path tmp) throws Exception {
    Path page = tmp.resolve("p.html");
    Files.writeString(page, PAGE.replace("<meta property=\"article:published_time\" content=\"2025-02-18T10:00:00Z\">", ""));
    Run ok = run("extract", page.toString());
    assertThat(new ObjectMapper().readTree(ok.out()).get("published").isNull()).isTrue();
    Path bin = tmp.resolve("bin.html");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Run bad = run("extract", bin.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("bin.html").contains("binary");
  }

  @Test
  void batchWritesOneLinePerPageAndReportsBadFilesWithoutStopping(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("pages");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.news.html"), PAGE);
    Files.write(dir.resolve("sub/b.htm.gz"), gzip(PAGE.replace("Riyadh", "Jeddah")));
    Files.writeString(dir.resolve("empty.html"), "");
    Files.write(dir.resolve("broken.html.gz"), new byte[] {31, (byte) 139, 8, 0, 1, 2});
    Files.writeString(dir.resolve("notes.txt"), "not a page");
    Path out = tmp.resolve("out.jsonl");
    Run r = run("extract", "--batch", dir.toString(), out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Wrote 2 page(s)").contains("2 page(s) failed");
    assertThat(r.err()).contains("empty.html: empty file").contains("broken.html.gz:");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(lines.get(0)).get("id").asText()).isEqualTo("a.news");
    assertThat(m.readTree(lines.get(1)).get("id").asText()).isEqualTo("b");
    assertThat(m.readTree(lines.get(1)).get("text").asText()).contains("Jeddah");
  }

  @Test
  void wrongUsageExitsWithTwo(@TempDir Path tmp) {
    assertThat(run("extract").code()).isEqualTo(2);
    assertThat(run("extract", "--batch", tmp.toString()).code()).isEqualTo(2);
    Run dir = run("extract", tmp.toString());
    assertThat(dir.code()).isEqualTo(2);
    assertThat(dir.err()).contains("--batch");
    Run none = run("extract", "--batch", tmp.toString(), tmp.resolve("o.jsonl").toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no .html");
    assertThat(run("extract", "--batch", tmp.resolve("nope").toString(), tmp.resolve("o.jsonl").toString()).code())
        .isEqualTo(2);
    assertThat(run("extract", tmp.resolve("missing.html").toString()).err()).contains("missing.html: no such file");
  }

  @Test
  void evalExtractScoresTheJobAgainstWithAndWithoutSnippets(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("trafilatura-eval");
    Files.createDirectories(data.resolve("eval"));
    Files.write(data.resolve("eval/riyadh.html.gz"), gzip(PAGE));
    Files.writeString(data.resolve("evaldata.json"), "{\"https://news.example/riyadh\": {\"file\": \"riyadh.html\","
        + " \"with\": [\"envoys met in Riyadh on Tuesday\", \"not in the page at all\"], \"without\": [\"Imprint\"],"
        + " \"title\": \"Envoys meet in Riyadh\", \"author\": \"Jane Doe\", \"date\": \"2025-02-18\"},"
        + " \"https://news.example/gone\": {\"file\": \"gone.html\", \"with\": [\"x\"], \"without\": [\"y\"]}}");
    Run r = run("eval", "extract", "--bench", tmp.toString(), "--errors", "3");
    assertThat(r.code()).as(r.err()).isZero();
    // 1 TP, 0 FP, 1 FN: F1 = 2/3
    assertThat(r.out()).contains("trafilatura-eval (1 pages)").contains("0.6667").contains("trafilatura 2.2.0 0.924")
        .contains("riyadh F1 0.67 missed [\"not in the page at all\"]");
    assertThat(r.out()).containsPattern("title accuracy \\(1 with[\\s|]*gold\\)\\s*\\|\\s*1\\.0000");
    assertThat(r.err()).contains("gone.html");
  }
}
