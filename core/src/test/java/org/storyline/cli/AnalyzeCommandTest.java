package org.storyline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.store.StoryStore;

/**
 * {@code storyline analyze} on a batch where most files are hostile: each bad file is reported with
 * its name and reason, every good article is stored, and the run exits normally.
 */
class AnalyzeCommandTest {
  @TempDir static Path input;
  @TempDir static Path store;
  private static int exit;
  private static String out;
  private static List<AnnotatedArticle> stored;

  private static final String GOOD = "Putin and Trump speak by phone\n\n"
      + "Russian President Vladimir Putin spoke with Donald Trump by phone on Tuesday, the Kremlin said.";

  @BeforeAll
  static void runOnHostileBatch() throws Exception {
    Files.writeString(input.resolve("good.txt"), GOOD, UTF_8);
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0});
    byte[] latin1 = "Kyiv talks\n\nZelensky met envoys in Kyiv on Monday, caf\u00e9 owners said.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(input.resolve("latin1.txt"), latin1);
    // 50 MB on one line: rejected by the article-size limit, not read into the pipeline
    try (OutputStream os = Files.newOutputStream(input.resolve("huge.txt"))) {
      byte[] chunk = "word ".repeat(20_000).getBytes(UTF_8);
      for (int i = 0; i < 500; i++) {
        os.write(chunk);
      }
    }
    Files.writeString(input.resolve("nested.html"), "<html><body>" + "<div>".repeat(10_000)
        + "<p>Deeply nested text about sanctions on Russia announced by the European Union.</p>"
        + "</div>".repeat(10_000) + "</body></html>", UTF_8);
    Files.writeString(input.resolve("truncated.html"), "<html><head><title>Envoy visits Kyiv</title></head><body><article>"
        + "<p>Special envoy Keith Kellogg visited Kyiv and met President Volodymyr Zelensky, officials said on Thursday.</p>"
        + "<p>The two discussed security guarantees for Ukraine and a possible ceasefire with Ru", UTF_8);
    Files.writeString(input.resolve("feed.jsonl"),
        "{\"id\":\"x1\",\"title\":\"Lavrov proposes talks\",\"published\":\"2025-03-02\",\"text\":\"Russian Foreign Minister Sergei Lavrov proposed talks in Istanbul.\"}\n"
            + "{\"id\":\"x2\", \"title\": broken json\n"
            + "{\"id\":\"x3\",\"title\":\"Sanctions\",\"published\":\"2025-03-03\",\"text\":\"The European Union imposed new sanctions on Russia on Monday.\"}\n", UTF_8);
    Files.write(input.resolve("crawl.warc.gz"), truncatedWarc());
    Files.write(input.resolve("random.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    Files.writeString(input.resolve("notes.xyz"), "not an article format", UTF_8);
    Path sub = Files.createDirectories(input.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), input);

    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    exit = Main.run(new String[] {"analyze", input.toString(), "--store", store.toString(), "--no-timeline", "--threads", "2"},
        new PrintWriter(o), new PrintWriter(e));
    out = o + "\n" + e;
    try (StoryStore s = StoryStore.open(store)) {
      stored = s.loadArticles();
    }
  }

  /** Two gzip members (one WARC response record each); the second is cut off mid-stream. */
  private static byte[] truncatedWarc() throws IOException {
    byte[] first = gzip(warcRecord("https://example.com/one", "<html><head><title>Call</title></head><body><article>"
        + "<p>Donald Trump and Vladimir Putin spoke for 40 minutes on Wednesday, the White House said.</p></article></body></html>"));
    byte[] second = gzip(warcRecord("https://example.com/two", "<html><body><p>" + "Second record text. ".repeat(200) + "</p></body></html>"));
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(first);
    all.write(Arrays.copyOf(second, second.length / 2));
    return all.toByteArray();
  }

  private static byte[] warcRecord(String uri, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
    byte[] body = http.getBytes(UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2025-08-20T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head.getBytes(UTF_8));
    b.writeBytes(body);
    b.writeBytes("\r\n\r\n".getBytes(UTF_8));
    return b.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write(data);
    }
    return b.toByteArray();
  }

  private static boolean storedFrom(String name) {
    return stored.stream().anyMatch(d -> d.article().source().contains(name));
  }

  @Test
  void exitsNormallyAndStoresEveryGoodArticle() {
    assertThat(exit).as(out).isZero();
    assertThat(storedFrom("good.txt")).isTrue();
    assertThat(storedFrom("latin1.txt")).isTrue();
    assertThat(storedFrom("truncated.html")).isTrue();
    assertThat(storedFrom("nested.html")).isTrue();
    assertThat(stored.stream().filter(d -> d.article().source().contains("feed.jsonl"))).hasSize(2);
    assertThat(stored).anyMatch(d -> d.article().source().contains("example.com/one"));
  }

  @Test
  void namesEachBadFileAndItsReason() {
    List<String> lines = out.lines().toList();
    for (String[] bad : new String[][] {{"E102", "empty.txt"}, {"E103", "image.txt"}, {"E109", "huge.txt"},
        {"E106", "feed.jsonl:2"}, {"E107", "crawl.warc.gz"}, {"E107", "random.warc.gz"}, {"E105", "notes.xyz"},
        {"E110", "sub/loop"}}) {
      assertThat(lines).as("a line with %s and %s in:%n%s", bad[0], bad[1], out)
          .anyMatch(l -> l.contains(bad[0]) && l.contains(bad[1]));
    }
    assertThat(out).contains("Read 7 article(s): 7 analysed and stored", "Skipped 8 item(s)");
    assertThat(out).as("no stack traces").doesNotContain("\tat org.");
  }

  @Test
  void keepsEveryStoredSpanInsideItsText() {
    for (AnnotatedArticle d : stored) {
      int n = d.text().length();
      d.sentences().forEach(s -> assertThat(s.span().end()).isLessThanOrEqualTo(n));
      d.mentions().forEach(m -> assertThat(m.span().coveredText(d.text())).isEqualTo(m.text()));
      d.times().forEach(t -> assertThat(t.span().coveredText(d.text())).isEqualTo(t.text()));
      d.events().forEach(ev -> assertThat(ev.trigger().end()).isLessThanOrEqualTo(n));
    }
  }

  @Test
  void reanalysingThroughAnotherSpellingOfThePathIsANoOp() throws Exception {
    StringWriter o = new StringWriter();
    Path sameDir = input.resolve("sub").resolve("..");
    int code = Main.run(new String[] {"analyze", sameDir.toString(), "--store", store.toString(), "--no-timeline"},
        new PrintWriter(o), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(o.toString()).contains("0 analysed and stored, 7 already in the store");
    try (StoryStore s = StoryStore.open(store)) {
      assertThat(s.loadArticles()).hasSize(stored.size());
      // the bad files' diagnostics are replaced, not piled up, by the second run
      assertThat(s.diagnostics()).filteredOn(d -> d.item().endsWith("empty.txt")).hasSize(1);
    }
  }

  @Test
  void exitsNonZeroWhenNothingCouldBeRead(@TempDir Path onlyBad, @TempDir Path emptyStore) throws IOException {
    Files.writeString(onlyBad.resolve("notes.xyz"), "x", UTF_8);
    StringWriter o = new StringWriter();
    int code = Main.run(new String[] {"analyze", onlyBad.toString(), "--store", emptyStore.toString(), "--no-timeline"},
        new PrintWriter(o), new PrintWriter(new StringWriter()));
    assertThat(code).as(o.toString()).isEqualTo(1);
    assertThat(o.toString()).contains("E105", "notes.xyz");
  }

  @Test
  void wrongUsageExitsNonZeroWithAMessage() {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    assertThat(Main.run(new String[] {"analyze"}, new PrintWriter(o), new PrintWriter(e))).isEqualTo(2);
    assertThat(e.toString()).contains("PATH");
    assertThat(Main.run(new String[] {"analyze", input.resolve("missing-dir").toString()}, new PrintWriter(o), new PrintWriter(e)))
        .isEqualTo(2);
    assertThat(e.toString()).contains("no such file or directory");
    assertThat(Main.run(new String[] {"timeline", "--from", "yesterday", "--store", store.toString()}, new PrintWriter(o), new PrintWriter(e)))
        .isEqualTo(2);
    assertThat(e.toString()).contains("invalid date 'yesterday'");
  }
}
