package org.storyline.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page: files under the classpath folder {@code web/}. Only names made of safe segments
 * (letters, digits, "-", "_", "." but not starting with a dot) with a known extension are looked
 * up, so "..", encoded slashes, hidden files and directories never reach the class loader; no
 * directory is ever listed. "/" is {@code web/index.html}.
 */
final class StaticFiles {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("map", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("txt", "text/plain; charset=utf-8"));
  private static final int MAX_BYTES = 16 * 1024 * 1024;

  private final ClassLoader loader;
  private final String root;

  StaticFiles(ClassLoader loader, String root) {
    this.loader = loader;
    this.root = root;
  }

  void serve(Request r) throws IOException {
    List<String> segments = r.segments();
    String name = segments.isEmpty() ? "index.html" : String.join("/", segments);
    if (segments.size() > 8 || !segments.stream().allMatch(s -> SEGMENT.matcher(s).matches())) {
      throw ApiException.notFound("no such file");
    }
    String last = segments.isEmpty() ? name : segments.get(segments.size() - 1);
    int dot = last.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      throw ApiException.notFound("no such file");
    }
    URL url = loader.getResource(root + "/" + name);
    if (url == null || isDirectory(url)) {
      throw ApiException.notFound("no such file");
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw ApiException.notFound("no such file");
    }
    r.send(200, type, bytes);
  }

  private static boolean isDirectory(URL url) {
    if (url.getProtocol().equals("file")) {
      try {
        Path p = Paths.get(url.toURI());
        return !Files.isRegularFile(p);
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return true;
      }
    }
    return url.getPath().endsWith("/");
  }
}
