package org.storyline.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * Packs an article's tokens into one blob: a format byte, the count, then per token the sentence
 * index, the start as a delta from the previous token's start, the length, a flag byte and the
 * strings that cannot be recomputed (the POS tag; the text only when it differs from the covered
 * text; the lemma only when it differs from the text). Integers are unsigned LEB128 varints (deltas
 * zig-zag encoded); strings are a char count then each UTF-16 char as a varint, which is lossless for
 * any Java string, lone surrogates included, and one byte per ASCII char.
 *
 * <p>A typical news token costs 5-8 bytes. Stateless and thread-safe.
 */
final class TokenCodec {
  private static final int FORMAT = 1;
  private static final int TEXT_DIFFERS = 1;
  private static final int LEMMA_DIFFERS = 2;

  private TokenCodec() {}

  static byte[] encode(List<Token> tokens, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 + tokens.size() * 8);
    out.write(FORMAT);
    writeVarint(out, tokens.size());
    int previousStart = 0;
    for (Token t : tokens) {
      Span span = t.span();
      boolean textDiffers = !regionEquals(text, span, t.text());
      boolean lemmaDiffers = !t.lemma().equals(t.text());
      writeVarint(out, t.sentence());
      writeVarint(out, zigzag(span.start() - previousStart));
      writeVarint(out, span.length());
      out.write((textDiffers ? TEXT_DIFFERS : 0) | (lemmaDiffers ? LEMMA_DIFFERS : 0));
      writeString(out, t.pos());
      if (textDiffers) {
        writeString(out, t.text());
      }
      if (lemmaDiffers) {
        writeString(out, t.lemma());
      }
      previousStart = span.start();
    }
    return out.toByteArray();
  }

  static List<Token> decode(byte[] data, String text) {
    Reader in = new Reader(data);
    int format = in.readByte();
    if (format != FORMAT) {
      throw new StoreException("unknown token blob format " + format);
    }
    int count = in.readVarint();
    List<Token> tokens = new ArrayList<>(count);
    int previousStart = 0;
    for (int i = 0; i < count; i++) {
      int sentence = in.readVarint();
      int start = previousStart + unzigzag(in.readVarint());
      int length = in.readVarint();
      int flags = in.readByte();
      String pos = in.readString();
      Span span = new Span(start, start + length);
      String tokenText = (flags & TEXT_DIFFERS) != 0 ? in.readString() : span.coveredText(text);
      String lemma = (flags & LEMMA_DIFFERS) != 0 ? in.readString() : tokenText;
      tokens.add(new Token(sentence, span, tokenText, pos, lemma));
      previousStart = start;
    }
    if (!in.atEnd()) {
      throw new StoreException("token blob has " + in.remaining() + " trailing bytes");
    }
    return tokens;
  }

  private static boolean regionEquals(String text, Span span, String tokenText) {
    return span.end() <= text.length()
        && tokenText.length() == span.length()
        && text.regionMatches(span.start(), tokenText, 0, span.length());
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private static void writeVarint(ByteArrayOutputStream out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static void writeString(ByteArrayOutputStream out, String s) {
    writeVarint(out, s.length());
    for (int i = 0; i < s.length(); i++) {
      writeVarint(out, s.charAt(i));
    }
  }

  /** Reads a blob front to back; any overrun means a corrupt blob. */
  private static final class Reader {
    private final byte[] data;
    private int pos;

    Reader(byte[] data) {
      this.data = data;
    }

    int readByte() {
      if (pos >= data.length) {
        throw new StoreException("token blob truncated at byte " + pos);
      }
      return data[pos++] & 0xFF;
    }

    int readVarint() {
      int result = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = readByte();
        result |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return result;
        }
      }
      throw new StoreException("malformed varint in token blob at byte " + pos);
    }

    String readString() {
      int n = readVarint();
      if (n < 0 || n > data.length - pos) {
        throw new StoreException("token blob truncated: string of " + n + " chars at byte " + pos);
      }
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        chars[i] = (char) readVarint();
      }
      return new String(chars);
    }

    boolean atEnd() {
      return pos == data.length;
    }

    int remaining() {
      return data.length - pos;
    }
  }
}
