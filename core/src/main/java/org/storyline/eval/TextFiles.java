package org.storyline.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a text file whose encoding is UTF-8 or, failing that, ISO-8859-1 (old CoNLL copies). */
public final class TextFiles {
  private TextFiles() {}

  /** A file's text and the charset it was decoded with (write output back in the same). */
  public record Decoded(String text, Charset charset) {}

  /** {@return the file decoded as strict UTF-8, or as ISO-8859-1 when it is not valid UTF-8} */
  public static Decoded read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /** {@return the bytes decoded as strict UTF-8, or as ISO-8859-1 when they are not valid UTF-8} */
  public static Decoded decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(text, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }
  }
}
