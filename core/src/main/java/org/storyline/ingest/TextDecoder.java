package org.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes bytes to text: a BOM (UTF-8, UTF-16LE/BE) wins and is stripped; else a declared charset
 * (HTTP header, HTML meta) when Java supports it; else strict UTF-8, falling back to windows-1252
 * (which never fails) with a warning. Stateless.
 */
final class TextDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

  /** Decoded text, the charset used, and a warning message when decoding was lossy or a guess. */
  record Decoded(String text, String charset, String warning) {}

  private TextDecoder() {}

  /** {@return the decoded bytes; {@code declared} may be null} */
  static Decoded decode(byte[] bytes, Charset declared) {
    int len = bytes.length;
    if (len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return utf8OrFallback(bytes, 3);
    }
    if (len >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (len >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)) {
      // the HTML standard reads ISO-8859-1 labels as windows-1252
      Charset cs = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
      return lenient(bytes, 0, cs);
    }
    return utf8OrFallback(bytes, 0);
  }

  /** {@return whether the bytes start with a UTF-16 byte-order mark} */
  static boolean hasUtf16Bom(byte[] head) {
    return head.length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE));
  }

  private static Decoded utf8OrFallback(byte[] bytes, int offset) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new Decoded(chars.toString(), "UTF-8", null);
    } catch (CharacterCodingException e) {
      return mixed(bytes, offset);
    }
  }

  /**
   * Decodes every well-formed UTF-8 sequence as UTF-8 and every other byte as windows-1252, so a
   * file that mixes the two (a Latin-1 paragraph pasted into UTF-8 text) reads right in both parts,
   * and a pure windows-1252 file reads as windows-1252. Overlong forms, surrogates and code points
   * over U+10FFFF are not well-formed: their bytes are read one by one as windows-1252 (an overlong
   * "/" never becomes "/").
   */
  static Decoded mixed(byte[] bytes, int offset) {
    StringBuilder out = new StringBuilder(bytes.length - offset);
    byte[] one = new byte[1];
    int invalid = 0;
    int utf8 = 0;
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int len = sequenceLength(bytes, i);
      if (len > 0) {
        out.append(new String(bytes, i, len, StandardCharsets.UTF_8));
        utf8++;
        i += len;
      } else {
        one[0] = bytes[i];
        out.append(new String(one, WINDOWS_1252));
        invalid++;
        i++;
      }
    }
    String warning = utf8 == 0
        ? "invalid UTF-8; decoded as windows-1252"
        : "invalid UTF-8: " + invalid + " byte(s) decoded as windows-1252, " + utf8 + " UTF-8 sequence(s) kept";
    return new Decoded(out.toString(), utf8 == 0 ? "windows-1252" : "UTF-8+windows-1252", warning);
  }

  /** {@return the length of the well-formed UTF-8 sequence of 2 to 4 bytes at {@code i}, or 0} */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int len;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > bytes.length) {
      return 0;
    }
    int cp = b & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = bytes[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return len;
  }

  private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), charset.name(), null);
    } catch (CharacterCodingException e) {
      String text = new String(bytes, offset, bytes.length - offset, charset);
      return new Decoded(text, charset.name(), "invalid " + charset.name() + " sequences replaced by U+FFFD");
    }
  }

  /** {@return the charset declared by a {@code <meta>} tag in the first 1024 bytes, or null} */
  static Charset sniffHtmlCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : null;
  }

  /** {@return the charset of a label such as "utf-8" or "ISO-8859-1", or null if unknown} */
  static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.trim().toLowerCase(Locale.ROOT);
    if (name.equals("utf8")) {
      name = "utf-8";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
