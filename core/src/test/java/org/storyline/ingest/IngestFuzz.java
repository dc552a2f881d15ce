package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;
import org.storyline.testkit.FuzzLoop;

/**
 * Fuzz targets for the HTML extractor and the JSONL and WARC readers (run with {@code mvn -Pfuzz
 * verify}; see docs/reliability.md). Inputs are structure-aware (tags, entities, JSON fields, WARC
 * headers) and mixed with byte-level damage of the hostile corpus. Oracle: nothing escapes as an
 * exception, every item ends as articles or diagnostics naming it, and every article's offsets map
 * inside its raw document.
 */
@Tag("fuzz")
class IngestFuzz {
  private static final Ingestor INGESTOR = new Ingestor();
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("storyline-fuzz");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // ------------------------------------------------------------------ generators

  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("abc XYZ,.;:'\"\u201c\u201d\u2019-\n\t\u00a0\u200b\u202e\u05d0\u0627\u00e9&<>/=")
        .ofMaxLength(40);
  }

  static Arbitrary<String> html() {
    Arbitrary<String> tag = Arbitraries.of("p", "div", "article", "main", "span", "b", "i", "a", "h1", "h2", "title",
        "script", "style", "noscript", "template", "table", "tr", "td", "li", "ul", "br", "img", "meta", "time", "pre",
        "header", "footer", "nav", "aside", "figure", "figcaption", "svg", "math", "iframe", "select", "option");
    Arbitrary<String> attr = Arbitraries.of("", " class='content'", " class=\"share social\"", " id=x", " onclick=\"alert(1)\"",
        " href='javascript:x()'", " property=\"article:published_time\" content=\"2025-02-31T25:61:00Z\"",
        " itemprop=datePublished datetime='99999-01-01'", " name=\"author\" content=\"By \u202eevil\"", " charset=utf-16",
        " hidden", " style='display:none'", " src=x onerror=y", " lang=ar dir=rtl");
    Arbitrary<String> open = Combinators.combine(tag, attr).as((t, a) -> "<" + t + a + ">");
    Arbitrary<String> close = tag.map(t -> "</" + t + ">");
    Arbitrary<String> special = Arbitraries.of("&amp;", "&nbsp;", "&#0;", "&#x110000;", "&#xD800;", "&bogus;", "&", "<",
        ">", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>", "</", "<p", "=\"",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-02-30\"}</script>",
        "\u0000", "\ufeff", "\r\n", "<plaintext>", "<base href='javascript:'>");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, text()), net.jqwik.api.Tuple.of(3, open), net.jqwik.api.Tuple.of(2, close),
        net.jqwik.api.Tuple.of(2, special));
    return piece.list().ofMaxSize(120).map(parts -> String.join("", parts));
  }

  /** Bytes of a hostile-corpus file with random damage: flips, cuts, splices, repeats. */
  static Arbitrary<byte[]> damaged(String suffix) {
    List<byte[]> seeds = new ArrayList<>();
    for (Path p : HostileCorpus.files()) {
      if (p.getFileName().toString().endsWith(suffix)) {
        try {
          seeds.add(Files.readAllBytes(p));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Combinators.combine(Arbitraries.of(seeds), Arbitraries.integers().between(0, 12).list().ofMaxSize(8),
        Arbitraries.longs()).as((seed, ops, salt) -> mutate(seed, ops, salt));
  }

  static byte[] mutate(byte[] seed, List<Integer> ops, long salt) {
    java.util.Random r = new java.util.Random(salt);
    byte[] b = seed.clone();
    for (int op : ops) {
      if (b.length == 0) {
        break;
      }
      int at = r.nextInt(b.length);
      switch (op % 6) {
        case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
        case 1 -> b = java.util.Arrays.copyOf(b, at);
        case 2 -> {
          ByteArrayOutputStream o = new ByteArrayOutputStream();
          o.write(b, 0, at);
          o.write(b, r.nextInt(b.length), 0);
          byte[] chunk = java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(64)));
          for (int k = 0; k < 1 + r.nextInt(50); k++) {
            o.writeBytes(chunk);
          }
          o.write(b, at, b.length - at);
          b = o.toByteArray();
        }
        case 3 -> b[at] = (byte) r.nextInt(256);
        case 4 -> {
          byte[] junk = new byte[1 + r.nextInt(16)];
          r.nextBytes(junk);
          ByteArrayOutputStream o = new ByteArrayOutputStream();
          o.write(b, 0, at);
          o.writeBytes(junk);
          o.write(b, at, b.length - at);
          b = o.toByteArray();
        }
        default -> b = java.util.Arrays.copyOfRange(b, at, b.length);
      }
    }
    return b;
  }

  static Arbitrary<String> jsonLine() {
    Arbitrary<String> value = Arbitraries.oneOf(text().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("\n", "\\n").replace("\t", "\\t") + "\""), Arbitraries.of("null", "5", "-0", "1e999999", "true", "[]",
        "{}", "\"\\u0000\"", "\"\\ud800\"", "\"2025-02-31\"", "\"99999-12-31\"", "\"" + "x".repeat(5000) + "\""));
    Arbitrary<String> key = Arbitraries.of("id", "url", "title", "published", "text", "html", "text", "other");
    Arbitrary<String> object = Combinators.combine(key, value).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(7)
        .map(fields -> "{" + String.join(",", fields) + "}");
    Arbitrary<String> broken = Arbitraries.of("{", "}", "[", "{\"text\":", "{\"text\":\"unterminated", "\u0000", "\ufeff{}",
        "{\"text\":\"a\"}{\"text\":\"b\"}", "[".repeat(2000), "\r", "{\"text\"\u00a0:\"x\"}");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, object), net.jqwik.api.Tuple.of(1, broken),
        net.jqwik.api.Tuple.of(1, html().map(h -> "{\"html\":\"" + h.replace("\\", "\\\\").replace("\"", "\\\"")
            .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"}")));
  }

  static Arbitrary<byte[]> warc() {
    Arbitrary<byte[]> record = Combinators.combine(html(), Arbitraries.of("200 OK", "404 Not Found", "301 Moved", "999 X",
        "abc"), Arbitraries.of("text/html", "text/html; charset=utf-16", "text/plain", "application/xhtml+xml",
        "text/html; charset=bogus"), Arbitraries.integers().between(-5, 5), Arbitraries.of("response", "request",
        "resource", "metadata", "warcinfo", "revisit", "bogus")).as((page, status, type, lengthError, kind) -> {
          byte[] body = ("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n\r\n" + page).getBytes(UTF_8);
          String head = "WARC/1.0\r\nWARC-Type: " + kind + "\r\nWARC-Target-URI: https://example.com/" + page.length()
              + "\r\nWARC-Date: 2025-08-20T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
              + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
              + Math.max(0, body.length + (lengthError == 0 ? 0 : lengthError * 7)) + "\r\n\r\n";
          ByteArrayOutputStream b = new ByteArrayOutputStream();
          b.writeBytes(head.getBytes(UTF_8));
          b.writeBytes(body);
          b.writeBytes("\r\n\r\n".getBytes(UTF_8));
          return b.toByteArray();
        });
    return Combinators.combine(record.list().ofMaxSize(4), Arbitraries.of(true, false), Arbitraries.integers().between(0, 12)
        .list().ofMaxSize(3), Arbitraries.longs()).as((records, gz, ops, salt) -> {
          ByteArrayOutputStream all = new ByteArrayOutputStream();
          for (byte[] r : records) {
            try {
              all.writeBytes(gz ? HostileCorpus.gzip(r) : r);
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          }
          return mutate(all.toByteArray(), ops, salt);
        });
  }

  // ------------------------------------------------------------------ targets

  @Example
  void htmlExtractorNeverEscapesAndKeepsOffsetsInsideThePage() {
    FuzzLoop.run("html", Arbitraries.oneOf(html().map(s -> s.getBytes(UTF_8)), damaged(".html")), bytes -> {
      IngestResult result = INGESTOR.fromHtmlBytes("fuzz.html", null, bytes);
      if (result.isAccepted()) {
        String raw = TextDecoder.decode(bytes, TextDecoder.sniffHtmlCharset(bytes)).text();
        OffsetAssertions.assertMapsInto(result.article(), raw);
      } else {
        assertThat(result.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR);
      }
      String page = new String(bytes, StandardCharsets.UTF_8);
      HtmlExtraction extraction = new HtmlExtractor().extract("fuzz", page);
      OffsetAssertions.assertMapsInto(extraction.text(), extraction.toHtml(), page);
    });
  }

  @Example
  void jsonlReaderNeverEscapesAndNamesEveryBadLine() {
    Arbitrary<byte[]> files = Arbitraries.oneOf(
        Combinators.combine(jsonLine().list().ofMaxSize(20), Arbitraries.of("\n", "\r\n")).as((lines, nl) ->
            String.join(nl, lines).getBytes(UTF_8)),
        damaged(".jsonl"));
    FuzzLoop.run("jsonl", files, bytes -> {
      Path file = Files.write(dir.resolve("fuzz.jsonl"), bytes);
      CollectingSink sink = new CollectingSink();
      INGESTOR.ingest(List.of(file), sink);
      checkBatch(sink, file);
    });
  }

  @Example
  void warcReaderNeverEscapesAndKeepsWhatCameBeforeTheDamage() {
    FuzzLoop.run("warc", Arbitraries.oneOf(warc(), damaged(".warc.gz")), bytes -> {
      Path file = Files.write(dir.resolve(bytes.length > 1 && (bytes[0] & 0xFF) == 0x1F ? "fuzz.warc.gz" : "fuzz.warc"),
          bytes);
      CollectingSink sink = new CollectingSink();
      INGESTOR.ingest(List.of(file), sink);
      checkBatch(sink, file);
      Files.delete(file);
    });
  }

  private static void checkBatch(CollectingSink sink, Path file) {
    for (Diagnostic d : sink.diagnostics()) {
      assertThat(d.item()).startsWith(file.toString());
    }
    for (Article a : sink.articles()) {
      assertThat(a.text()).isNotBlank();
      assertThat(a.toSource().derivedLength()).isEqualTo(a.text().length());
      for (int i = 0; i <= a.text().length(); i++) {
        int s = a.toSource().toSource(i);
        if (s < 0 || s > a.toSource().sourceLength()) {
          throw new AssertionError("offset " + i + " of " + a.source() + " maps to " + s);
        }
      }
    }
  }
}
