package org.storyline.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.storyline.fusion.Timeline;

/**
 * One HTTP exchange as the handlers see it: method, decoded path segments, query parameters,
 * headers, the body, and the response (JSON or bytes) with the security headers already set. One
 * per request; not thread-safe.
 */
final class Request {
  /** Ids as the API gives them: letters, digits and . _ : - (never "/" or "\"), bounded. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

  private final HttpExchange exchange;
  private final List<String> segments;
  private final Map<String, String> query;
  private boolean responded;

  Request(HttpExchange exchange) {
    this.exchange = exchange;
    this.segments = segments(exchange.getRequestURI().getRawPath());
    this.query = query(exchange.getRequestURI().getRawQuery());
  }

  HttpExchange exchange() {
    return exchange;
  }

  String method() {
    return exchange.getRequestMethod();
  }

  /** {@return the decoded path segments ("/api/articles/x" gives [api, articles, x])} */
  List<String> segments() {
    return segments;
  }

  /** {@return the client's IP address} */
  String client() {
    return exchange.getRemoteAddress().getAddress().getHostAddress();
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  boolean responded() {
    return responded;
  }

  // ---- parameters ------------------------------------------------------------------------

  /** {@return the query parameter, or null when absent or blank} */
  String param(String name) {
    String v = query.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  int intParam(String name, int dflt, int min, int max) {
    String v = param(name);
    if (v == null) {
      return dflt;
    }
    if (!v.matches("-?\\d{1,9}")) {
      throw ApiException.badRequest("parameter '" + name + "' must be an integer");
    }
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
    }
    return n;
  }

  /**
   * {@return a date parameter: YYYY-MM-DD, YYYY-MM or YYYY, as its first day (or last day when
   * {@code end}); null when absent}
   */
  LocalDate dateParam(String name, boolean end) {
    String s = param(name);
    if (s == null) {
      return null;
    }
    return Timeline.dateBound(s, end).orElseThrow(() -> ApiException.badRequest(
        "parameter '" + name + "' must be a date: YYYY-MM-DD, YYYY-MM or YYYY"));
  }

  /**
   * {@return a path segment that must be an API id} Anything else (slashes, dots only, other
   * characters) is an unknown resource: 404, never a file lookup.
   */
  static String id(String segment, String what) {
    if (segment == null || !ID.matcher(segment).matches() || segment.matches("\\.+")) {
      throw ApiException.notFound("no " + what + " with that id");
    }
    return segment;
  }

  // ---- body ------------------------------------------------------------------------------

  /** {@return the declared body length, -1 when unknown (chunked)} */
  long contentLength() {
    String v = header("Content-Length");
    if (v == null) {
      return -1;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid Content-Length");
    }
  }

  /** {@return the body, cut off with a 413 after {@code limit} bytes} */
  InputStream body(long limit) {
    long declared = contentLength();
    if (declared > limit) {
      throw new ApiException(413, "request body of " + declared + " bytes exceeds the limit of " + limit + " bytes");
    }
    return new LimitedInputStream(exchange.getRequestBody(), limit);
  }

  // ---- responses ---------------------------------------------------------------------------

  void sendJson(int status, Object value) throws IOException {
    byte[] bytes = Json.bytes(value);
    send(status, "application/json; charset=utf-8", bytes);
  }

  void send(int status, String contentType, byte[] bytes) throws IOException {
    send(status, contentType, bytes, false);
  }

  /** Sends the status and headers; with {@code streaming} the body is written later (chunked). */
  void send(int status, String contentType, byte[] bytes, boolean streaming) throws IOException {
    responded = true;
    if (streaming) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, 0);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(method());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } else {
      exchange.close();
    }
  }

  void sendError(ApiException e) throws IOException {
    if (e.retryAfter() != null) {
      exchange.getResponseHeaders().set("Retry-After", e.retryAfter());
    }
    if (e.status() == 405) {
      exchange.getResponseHeaders().set("Allow", e.getMessage().replaceFirst("^.*allowed: ", ""));
    }
    sendJson(e.status(), Json.error(e.status(), ApiException.reason(e.status()), e.getMessage()));
  }

  // ---- parsing -----------------------------------------------------------------------------

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    if (rawPath == null) {
      return out;
    }
    for (String s : rawPath.split("/", -1)) {
      if (!s.isEmpty()) {
        out.add(decode(s, false));
      }
    }
    return out;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    if (raw.length() > 8192) {
      throw ApiException.badRequest("query string too long");
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  /** Percent-decodes; "+" is a space only in the query. Malformed escapes are a 400. */
  private static String decode(String s, boolean query) {
    try {
      return URLDecoder.decode(query ? s : s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed percent-encoding in the URL");
    }
  }

  /** {@return the lower-case media type of the request, without parameters, or ""} */
  String mediaType() {
    String ct = header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** An input stream that fails with 413 once more than {@code limit} bytes were read. */
  static final class LimitedInputStream extends InputStream {
    private final InputStream in;
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) {
      count += n;
      if (count > limit) {
        throw new ApiException(413, "request body exceeds the limit of " + limit + " bytes");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
