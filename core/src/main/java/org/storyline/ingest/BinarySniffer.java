package org.storyline.ingest;

import java.util.List;

/**
 * Tells binary content from text by its first bytes: known magic numbers, NUL bytes (unless a
 * UTF-16 byte-order mark announces them) or a high ratio of control characters. Stateless.
 */
final class BinarySniffer {
  /** Bytes examined. */
  static final int SAMPLE = 8192;

  /** Share of control bytes (other than tab, CR, LF, FF, ESC) above which content is binary. */
  private static final double MAX_CONTROL_RATIO = 0.10;

  private record Magic(String name, int offset, byte[] bytes) {}

  private static final List<Magic> MAGICS = List.of(
      magic("PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
      magic("ZIP archive", 0, 'P', 'K', 0x03, 0x04),
      magic("ZIP archive", 0, 'P', 'K', 0x05, 0x06),
      magic("gzip data", 0, 0x1F, 0x8B),
      magic("PDF document", 0, '%', 'P', 'D', 'F', '-'),
      magic("JPEG image", 0, 0xFF, 0xD8, 0xFF),
      magic("GIF image", 0, 'G', 'I', 'F', '8'),
      magic("ELF executable", 0, 0x7F, 'E', 'L', 'F'),
      magic("Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
      magic("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
      magic("RAR archive", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
      magic("bzip2 data", 0, 'B', 'Z', 'h'),
      magic("xz data", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
      magic("zstd data", 0, 0x28, 0xB5, 0x2F, 0xFD),
      magic("OLE document (doc/xls)", 0, 0xD0, 0xCF, 0x11, 0xE0),
      magic("SQLite database", 0, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'),
      magic("WebAssembly module", 0, 0x00, 'a', 's', 'm'),
      magic("ISO media (mp4/mov)", 4, 'f', 't', 'y', 'p'),
      magic("WebP/RIFF media", 0, 'R', 'I', 'F', 'F'));

  private BinarySniffer() {}

  private static Magic magic(String name, int offset, int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return new Magic(name, offset, b);
  }

  /** {@return why the content looks binary, or null when it looks like text} */
  static String whyBinary(byte[] head) {
    for (Magic m : MAGICS) {
      if (startsWith(head, m.offset, m.bytes)) {
        return m.name + " (magic number)";
      }
    }
    int n = Math.min(head.length, SAMPLE);
    if (n == 0) {
      return null;
    }
    if (TextDecoder.hasUtf16Bom(head)) {
      // UTF-16 text is full of NUL and low bytes; only magic numbers tell it from binary
      return null;
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return "NUL byte at offset " + i;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1B) || b == 0x7F) {
        controls++;
      }
    }
    if (controls > n * MAX_CONTROL_RATIO) {
      return controls + " control bytes in the first " + n;
    }
    return null;
  }

  private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
    if (data.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
