package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.OffsetAssertions.assertMapsInto;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;

class WarcIngestTest {
  private static final Instant CAPTURED = Instant.parse("2025-02-15T06:30:00Z");
  private static final String P = "Envoys from Washington and Moscow met in Riyadh on Tuesday, officials said, and agreed to "
      + "restore embassy staff while preparing further talks on a ceasefire in Ukraine.";

  @TempDir
  Path dir;

  private static String page(int n, String head) {
    return "<html><head><title>Story " + n + " about the talks | Wire</title>" + head + "</head><body><article><p>"
        + "Story " + n + ". " + P + "</p><p>Second paragraph of story " + n + ", with more detail about who said what.</p>"
        + "</article></body></html>";
  }

  /** Writes request/response pairs for three pages plus non-HTML and non-response records. */
  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      for (int n = 1; n <= 3; n++) {
        URI uri = URI.create("https://news.example.org/story-" + n);
        writer.write(new WarcRequest.Builder(uri).date(CAPTURED)
            .body(new HttpRequest.Builder("GET", uri.getPath()).build()).build());
        String head = n == 2 ? "<meta property='article:published_time' content='2025-02-11T22:00:00-05:00'>" : "";
        writer.write(response(uri, 200, MediaType.parse("text/html; charset=utf-8"), page(n, head).getBytes(UTF_8)));
      }
      writer.write(response(URI.create("https://news.example.org/logo.png"), 200, MediaType.parse("image/png"),
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
      writer.write(response(URI.create("https://news.example.org/missing"), 404, MediaType.HTML_UTF8,
          "<p>Not found</p>".getBytes(UTF_8)));
      writer.write(new WarcResource.Builder(URI.create("https://news.example.org/feed")).date(CAPTURED)
          .body(MediaType.PLAIN_TEXT, "feed".getBytes(UTF_8)).build());
    }
    return file;
  }

  private static WarcResponse response(URI uri, int status, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
    return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
  }

  private static CollectingSink ingest(Path file) {
    CollectingSink sink = new CollectingSink();
    new Ingestor().ingest(List.of(file), sink);
    return sink;
  }

  @Test
  void htmlResponsesBecomeArticlesAndOtherRecordsAreCounted() throws IOException {
    for (WarcCompression compression : WarcCompression.values()) {
      Path file = writeWarc(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);
      CollectingSink sink = ingest(file);

      assertThat(sink.articles()).extracting(Article::source).containsExactly(
          "https://news.example.org/story-1", "https://news.example.org/story-2", "https://news.example.org/story-3");
      Article first = sink.articles().get(0);
      assertThat(first.url()).isEqualTo("https://news.example.org/story-1");
      assertThat(first.title()).isEqualTo("Story 1 about the talks");
      assertThat(first.text()).startsWith("Story 1. " + P);
      assertMapsInto(first, page(1, ""));

      // the capture date is only an upper bound, never the publication date
      assertThat(first.published().basis()).isEqualTo(DateBasis.INFERRED);
      assertThat(first.published().date()).isNull();
      assertThat(first.published().earliest()).isNull();
      assertThat(first.published().latest()).isEqualTo(LocalDate.of(2025, 2, 15));
      assertThat(first.published().evidence().get(0).reason()).contains("WARC-Date");
      Article second = sink.articles().get(1);
      assertThat(second.published().basis()).isEqualTo(DateBasis.METADATA);
      assertThat(second.published().date()).isEqualTo(LocalDate.of(2025, 2, 11));

      Diagnostic skipped = sink.diagnostics().stream().filter(d -> d.code().equals("I101")).findFirst().orElseThrow();
      assertThat(skipped.item()).isEqualTo(file.toString());
      assertThat(skipped.message()).contains("skipped 6 of 9 records", "3 request record", "non-HTML response (image/png)",
          "non-2xx response", "resource record");
      assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("I101");
    }
  }

  @Test
  void aTruncatedGzipWarcKeepsTheRecordsReadBeforeTheDamage() throws IOException {
    Path whole = writeWarc("whole.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = Files.write(dir.resolve("truncated.warc.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
    CollectingSink sink = ingest(truncated);

    assertThat(sink.articles()).isNotEmpty();
    assertThat(sink.articles()).extracting(Article::source).contains("https://news.example.org/story-1");
    List<Diagnostic> errors = sink.diagnostics().stream().filter(d -> d.code().equals("E107")).toList();
    assertThat(errors).isNotEmpty();
    assertThat(errors).allSatisfy(d -> {
      assertThat(d.item()).startsWith(truncated.toString());
      assertThat(d.message()).contains("truncated or corrupt");
    });
  }

  @Test
  void aCorruptGzipWarcKeepsTheRecordsReadBeforeTheDamage() throws IOException {
    Path whole = writeWarc("whole.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] = (byte) (bytes[i] ^ 0x5A);
    }
    Path corrupt = Files.write(dir.resolve("corrupt.warc.gz"), bytes);
    CollectingSink sink = ingest(corrupt);

    assertThat(sink.articles()).extracting(Article::source).contains("https://news.example.org/story-1");
    assertThat(sink.articles().size()).isLessThan(3);
    assertThat(sink.diagnostics()).extracting(Diagnostic::code).contains("E107");
    assertThat(sink.diagnostics()).filteredOn(d -> d.code().equals("E107"))
        .allSatisfy(d -> assertThat(d.item()).startsWith(corrupt.toString()));
  }

  @Test
  void garbageNamedWarcIsReportedAsCorrupt() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.warc"), "this is not a web archive at all\n");
    CollectingSink sink = ingest(file);
    assertThat(sink.articles()).isEmpty();
    assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("E107");
  }
}
