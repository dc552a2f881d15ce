package org.storyline.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * How {@code storyline serve} runs.
 *
 * @param bind the address to listen on (loopback unless a token is given)
 * @param port the TCP port; 0 picks a free one
 * @param token the bearer token write endpoints require, or null for none (loopback only)
 * @param maxUploadBytes the largest request body accepted (413 beyond)
 * @param writesPerMinute write requests allowed per client address and minute (429 beyond)
 * @param httpThreads threads answering requests
 */
public record ServerOptions(
    String bind, int port, String token, long maxUploadBytes, int writesPerMinute, int httpThreads) {
  /** The default upload limit: 64 MiB, the ingest limit for one file. */
  public static final long DEFAULT_MAX_UPLOAD = 64L * 1024 * 1024;

  public ServerOptions {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("bind address required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port outside 0..65535: " + port);
    }
    if (token != null && (token.length() < 8 || !token.matches("[\\x21-\\x7e]+"))) {
      throw new IllegalArgumentException("token must be at least 8 printable ASCII characters without spaces");
    }
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException("upload limit below 1 KiB: " + maxUploadBytes);
    }
    if (writesPerMinute < 1) {
      throw new IllegalArgumentException("writes per minute must be >= 1: " + writesPerMinute);
    }
    if (httpThreads < 4) {
      throw new IllegalArgumentException("at least 4 HTTP threads: " + httpThreads);
    }
  }

  /** {@return loopback, port 8080, no token, 64 MiB uploads, 60 writes a minute, 32 threads} */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 8080, null, DEFAULT_MAX_UPLOAD, 60, 32);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(bind, p, token, maxUploadBytes, writesPerMinute, httpThreads);
  }

  public ServerOptions withBind(String b) {
    return new ServerOptions(b, port, token, maxUploadBytes, writesPerMinute, httpThreads);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(bind, port, t, maxUploadBytes, writesPerMinute, httpThreads);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(bind, port, token, bytes, writesPerMinute, httpThreads);
  }

  public ServerOptions withWritesPerMinute(int n) {
    return new ServerOptions(bind, port, token, maxUploadBytes, n, httpThreads);
  }

  /** {@return whether {@link #bind} is a loopback address} */
  public boolean isLoopback() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * {@return a byte size from "65536", "512k", "64m", "64MiB", "1g" (binary units, case-insensitive)}
   *
   * @throws IllegalArgumentException for anything else
   */
  public static long parseSize(String s) {
    String t = s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceFirst("i?b$", "");
    long unit = 1;
    if (t.endsWith("k")) {
      unit = 1024;
    } else if (t.endsWith("m")) {
      unit = 1024L * 1024;
    } else if (t.endsWith("g")) {
      unit = 1024L * 1024 * 1024;
    }
    if (unit > 1) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!t.matches("\\d{1,12}")) {
      throw new IllegalArgumentException("invalid size '" + s + "': expected e.g. 65536, 512k, 64m or 1g");
    }
    return Math.multiplyExact(Long.parseLong(t), unit);
  }
}
