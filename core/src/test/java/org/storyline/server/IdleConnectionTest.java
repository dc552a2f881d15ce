package org.storyline.server;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that keeps a connection open and sends nothing more does not hold it for ever: the
 * server closes idle keep-alive connections (after 30 s, the JDK server's idle interval that
 * {@link StorylineServer} sets). The bound below only stops a hang; no duration is asserted.
 */
class IdleConnectionTest {

  @Test
  void anIdleKeepAliveConnectionIsClosedByTheServer(@TempDir Path dir) {
    try (ServerFixture f = new ServerFixture(dir)) {
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
          OutputStream out = socket.getOutputStream();
          out.write("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".getBytes(US_ASCII));
          out.flush();
          InputStream in = socket.getInputStream();
          String head = readUntilBody(in);
          assertThat(head).startsWith("HTTP/1.1 200");
          // read (and drop) whatever follows until the server closes the connection
          assertThat(drainUntilClosed(in)).as("the server closed the idle connection").isTrue();
        }
      });
    }
  }

  private static String readUntilBody(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      b.write(c);
      if (b.toString(US_ASCII).endsWith("\r\n\r\n")) {
        break;
      }
    }
    return b.toString(US_ASCII);
  }

  private static boolean drainUntilClosed(InputStream in) throws IOException {
    try {
      byte[] buf = new byte[4096];
      while (in.read(buf) != -1) {
        // the body of the status answer, then nothing until the close
      }
      return true;
    } catch (SocketException reset) {
      return true; // closed by a reset rather than an orderly close: closed all the same
    }
  }
}
