package org.storyline.server;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * The server's security rules, in one place: response headers on every answer, which Host headers
 * a loopback server answers to (against DNS rebinding), same-origin checks and the bearer token
 * for writes.
 */
final class SecurityPolicy {
  /** Scripts and styles from this server only: no inline script, no inline style, no framing. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'none'";

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final String token;
  private final boolean loopback;

  SecurityPolicy(String token, boolean loopback) {
    this.token = token;
    this.loopback = loopback;
  }

  /** Sets the headers every response carries. */
  static void headers(Headers h, boolean api) {
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    h.set("Cache-Control", api ? "no-store" : "no-cache");
  }

  /**
   * Refuses a Host header naming another site when bound to loopback, so a page on a rebound DNS
   * name cannot read the API.
   */
  void checkHost(Request r) {
    if (!loopback) {
      return;
    }
    String host = r.header("Host");
    if (host == null) {
      return; // HTTP/1.0 clients send none; they reach us by address
    }
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      int close = name.indexOf(']');
      name = close < 0 ? name : name.substring(0, close + 1);
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    if (!LOOPBACK_HOSTS.contains(name)) {
      throw new ApiException(403, "this server answers to localhost only");
    }
  }

  /**
   * Checks a write: same origin (an Origin header, when present, must name this server; fetch
   * metadata must not say cross-site) and the bearer token when one is configured.
   */
  void checkWrite(Request r) {
    String site = r.header("Sec-Fetch-Site");
    if (site != null && site.equalsIgnoreCase("cross-site")) {
      throw new ApiException(403, "cross-site writes are refused");
    }
    String origin = r.header("Origin");
    String host = r.header("Host");
    if (origin != null && !origin.equals("null") && (host == null || !origin.equalsIgnoreCase("http://" + host))) {
      throw new ApiException(403, "cross-origin writes are refused");
    }
    if (origin != null && origin.equals("null")) {
      throw new ApiException(403, "writes from opaque origins are refused");
    }
    if (token != null) {
      String auth = r.header("Authorization");
      String expected = "Bearer " + token;
      if (auth == null || !MessageDigest.isEqual(auth.strip().getBytes(StandardCharsets.UTF_8),
          expected.getBytes(StandardCharsets.UTF_8))) {
        throw new ApiException(401, "write requests need 'Authorization: Bearer TOKEN'");
      }
    }
  }
}
