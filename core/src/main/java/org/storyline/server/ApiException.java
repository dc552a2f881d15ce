package org.storyline.server;

/**
 * An HTTP error answered as JSON {@code {status, error, message}}. Thrown by handlers for bad
 * input (400), unknown ids (404), limits (413, 429, 503) and the like; the message is plain text
 * meant for the client and never holds HTML.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient String retryAfter;

  ApiException(int status, String message) {
    this(status, message, null);
  }

  ApiException(int status, String message, String retryAfterSeconds) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfterSeconds;
  }

  int status() {
    return status;
  }

  /** {@return the Retry-After value in seconds, or null} */
  String retryAfter() {
    return retryAfter;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** {@return the reason phrase of an HTTP status} */
  static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 411: return "Length Required";
      case 413: return "Payload Too Large";
      case 415: return "Unsupported Media Type";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 503: return "Service Unavailable";
      default: return "HTTP " + status;
    }
  }
}
