package org.storyline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Finds quoted passages in a text in one left-to-right pass (linear time): curly double quotes
 * ({@code “ ”}), guillemets ({@code « »}), low-high quotes ({@code „ “}), straight double quotes
 * (direction from context), two apostrophes used as a double mark ({@code ''so''}, as in some
 * newswire archives; direction from context like straight quotes), and top-level single quotes ({@code ‘ ’}, {@code ' '}) that open before
 * a word and close after one. Apostrophes (between letters: {@code Trump’s}, {@code don’t}; or after
 * a plural: {@code leaders’}) never open a quote. Single quotes inside double quotes are part of
 * the content.
 *
 * <p>Quotes do not cross paragraph breaks (a line break). A quote still open at the end of its
 * paragraph, or when a new quote of the same family opens, is <em>unclosed</em>: it ends at the end
 * of the sentence holding its opening mark. Stateless and thread-safe.
 */
final class QuoteScanner {
  /**
   * A quoted passage: the offsets of the first character of its opening mark and of the last
   * character of its closing mark ({@code close} = -1 when unclosed), and of its content.
   */
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
    int dOpenWidth = 1;
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
          addUnclosed(out, text, dOpen, dOpenWidth, i, sentenceEnd);
          unclosed++;
          dOpen = -1;
        }
        sOpen = -1;
        continue;
      }
      switch (c) {
        case '\u201C', '\u00AB', '\u201E', '\u201F' -> {
          if (dOpen >= 0) {
            addUnclosed(out, text, dOpen, dOpenWidth, i, sentenceEnd);
            unclosed++;
          }
          dOpen = i;
          dOpenWidth = 1;
          sOpen = -1;
        }
        case '\u201D', '\u00BB' -> {
          if (dOpen >= 0) {
            add(out, text, dOpen, dOpenWidth, i, 1);
            dOpen = -1;
          } else {
            stray++;
          }
        }
        case '"' -> {
          int[] state = straightDouble(text, i, 1, dOpen, dOpenWidth, out, sentenceEnd);
          dOpen = state[0];
          dOpenWidth = state[1];
          unclosed += state[2];
          stray += state[3];
          if (dOpen == i) {
            sOpen = -1;
          }
        }
        case '\u2018' -> {
          if (dOpen < 0 && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
            sOpen = i;
          }
        }
        case '\u2019', '\'' -> {
          if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
            // two apostrophes as a double quotation mark (''like this'', some newswire archives)
            int[] state = straightDouble(text, i, 2, dOpen, dOpenWidth, out, sentenceEnd);
            dOpen = state[0];
            dOpenWidth = state[1];
            unclosed += state[2];
            stray += state[3];
            if (dOpen == i) {
              sOpen = -1;
            }
            i++;
            continue;
          }
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
            add(out, text, sOpen, 1, i, 1);
            sOpen = -1;
          }
        }
        default -> {
          // not a quotation mark
        }
      }
    }
    if (dOpen >= 0 && out.size() <= limit) {
      addUnclosed(out, text, dOpen, dOpenWidth, n, sentenceEnd);
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

  /**
   * A straight double mark ({@code "} or {@code ''}, {@code width} characters at {@code i}), whose
   * direction comes from context: it opens before a non-space, closes an open quote otherwise.
   *
   * @return the new open offset (or -1), its width, and how many unclosed quotes and stray closers
   *     this mark adds
   */
  private static int[] straightDouble(String text, int i, int width, int dOpen, int dOpenWidth, List<Quoted> out,
      IntUnaryOperator sentenceEnd) {
    int n = text.length();
    boolean openContext = i == 0 || isOpenContext(text.charAt(i - 1));
    boolean nextSpace = i + width >= n || Character.isWhitespace(text.charAt(i + width));
    if (dOpen >= 0) {
      if (openContext && !nextSpace) {
        // looks like an opener: the previous quote was never closed
        addUnclosed(out, text, dOpen, dOpenWidth, i, sentenceEnd);
        return new int[] {i, width, 1, 0};
      }
      add(out, text, dOpen, dOpenWidth, i, width);
      return new int[] {-1, 1, 0, 0};
    }
    if (!nextSpace) {
      return new int[] {i, width, 0, 0};
    }
    return new int[] {-1, 1, 0, 1};
  }

  /** A closed quote: opening mark at {@code open} ({@code openWidth} chars), closing at {@code close}. */
  private static void add(List<Quoted> out, String text, int open, int openWidth, int close, int closeWidth) {
    int[] c = trim(text, open + openWidth, close);
    if (c != null) {
      out.add(new Quoted(open, close + closeWidth - 1, c[0], c[1]));
    }
  }

  private static void addUnclosed(List<Quoted> out, String text, int open, int openWidth, int limit,
      IntUnaryOperator sentenceEnd) {
    int end = Math.min(limit, sentenceEnd.applyAsInt(open));
    if (end <= open + openWidth) {
      end = limit;
    }
    int[] c = trim(text, open + openWidth, end);
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
