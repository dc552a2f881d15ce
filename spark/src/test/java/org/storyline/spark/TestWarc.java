package org.storyline.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds gzip WARC files from real article text, the way a crawl stores news pages. */
final class TestWarc {
  static final Instant CAPTURED = Instant.parse("2025-09-01T08:00:00Z");

  private TestWarc() {}

  /** A page of a news site: title, optional publication date, paragraphs in an article element, site furniture. */
  record Page(String url, String title, String published, String body) {
    byte[] html() {
      StringBuilder p = new StringBuilder();
      for (String para : body.split("\\n\\s*\\n|\\n")) {
        if (!para.isBlank()) {
          p.append("<p>").append(escape(para.strip())).append("</p>\n");
        }
      }
      String meta = published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">";
      return ("<!DOCTYPE html><html><head><title>" + escape(title) + "</title>" + meta + "</head><body>"
          + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + escape(title) + "</h1>\n"
          + p + "</article><footer>© News Example. All rights reserved.</footer></body></html>").getBytes(UTF_8);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * Writes the pages as response records (each after its request record), then a PNG response,
   * then, when {@code truncateLast}, one more page record cut off in the middle of its gzip member.
   */
  static Path write(Path file, List<Page> pages, boolean truncateLast) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (Page page : pages) {
        URI uri = URI.create(page.url());
        writer.write(new WarcRequest.Builder(uri).date(CAPTURED)
            .body(new HttpRequest.Builder("GET", uri.getPath()).build()).build());
        writer.write(response(uri, MediaType.HTML_UTF8, page.html()));
      }
      writer.write(response(URI.create("https://news.example.org/logo.png"), MediaType.parse("image/png"),
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0}));
    }
    if (truncateLast) {
      Path extra = Files.createTempFile(file.getParent(), "last", ".warc.gz");
      try (FileChannel channel = FileChannel.open(extra, StandardOpenOption.WRITE);
          WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
        Page last = pages.get(0);
        writer.write(response(URI.create(last.url() + "?page=2"), MediaType.HTML_UTF8, last.html()));
      }
      byte[] member = Files.readAllBytes(extra);
      Files.delete(extra);
      Files.write(file, Arrays.copyOf(member, member.length / 2), StandardOpenOption.APPEND);
    }
    return file;
  }

  private static WarcResponse response(URI uri, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
    return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
  }
}
