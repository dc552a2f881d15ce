package org.storyline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Finds quoted passages in a text in one left-to-right pass (linear time): curly double quotes
 * ({@code “ ”}), guillemets ({@code « »}), low-high quotes ({@code „ “}), straight double quotes
 * (direction from context), and top-level single quotes ({@code ‘ ’}, {@code ' '}) that open before
 * a word and close after one. Apostrophes (between letters: {@code Trump’s}, {@code don’t}; or after
 * a plural: {@code leaders’}) never open a quote. Single quotes inside double quotes are part of
 * the content.
 *
 * <p>Quotes do not cross paragraph breaks (a line break). A quote still open at the end of its
 * paragraph, or when a new quote of the same family opens, is <em>unclosed</em>: it ends at the end
 * of the sentence holding its opening mark. Stateless and thread-safe.
 */
final class QuoteScanner {
  /** A quoted passage: the offsets of its marks ({@code close} = -1 when unclosed) and content. */
  record Quoted(int open, int close, int contentStart, int contentEnd) {
    boolean closed() {
      return close >= 0;
    }

    /** {@return the offset after which attribution text may follow} */
    int after() {
      return closed() ? close + 1 : contentEnd;
    }
  }

  /** What the scan found besides quotes. */
  record Result(List<Quoted> quotes, int unclosed, int strayClosers, boolean capped) {
    Result {
      quotes = List.copyOf(quotes);
    }
  }

  private QuoteScanner() {}

  /**
   * Scans {@code text}.
   *
   * @param sentenceEnd maps an offset to the end of the sentence holding it (or the text length)
   * @param limit the most quotes to return; the scan stops after that many ({@code capped})
   */
  static Result scan(String text, IntUnaryOperator sentenceEnd, int limit) {
    List<Quoted> out = new ArrayList<>();
    int n = text.length();
    int dOpen = -1;
    int sOpen = -1;
    int unclosed = 0;
    int stray = 0;
    for (int i = 0; i < n; i++) {
      if (out.size() > limit) {
        break;
      }
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        if (dOpen >= 0) {
          addUnclosed(out, text, dOpen, i, sentenceEnd);
          unclosed++;
          dOpen = -1;
        }
        sOpen = -1;
        continue;
      }
      switch (c) {
        case '\u201C', '\u00AB', '\u201E', '\u201F' -> {
          if (dOpen >= 0) {
            addUnclosed(out, text, dOpen, i, sentenceEnd);
            unclosed++;
          }
          dOpen = i;
          sOpen = -1;
        }
        case '\u201D', '\u00BB' -> {
          if (dOpen >= 0) {
            add(out, text, dOpen, i);
            dOpen = -1;
          } else {
            stray++;
          }
        }
        case '"' -> {
          boolean openContext = i == 0 || isOpenContext(text.charAt(i - 1));
          boolean nextSpace = i + 1 >= n || Character.isWhitespace(text.charAt(i + 1));
          if (dOpen >= 0) {
            if (openContext && !nextSpace) {
              // looks like an opener: the previous quote was never closed
              addUnclosed(out, text, dOpen, i, sentenceEnd);
              unclosed++;
              dOpen = i;
            } else {
              add(out, text, dOpen, i);
              dOpen = -1;
            }
          } else if (!nextSpace) {
            dOpen = i;
            sOpen = -1;
          } else {
            stray++;
          }
        }
        case '\u2018' -> {
          if (dOpen < 0 && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
            sOpen = i;
          }
        }
        case '\u2019', '\'' -> {
          if (dOpen >= 0) {
            continue;
          }
          boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
          boolean letterAfter = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
          if (letterBefore && letterAfter) {
            continue; // an apostrophe: don't, Trump's
          }
          if (c == '\'' && !letterBefore && letterAfter && (i == 0 || isOpenContext(text.charAt(i - 1)))) {
            sOpen = i;
          } else if (sOpen >= 0 && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !letterAfter) {
            add(out, text, sOpen, i);
            sOpen = -1;
          }
        }
        default -> {
          // not a quotation mark
        }
      }
    }
    if (dOpen >= 0 && out.size() <= limit) {
      addUnclosed(out, text, dOpen, n, sentenceEnd);
      unclosed++;
    }
    boolean capped = out.size() > limit;
    List<Quoted> kept = capped ? out.subList(0, limit) : out;
    return new Result(kept, unclosed, stray, capped);
  }

  private static boolean isOpenContext(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013'
        || c == '-' || c == ':' || c == '\u2018' || c == '\u201C';
  }

  private static void add(List<Quoted> out, String text, int open, int close) {
    int[] c = trim(text, open + 1, close);
    if (c != null) {
      out.add(new Quoted(open, close, c[0], c[1]));
    }
  }

  private static void addUnclosed(List<Quoted> out, String text, int open, int limit, IntUnaryOperator sentenceEnd) {
    int end = Math.min(limit, sentenceEnd.applyAsInt(open));
    if (end <= open + 1) {
      end = limit;
    }
    int[] c = trim(text, open + 1, end);
    if (c != null) {
      out.add(new Quoted(open, -1, c[0], c[1]));
    }
  }

  /** Strips white space, and a trailing comma that belongs to the surrounding sentence. */
  private static int[] trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s && text.charAt(e - 1) == ',') {
      e--;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
    }
    return e > s ? new int[] {s, e} : null;
  }
}
