package org.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.storyline.model.Span;

/** JSON building and writing for the API: trees, so every documented field is always present. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    // "<", ">", "&" and "'" are written as \\u escapes: a response can never be read as markup
    MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  /** Standard JSON escapes plus the HTML-significant characters. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode obj() {
    return NODES.objectNode();
  }

  static ArrayNode arr() {
    return NODES.arrayNode();
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ObjectNode error(int status, String error, String message) {
    ObjectNode o = obj();
    o.put("status", status);
    o.put("error", error);
    o.put("message", message);
    return o;
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static ObjectNode span(Span s) {
    if (s == null) {
      return null;
    }
    ObjectNode o = obj();
    o.put("start", s.start());
    o.put("end", s.end());
    return o;
  }
}
