package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The hostile input corpus of {@code src/test/resources/hostile/} (its README lists each file, what
 * it tests and what ingest must give) and the hostile inputs too big to commit, written on demand.
 * Shared by the ingest, CLI and fuzz tests.
 */
public final class HostileCorpus {
  /** Zero bytes of the zip bomb's second record. */
  public static final long BOMB_BYTES = 80L * 1024 * 1024;
  /** Tokens of the generated long sentence. */
  public static final int LONG_SENTENCE_TOKENS = 100_000;

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| .+ \\| (\\d+);\\s*([A-Z0-9 ]*)\\|$");

  /** One row of the README: a committed file and what ingest must give. */
  public record Expectation(String file, int articles, List<String> codes) {}

  private HostileCorpus() {}

  /** {@return the corpus folder (on the test class path)} */
  public static Path folder() {
    URL url = HostileCorpus.class.getResource("/hostile/README.md");
    if (url == null) {
      throw new IllegalStateException("hostile corpus not on the test class path");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return the committed files (everything but the README), sorted by name} */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(folder())) {
      return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the rows of the README's first table} */
  public static List<Expectation> expectations() {
    List<Expectation> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(folder().resolve("README.md"), UTF_8)) {
        if (line.startsWith("## ")) {
          break; // the generated files follow
        }
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          String codes = m.group(3).strip();
          out.add(new Expectation(m.group(1), Integer.parseInt(m.group(2)),
              codes.isEmpty() ? List.of() : List.of(codes.split("\\s+"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Copies the committed files into {@code dir}. */
  public static void copyTo(Path dir) throws IOException {
    for (Path p : files()) {
      Files.copy(p, dir.resolve(p.getFileName().toString()));
    }
  }

  /** {@return a 50 MB file of one line, written in 1 MB chunks} */
  public static Path hugeSingleLine(Path dir) throws IOException {
    Path file = dir.resolve("huge-single-line.txt");
    byte[] chunk = "word ".repeat(200_000).getBytes(UTF_8);
    try (OutputStream os = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        os.write(chunk);
      }
    }
    return file;
  }

  /** {@return a text file whose body is one sentence of 100,000 tokens (seeded, news words)} */
  public static Path longSentence(Path dir) throws IOException {
    String[] words = ("the minister said that talks with Russia and Ukraine on a ceasefire would resume in Istanbul"
        + " next week after Putin and Zelensky spoke , officials in Kyiv and Moscow added while envoys waited").split(" ");
    Random random = new Random(42);
    StringBuilder b = new StringBuilder("One very long sentence\n\n");
    for (int i = 0; i < LONG_SENTENCE_TOKENS; i++) {
      b.append(words[random.nextInt(words.length)]).append(' ');
    }
    b.append(".\n");
    Path file = dir.resolve("long-sentence.txt");
    Files.writeString(file, b, UTF_8);
    return file;
  }

  /**
   * {@return a gzip WARC of two members: a good HTML response, then a resource record of {@link
   * #BOMB_BYTES} zeros (about 80 KB compressed)}
   */
  public static Path zipBomb(Path dir) throws IOException {
    Path file = dir.resolve("zip-bomb.warc.gz");
    try (OutputStream os = Files.newOutputStream(file)) {
      os.write(gzip(warcResponse("https://example.com/before-the-bomb", "<html><head><title>Truce</title></head><body>"
          + "<article><p>The two sides agreed to a three-day truce on Sunday, mediators in Doha said.</p></article>"
          + "</body></html>")));
      String head = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.com/bomb\r\n"
          + "WARC-Date: 2025-08-20T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes("bomb".getBytes(UTF_8))
          + ">\r\nContent-Type: text/html\r\nContent-Length: " + BOMB_BYTES + "\r\n\r\n";
      GZIPOutputStream gz = new GZIPOutputStream(os, 64 * 1024) {
        {
          def.setLevel(Deflater.BEST_COMPRESSION);
        }
      };
      gz.write(head.getBytes(UTF_8));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written < BOMB_BYTES; written += zeros.length) {
        gz.write(zeros);
      }
      gz.write("\r\n\r\n".getBytes(UTF_8));
      gz.finish();
    }
    return file;
  }

  /** {@return HTML with 30,000 unclosed nested elements around one paragraph} */
  public static Path deepNesting(Path dir) throws IOException {
    Path file = dir.resolve("deep-nesting.html");
    Files.writeString(file, "<html><body>" + "<div><span><b>".repeat(10_000)
        + "<p>Text about sanctions on Russia announced on Monday.</p>", UTF_8);
    return file;
  }

  /** {@return a folder {@code loop/} holding a symlink {@code back} to {@code dir} itself} */
  public static Path symlinkLoop(Path dir) throws IOException {
    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("back"), dir);
    return loop;
  }

  /** {@return one WARC response record (uncompressed) for an HTML page} */
  public static byte[] warcResponse(String uri, String html) {
    byte[] body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).getBytes(UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2025-08-20T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(uri.getBytes(UTF_8))
        + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head.getBytes(UTF_8));
    b.writeBytes(body);
    b.writeBytes("\r\n\r\n".getBytes(UTF_8));
    return b.toByteArray();
  }

  /** {@return the bytes gzip-compressed as one member} */
  public static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write(data);
    }
    return b.toByteArray();
  }
}
