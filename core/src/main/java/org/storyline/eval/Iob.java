package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * IOB chunk tags as conlleval reads them: {@code B-X}, {@code I-X}, {@code E-X}, {@code S-X} and
 * {@code O}. For tags B, I and O, {@link #chunks} applies conlleval's start-of-chunk and
 * end-of-chunk rules exactly (a chunk starts at B, at I after O, and wherever the type changes; it
 * ends before B, before O and wherever the type changes), so IOB1 ({@code B-} only between two
 * adjacent chunks of one type) and IOB2 ({@code B-} on every first word) give the same chunks as
 * the Perl script. E and S (IOBES) are read as later ports do: E and S always end a chunk, B and S
 * always start one (the 2004 script ignores S and can merge E-X B-X).
 */
public final class Iob {
  private Iob() {}

  /** The two IOB variants of CoNLL files. */
  public enum Scheme {
    /** {@code I-X} inside chunks; {@code B-X} only for a chunk right after one of the same type. */
    IOB1,
    /** {@code B-X} on the first word of every chunk, {@code I-X} on the rest. */
    IOB2
  }

  /** A chunk: words {@code [start, end)} of a sentence with entity type {@code type}. */
  public record Chunk(int start, int end, String type) {}

  /**
   * {@return IOB2 when some {@code B-X} tag starts a chunk that does not follow a chunk of type X
   * (IOB1 files use {@code B-} only there), else IOB1} The tags are one sentence after another;
   * {@code null} entries mark sentence breaks.
   */
  public static Scheme detect(List<String> tags) {
    String prev = "O";
    for (String t : tags) {
      if (t == null) {
        prev = "O";
        continue;
      }
      if (t.startsWith("B-")) {
        String type = t.substring(2);
        if (!(prev.equals("I-" + type) || prev.equals("B-" + type))) {
          return Scheme.IOB2;
        }
      }
      prev = t;
    }
    return Scheme.IOB1;
  }

  /**
   * {@return IOB tags for a sentence of per-word entity types ("O" for none)} A run of words of
   * one type is one chunk (a tagger that gives only types cannot separate two adjacent names).
   */
  public static List<String> encode(List<String> types, Scheme scheme) {
    List<String> out = new ArrayList<>(types.size());
    String prev = "O";
    for (String t : types) {
      if (t == null || t.equals("O")) {
        out.add("O");
        prev = "O";
        continue;
      }
      boolean first = !t.equals(prev);
      out.add((scheme == Scheme.IOB2 && first ? "B-" : "I-") + t);
      prev = t;
    }
    return out;
  }

  /** {@return the chunks of one sentence's tags, in order} */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String prevTag = "O";
    String prevType = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag;
      String type;
      if (i == tags.size()) {
        tag = "O";
        type = "";
      } else {
        String t = tags.get(i);
        int dash = t.indexOf('-');
        if (t.equals("O") || dash < 0) {
          tag = t.equals("O") ? "O" : t;
          type = "";
        } else {
          tag = t.substring(0, dash);
          type = t.substring(dash + 1);
        }
      }
      if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
        out.add(new Chunk(start, i, prevType));
        start = -1;
      }
      if (i < tags.size() && startOfChunk(prevTag, tag, prevType, type)) {
        start = i;
      }
      prevTag = tag;
      prevType = type;
    }
    return out;
  }

  private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean end = false;
    if (prevTag.equals("B") && (tag.equals("B") || tag.equals("S") || tag.equals("O"))) {
      end = true;
    }
    if (prevTag.equals("I") && (tag.equals("B") || tag.equals("S") || tag.equals("O"))) {
      end = true;
    }
    if (prevTag.equals("E") || prevTag.equals("S")) {
      end = true;
    }
    if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) {
      end = true;
    }
    return end;
  }

  private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean start = false;
    if (tag.equals("B") || tag.equals("S")) {
      start = true;
    }
    if ((prevTag.equals("E") || prevTag.equals("S") || prevTag.equals("O")) && (tag.equals("E") || tag.equals("I"))) {
      start = true;
    }
    if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) {
      start = true;
    }
    return start;
  }
}
