package org.storyline.actors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads dictionary files: UTF-8, else ISO-8859-1 (old TABARI files); {@code .gz} files are unpacked. */
final class DictionaryFiles {
  private DictionaryFiles() {}

  static List<String> lines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.getFileName() != null && file.getFileName().toString().endsWith(".gz")) {
      try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return text.lines().toList();
  }
}
