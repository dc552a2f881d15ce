package org.storyline.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A streaming reader of {@code multipart/form-data} bodies (RFC 7578): each part's headers are
 * parsed (bounded) and its content is copied to a caller-given stream, so a file part is never
 * held in memory. Not thread-safe; one per request.
 */
final class MultipartReader {
  private static final int MAX_HEADER_BYTES = 8192;
  private static final int BUFFER = 64 * 1024;
  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=(\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[BUFFER];
  private int len;
  private int pos;
  private boolean done;

  /** One part's headers: the file name it carries, or null for a plain form field. */
  record Part(String filename) {}

  /** Where a part's content goes. */
  interface Sink {
    /** {@return the stream for this part's content, or null to skip it} */
    OutputStream open(Part part) throws IOException;
  }

  MultipartReader(InputStream in, String contentType) {
    Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
    if (!m.find()) {
      throw ApiException.badRequest("multipart body without a boundary");
    }
    String boundary = m.group(2) != null ? m.group(2) : m.group(3);
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Reads every part, handing each to {@code sink}.
   *
   * @return how many parts were read
   * @throws ApiException 400 for a malformed body
   */
  int readAll(Sink sink, int maxParts) throws IOException {
    // the body starts with "--boundary" (an optional preamble before it is skipped)
    if (!skipTo(delimiter, 2)) {
      throw ApiException.badRequest("multipart body without its first boundary");
    }
    int parts = 0;
    while (!afterDelimiter()) {
      if (++parts > maxParts) {
        throw ApiException.badRequest("more than " + maxParts + " parts in the multipart body");
      }
      Part part = headers();
      OutputStream out = sink.open(part);
      try {
        copyToDelimiter(out);
      } finally {
        if (out != null) {
          out.close();
        }
      }
    }
    return parts;
  }

  /** After a delimiter: "--" ends the body, CRLF starts a part. {@return whether the body ended} */
  private boolean afterDelimiter() throws IOException {
    int a = read();
    int b = read();
    if (a == '-' && b == '-') {
      done = true;
      return true;
    }
    // tolerate transport padding (spaces/tabs) before the CRLF
    while (a == ' ' || a == '\t') {
      a = b;
      b = read();
    }
    if (a == '\r' && b == '\n') {
      return false;
    }
    throw ApiException.badRequest("malformed multipart boundary line");
  }

  private Part headers() throws IOException {
    StringBuilder h = new StringBuilder();
    int count = 0;
    while (true) {
      int c = read();
      if (c < 0) {
        throw ApiException.badRequest("multipart body ends inside part headers");
      }
      if (++count > MAX_HEADER_BYTES) {
        throw ApiException.badRequest("multipart part headers too long");
      }
      h.append((char) c);
      int n = h.length();
      if (n >= 4 && h.charAt(n - 4) == '\r' && h.charAt(n - 3) == '\n' && h.charAt(n - 2) == '\r' && h.charAt(n - 1) == '\n') {
        break;
      }
      if (n == 2 && h.charAt(0) == '\r' && h.charAt(1) == '\n') {
        break; // a part without headers
      }
    }
    String filename = null;
    // header bytes are UTF-8 in practice (browsers send file names that way)
    String text = new String(h.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        Matcher m = FILENAME.matcher(line);
        if (m.find()) {
          filename = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
        }
      }
    }
    return new Part(filename);
  }

  /** Copies bytes to {@code out} (null: discards them) up to the next delimiter, which is consumed. */
  private void copyToDelimiter(OutputStream out) throws IOException {
    while (true) {
      fill(delimiter.length);
      int found = indexOf(delimiter, pos, len);
      if (found >= 0) {
        write(out, pos, found - pos);
        pos = found + delimiter.length;
        return;
      }
      if (len - pos < delimiter.length) {
        throw ApiException.badRequest("multipart body ends inside a part");
      }
      // keep the tail that could begin a delimiter
      int safe = len - (delimiter.length - 1);
      write(out, pos, safe - pos);
      pos = safe;
    }
  }

  /** Skips to just after {@code what} (matching from offset {@code from}: the CRLF is optional at the start). */
  private boolean skipTo(byte[] what, int from) throws IOException {
    byte[] needle = java.util.Arrays.copyOfRange(what, from, what.length);
    while (true) {
      fill(needle.length);
      int found = indexOf(needle, pos, len);
      if (found >= 0) {
        pos = found + needle.length;
        return true;
      }
      if (len - pos < needle.length) {
        return false;
      }
      pos = len - (needle.length - 1);
    }
  }

  private void write(OutputStream out, int from, int n) throws IOException {
    if (out != null && n > 0) {
      out.write(buf, from, n);
    }
  }

  private int read() throws IOException {
    fill(1);
    return pos < len ? buf[pos++] & 0xFF : -1;
  }

  /** Makes at least {@code need} bytes available after pos unless the stream ends. */
  private void fill(int need) throws IOException {
    if (len - pos >= need) {
      return;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, len - pos);
      len -= pos;
      pos = 0;
    }
    while (len - pos < need) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return;
      }
      len += n;
    }
  }

  private int indexOf(byte[] needle, int from, int to) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  boolean done() {
    return done;
  }
}
