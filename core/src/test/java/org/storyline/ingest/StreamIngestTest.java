package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyline.model.Diagnostic;

/** The stream entry point reads a file exactly as the file walker does: same articles, same diagnostics. */
class StreamIngestTest {
  private static final String BODY = "Kyiv, 14 March 2025 — Envoys from Washington and Moscow met in Riyadh on "
      + "Tuesday and agreed to restore embassy staff while preparing further talks on a ceasefire.";

  @TempDir
  Path dir;

  private static CollectingSink fromFile(Path file) {
    CollectingSink sink = new CollectingSink();
    new Ingestor().ingest(List.of(file), sink);
    return sink;
  }

  private static CollectingSink fromStream(Path file, boolean sizeKnown) throws IOException {
    CollectingSink sink = new CollectingSink();
    byte[] bytes = Files.readAllBytes(file);
    InputStream in = new ByteArrayInputStream(bytes);
    new Ingestor().ingest(file.toString(), sizeKnown ? bytes.length : -1, in, sink);
    return sink;
  }

  private void assertSameAsFile(Path file) throws IOException {
    CollectingSink expected = fromFile(file);
    for (boolean sizeKnown : new boolean[] {true, false}) {
      CollectingSink actual = fromStream(file, sizeKnown);
      assertThat(actual.articles()).isEqualTo(expected.articles());
      assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
    }
  }

  private Path warc(String name) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (int n = 1; n <= 3; n++) {
        String page = "<html><head><title>Talks " + n + "</title></head><body><article><p>" + n + ". " + BODY
            + "</p><p>More about what was agreed, in paragraph two of story " + n + ".</p></article></body></html>";
        writer.write(new WarcResponse.Builder(URI.create("https://news.example.org/s" + n))
            .date(Instant.parse("2025-03-15T00:00:00Z"))
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page.getBytes(UTF_8)).build()).build());
      }
      writer.write(new WarcResponse.Builder(URI.create("https://news.example.org/data.json"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("application/json"), "{}".getBytes(UTF_8)).build())
          .build());
    }
    return file;
  }

  @Test
  void textHtmlAndJsonlFilesGiveTheSameArticlesAsFromDisk() throws IOException {
    assertSameAsFile(Files.writeString(dir.resolve("talks.txt"), "Talks in Riyadh\n\n" + BODY + "\n", UTF_8));
    assertSameAsFile(Files.writeString(dir.resolve("talks.html"),
        "<html><head><title>Talks</title></head><body><article><p>" + BODY + "</p></article></body></html>", UTF_8));
    assertSameAsFile(Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\": \"x1\", \"title\": \"Talks\", \"published\": \"2025-03-14\", \"text\": \"" + BODY + "\"}\n"
            + "not json\n"
            + "{\"title\": \"No body\"}\n", UTF_8));
  }

  @Test
  void warcFilesWholeOrTruncatedGiveTheSameArticlesAndDiagnostics() throws IOException {
    Path whole = warc("crawl.warc.gz");
    assertSameAsFile(whole);
    byte[] bytes = Files.readAllBytes(whole);
    assertSameAsFile(Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3)));

    CollectingSink sink = fromStream(whole, false);
    assertThat(sink.articles()).hasSize(3);
    assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("I101");
  }

  @Test
  void emptyUnknownAndBinaryStreamsAreDiagnosticsNotExceptions() throws IOException {
    assertSameAsFile(Files.write(dir.resolve("empty.txt"), new byte[0]));
    assertSameAsFile(Files.write(dir.resolve("data.bin"), new byte[] {1, 2, 3}));
    assertSameAsFile(Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));

    CollectingSink sink = new CollectingSink();
    new Ingestor().ingest("s3a://bucket/empty.txt", -1, new ByteArrayInputStream(new byte[0]), sink);
    assertThat(sink.articles()).isEmpty();
    assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("E102");
  }
}
