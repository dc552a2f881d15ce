package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.OffsetAssertions.assertMapsInto;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;

class IngestorTest {
  private static final Ingestor INGESTOR = new Ingestor();
  private static final String TITLE = "Envoys prepare summit in Riyadh";
  private static final String BODY = "Senior envoys from Washington and Moscow arrived in Riyadh on Monday to prepare a summit, "
      + "officials said.\n\nThe Kremlin said the agenda would include a ceasefire and sanctions relief.";
  private static final String TXT = TITLE + "\n\n" + BODY + "\n\nBack To Top\n";

  @TempDir
  Path dir;

  private CollectingSink ingest(Ingestor ingestor, Path... paths) {
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(List.of(paths), sink);
    return sink;
  }

  private CollectingSink ingest(Path... paths) {
    return ingest(INGESTOR, paths);
  }

  private static Diagnostic only(CollectingSink sink, String code) {
    List<Diagnostic> matching = sink.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(matching).as("diagnostics %s in %s", code, sink.diagnostics()).hasSize(1);
    return matching.get(0);
  }

  @Test
  void readsATextFileWithTitleFirstLineAndCleanBody() throws IOException {
    Path file = Files.writeString(dir.resolve("story.txt"), TXT);
    CollectingSink sink = ingest(file);
    assertThat(sink.diagnostics()).isEmpty();
    Article article = sink.articles().get(0);
    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.text()).isEqualTo(BODY);
    assertThat(article.source()).isEqualTo(file.toString());
    assertThat(article.published().basis()).isEqualTo(DateBasis.UNKNOWN);
    assertThat(article.id().value()).matches("a[0-9a-f]{16}");
    assertThat(article.contentHash()).matches("[0-9a-f]{64}");
    assertMapsInto(article, TXT);
    assertThat(article.toSource().toSource(0)).isEqualTo(TXT.indexOf("Senior"));
  }

  @Test
  void sameFileGivesSameIdAndCopiesShareTheContentHash() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), TXT);
    Path b = Files.writeString(dir.resolve("b.txt"), TXT);
    Article first = ingest(a).articles().get(0);
    Article again = ingest(a).articles().get(0);
    Article copy = ingest(b).articles().get(0);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(copy.id()).isNotEqualTo(first.id());
    assertThat(copy.contentHash()).isEqualTo(first.contentHash());
    assertThat(Ingestor.contentHash("A  b\n\nC")).isEqualTo(Ingestor.contentHash(" a b c "));
  }

  @Test
  void readsHtmlFilesWithExtractedTitleAndMetadataDate() throws IOException {
    String html = HtmlExtractorTest.newsPage(
        "<title>Talks end | Example</title><meta property='article:published_time' content='2025-05-16T10:00:00+03:00'>", "");
    Path file = Files.writeString(dir.resolve("page.html"), html);
    CollectingSink sink = ingest(file);
    Article article = sink.articles().get(0);
    assertThat(article.title()).as("the visible headline").isEqualTo("Talks in Istanbul end without ceasefire");
    assertThat(article.text()).startsWith(HtmlExtractorTest.P1).doesNotContain("Talks in Istanbul end without ceasefire");
    assertThat(article.published().date()).isEqualTo(LocalDate.of(2025, 5, 16));
    assertThat(article.published().basis()).isEqualTo(DateBasis.METADATA);
    assertMapsInto(article, html);
  }

  @Test
  void walksDirectoriesInSortedOrderSkippingHiddenEntries() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("b-dir"));
    Files.writeString(sub.resolve("z.txt"), "Z title\n\nZ body text long enough to be an article.");
    Files.writeString(dir.resolve("c.txt"), "C title\n\nC body text long enough to be an article.");
    Files.writeString(dir.resolve("a.txt"), "A title\n\nA body text long enough to be an article.");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden\n\nHidden body.");
    Path hiddenDir = Files.createDirectories(dir.resolve(".git"));
    Files.writeString(hiddenDir.resolve("x.txt"), "X\n\nX body.");
    CollectingSink sink = ingest(dir);
    assertThat(sink.articles()).extracting(Article::title).containsExactly("A title", "Z title", "C title");
    assertThat(sink.diagnostics()).isEmpty();
  }

  @Test
  void badFilesGiveDiagnosticsAndGoodOnesAreStillRead() throws IOException {
    Files.writeString(dir.resolve("01-good.txt"), TXT);
    Files.write(dir.resolve("02-empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("03-blank.html"), " \n\t\n ");
    Files.write(dir.resolve("04-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
    Files.write(dir.resolve("05-archive.html"), zipBytes());
    Files.write(dir.resolve("06-nul.txt"), "Title\n\nText with a \0 NUL byte inside it.".getBytes(UTF_8));
    Files.writeString(dir.resolve("07-notes.docx"), "not read");
    Files.writeString(dir.resolve("08-nothing.html"), "<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>");
    Files.writeString(dir.resolve("09-good.html"), HtmlExtractorTest.newsPage("", ""));

    CollectingSink sink = ingest(dir);

    assertThat(sink.articles()).extracting(Article::source)
        .containsExactly(dir.resolve("01-good.txt").toString(), dir.resolve("09-good.html").toString());
    assertThat(sink.diagnostics()).extracting(Diagnostic::code, Diagnostic::item).containsExactly(
        org.assertj.core.groups.Tuple.tuple("E102", dir.resolve("02-empty.txt").toString()),
        org.assertj.core.groups.Tuple.tuple("E102", dir.resolve("03-blank.html").toString()),
        org.assertj.core.groups.Tuple.tuple("E103", dir.resolve("04-image.txt").toString()),
        org.assertj.core.groups.Tuple.tuple("E103", dir.resolve("05-archive.html").toString()),
        org.assertj.core.groups.Tuple.tuple("E103", dir.resolve("06-nul.txt").toString()),
        org.assertj.core.groups.Tuple.tuple("E105", dir.resolve("07-notes.docx").toString()),
        org.assertj.core.groups.Tuple.tuple("E108", dir.resolve("08-nothing.html").toString()));
    assertThat(sink.diagnostics()).allSatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.stage()).isEqualTo("ingest");
      assertThat(d.message()).isNotBlank();
    });
    assertThat(sink.diagnostics().get(2).message()).contains("PNG");
    assertThat(sink.diagnostics().get(3).message()).contains("ZIP");
    assertThat(sink.diagnostics().get(4).message()).contains("NUL");
  }

  private static byte[] zipBytes() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write("hello".getBytes(UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithAWarning() throws IOException {
    byte[] bytes = ("Caf\u00e9 title\n\nThe caf\u00e9 on the square \u201Cserved\u201D envoys, officials said on Monday.")
        .getBytes(TextDecoder.WINDOWS_1252);
    Path file = dir.resolve("latin.txt");
    Files.write(file, bytes);
    CollectingSink sink = ingest(file);
    Diagnostic w = only(sink, "W101");
    assertThat(w.item()).isEqualTo(file.toString());
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    Article article = sink.articles().get(0);
    assertThat(article.title()).isEqualTo("Café title");
    assertThat(article.text()).contains("The café on the square “served” envoys");
    assertMapsInto(article, new String(bytes, TextDecoder.WINDOWS_1252));
  }

  @Test
  void honoursUtf16AndUtf8ByteOrderMarks() throws IOException {
    String text = "Заголовок статьи\n\nПереговоры в Эр-Рияде продолжились в понедельник, сообщили чиновники.";
    for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, UTF_8)) {
      byte[] bom = cs == UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
          : cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      Path file = dir.resolve("bom-" + cs.name() + ".txt");
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(bom);
        out.write(text.getBytes(cs));
      }
      CollectingSink sink = ingest(file);
      assertThat(sink.diagnostics()).as(cs.name()).isEmpty();
      Article article = sink.articles().get(0);
      assertThat(article.title()).isEqualTo("Заголовок статьи");
      assertThat(article.text()).startsWith("Переговоры");
      assertMapsInto(article, text);
    }
  }

  @Test
  void aFiftyMegabyteSingleLineIsRejectedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.txt");
    byte[] chunk = "word ".repeat(200_000).getBytes(UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
    assertThat(Files.size(file)).isEqualTo(50_000_000L);
    long start = System.nanoTime();
    CollectingSink sink = ingest(file);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    Diagnostic d = only(sink, "E109");
    assertThat(d.item()).isEqualTo(file.toString());
    assertThat(d.message()).contains("not read");
    assertThat(sink.articles()).isEmpty();
  }

  @Test
  void filesOverTheSizeLimitAreNotRead() throws IOException {
    Path file = Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(5000) + "</p>");
    CollectingSink sink = ingest(new Ingestor(IngestLimits.defaults().withMaxFileBytes(1000)), file);
    assertThat(only(sink, "E104").message()).contains("exceeds the limit of 1000");
  }

  @Test
  void textLongerThanTheLimitIsSkipped() throws IOException {
    Path file = Files.writeString(dir.resolve("long.txt"), "Title\n\n" + "Long text of the story. ".repeat(12));
    Ingestor small = new Ingestor(IngestLimits.defaults().withMaxTextChars(200));
    CollectingSink sink = ingest(small, file);
    assertThat(only(sink, "E109").item()).isEqualTo(file.toString());
    assertThat(sink.articles()).isEmpty();
    String html = "<article><p>" + "Long text of the story. ".repeat(12) + "</p></article>";
    assertThat(small.fromHtml("long.html", null, html).diagnostics()).extracting(Diagnostic::code).containsExactly("E109");
  }

  @Test
  void unreadableFilesAreReported() throws IOException {
    Path file = Files.writeString(dir.resolve("secret.txt"), TXT);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not prevent reading");
      CollectingSink sink = ingest(file, Files.writeString(dir.resolve("open.txt"), TXT));
      assertThat(only(sink, "E101").item()).isEqualTo(file.toString());
      assertThat(sink.articles()).hasSize(1);
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void missingInputsAndBrokenLinksAreReported() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("nowhere.txt"));
    CollectingSink sink = ingest(missing, broken);
    assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("E101", "E101");
    assertThat(sink.diagnostics().get(1).message()).contains("broken symbolic link");
  }

  @Test
  void symlinkLoopsAreReportedAndNotFollowed() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("story.txt"), TXT);
    Path loop = Files.createSymbolicLink(a.resolve("loop"), dir);
    long start = System.nanoTime();
    CollectingSink sink = ingest(dir);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    Diagnostic d = only(sink, "E110");
    assertThat(d.item()).isEqualTo(loop.toString());
    assertThat(d.message()).contains("loop");
    assertThat(sink.articles()).hasSize(1);
  }

  @Test
  void jsonlLinesBecomeArticlesAndBrokenLinesAreReportedByLine() throws IOException {
    String lines = String.join("\n",
        "{\"id\":\"r1\",\"url\":\"https://example.org/1\",\"title\":\"First\",\"published\":\"2025-02-13T09:00:00+02:00\","
            + "\"text\":\"Envoys met in Riyadh on Monday, officials said.\\n\\nBack To Top\"}",
        "{\"id\":\"r2\",\"title\":\"Second\",\"text\":\"Thu 13th Feb, 2025\\n\\nThe Kremlin welcomed the call, a spokesman said.\"}",
        "{\"id\":\"r3\",\"text\": this is not json",
        "",
        "[1,2,3]",
        "{\"id\":\"r5\",\"title\":\"No text\"}",
        "{\"id\":7,\"title\":\"Html\",\"url\":\"https://example.org/7\",\"html\":\"<article><p>Ukraine and Russia swapped prisoners on Friday, both sides said.</p></article>\"}",
        "{\"title\":\"No id\",\"published\":\"someday\",\"text\":\"A story without an id, read all the same by the reader.\"}");
    Path file = Files.writeString(dir.resolve("feed.jsonl"), lines + "\n");
    CollectingSink sink = ingest(file);

    assertThat(sink.articles()).extracting(Article::source).containsExactly(
        file + "#r1", file + "#r2", file + "#7", file + "#line-8");
    Article first = sink.articles().get(0);
    assertThat(first.text()).isEqualTo("Envoys met in Riyadh on Monday, officials said.");
    assertThat(first.url()).isEqualTo("https://example.org/1");
    assertThat(first.published().basis()).isEqualTo(DateBasis.METADATA);
    assertThat(first.published().date()).isEqualTo(LocalDate.of(2025, 2, 13));
    assertMapsInto(first, "Envoys met in Riyadh on Monday, officials said.\n\nBack To Top");
    Article second = sink.articles().get(1);
    assertThat(second.published().basis()).isEqualTo(DateBasis.DATELINE);
    assertThat(sink.articles().get(2).url()).isEqualTo("https://example.org/7");
    assertThat(sink.articles().get(3).published().isKnown()).isFalse();

    assertThat(sink.diagnostics()).extracting(Diagnostic::code, Diagnostic::item).containsExactly(
        org.assertj.core.groups.Tuple.tuple("E106", file + ":3"),
        org.assertj.core.groups.Tuple.tuple("E106", file + ":5"),
        org.assertj.core.groups.Tuple.tuple("E106", file + ":6"),
        org.assertj.core.groups.Tuple.tuple("W102", file + ":8"));
  }

  @Test
  void jsonlLinesOverTheRecordLimitAreSkippedAndInvalidUtf8Warns() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(("{\"id\":\"big\",\"text\":\"" + "x".repeat(3000) + "\"}\n").getBytes(UTF_8));
      out.write("{\"id\":\"latin\",\"text\":\"Caf".getBytes(UTF_8));
      out.write(0xE9);
      out.write(" envoys met on Monday, officials said.\"}\r\n".getBytes(UTF_8));
    }
    CollectingSink sink = ingest(new Ingestor(IngestLimits.defaults().withMaxRecordBytes(1000)), file);
    assertThat(sink.diagnostics()).extracting(Diagnostic::code, Diagnostic::item).containsExactly(
        org.assertj.core.groups.Tuple.tuple("E104", file + ":1"),
        org.assertj.core.groups.Tuple.tuple("W101", file + ":2"));
    assertThat(sink.articles()).singleElement().satisfies(a -> assertThat(a.text()).startsWith("Café envoys"));
  }

  @Test
  void fromTextAndFromHtmlServeOtherFrontEnds() {
    IngestResult text = INGESTOR.fromText("api:1", TITLE, TITLE + "\n\n" + BODY, "13 February 2025");
    assertThat(text.isAccepted()).isTrue();
    assertThat(text.article().text()).isEqualTo(BODY);
    assertThat(text.article().published().basis()).isEqualTo(DateBasis.METADATA);
    assertMapsInto(text.article(), TITLE + "\n\n" + BODY);

    IngestResult badHint = INGESTOR.fromText("api:2", TITLE, "Thu 13th Feb, 2025\n\n" + BODY, "not a date");
    assertThat(badHint.diagnostics()).extracting(Diagnostic::code).containsExactly("W102");
    assertThat(badHint.article().published().basis()).isEqualTo(DateBasis.DATELINE);

    IngestResult empty = INGESTOR.fromText("api:3", TITLE, "Back To Top", null);
    assertThat(empty.isAccepted()).isFalse();
    assertThat(empty.findArticle()).isEmpty();
    assertThat(empty.diagnostics()).extracting(Diagnostic::code).containsExactly("E108");

    String html = HtmlExtractorTest.newsPage("<link rel='canonical' href='https://example.org/c'>", "");
    IngestResult page = INGESTOR.fromHtml("crawl:9", "https://example.org/c?utm=x", html);
    assertThat(page.article().url()).isEqualTo("https://example.org/c");
    assertThat(page.article().source()).isEqualTo("crawl:9");
    assertMapsInto(page.article(), html);
  }

  @Test
  void isThreadSafeAndDeterministic() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String html = HtmlExtractorTest.newsPage("<title>T | S</title>", "");
        futures.add(pool.submit(() -> INGESTOR.fromHtml("same", null, html).article()));
      }
      Article first = futures.get(0).get();
      for (Future<Article> f : futures) {
        Article a = f.get();
        assertThat(a.id()).isEqualTo(first.id());
        assertThat(a.text()).isEqualTo(first.text());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void growingFilesAreStillBounded() throws IOException {
    // a sparse file reports a large size without holding data; it must not be read past the limit
    Path file = dir.resolve("sparse.html");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(IngestLimits.DEFAULT_MAX_FILE_BYTES + 1);
    }
    CollectingSink sink = ingest(file);
    assertThat(only(sink, "E104").item()).isEqualTo(file.toString());
  }
}
