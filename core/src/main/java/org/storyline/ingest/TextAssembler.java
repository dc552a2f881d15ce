package org.storyline.ingest;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.storyline.model.OffsetMap;

/**
 * Builds text from jsoup text nodes with a source offset for every char: collapses whitespace,
 * inserts line and paragraph breaks, drops control characters and soft hyphens, and aligns each decoded char with
 * the raw HTML (entities, CR LF pairs). A char is "copied" only when the raw char at its offset is
 * the same char; everything else (entities, breaks, collapsed whitespace other than a space) is an
 * insertion at the offset of its origin. Not thread-safe; one per extraction.
 */
final class TextAssembler {
  /** Elements whose text the HTML parser keeps raw (RAWTEXT and PLAINTEXT content). */
  private static final Set<String> RAW_TEXT_PARENTS = Set.of("plaintext", "xmp", "iframe", "noembed", "noframes");

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private int[] offsets = new int[256];
  private int pendingBreak;
  private boolean pendingSpace;
  private int pendingSpacePos;
  private int lastPos;

  TextAssembler(String source) {
    this.source = source;
  }

  /** Requests a break before the next char: 1 = line break, 2 = paragraph break. */
  void requestBreak(int level) {
    pendingBreak = Math.max(pendingBreak, level);
  }

  /** Notes a source position reached (element boundaries), used for nodes without positions. */
  void at(int sourcePos) {
    if (sourcePos >= 0 && sourcePos <= source.length()) {
      lastPos = sourcePos;
    }
  }

  int length() {
    return out.length();
  }

  /** Appends the decoded text of a node, aligned with its raw source range. */
  void text(TextNode node, boolean preformatted) {
    String s = node.getWholeText();
    // CDATA and the text of raw-text elements are not entity-decoded by the parser
    boolean raw = node instanceof CDataNode
        || (node.parent() instanceof Element parent && RAW_TEXT_PARENTS.contains(parent.normalName()));
    Range range = node.sourceRange();
    int p;
    int end;
    if (range.isTracked()) {
      p = clamp(range.startPos());
      end = Math.max(p, clamp(range.endPos()));
    } else {
      p = lastPos;
      end = lastPos;
    }
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (p < end && (source.charAt(p) == '\n' || source.charAt(p) == '\r') && c != '\n' && c != '\r') {
        // the parser drops the newline that opens a <pre> or <textarea>
        p++;
        continue;
      }
      // CDATA text is raw: an '&' there is just an '&' (issue 6: "&amp;" in CDATA shifted the offsets)
      if (!raw && p < end && source.charAt(p) == '&') {
        int q = p + 1;
        while (q < end && q - p <= 32 && (Character.isLetterOrDigit(source.charAt(q)) || source.charAt(q) == '#')) {
          q++;
        }
        if (q < end && source.charAt(q) == ';') {
          q++;
        }
        String piece = q > p + 1 ? Parser.unescapeEntities(source.substring(p, q), false) : "";
        if (!piece.isEmpty() && !piece.equals(source.substring(p, q)) && s.startsWith(piece, i)) {
          // a decoded entity: every char it produced maps to its '&'
          for (int k = 0; k < piece.length(); k++) {
            accept(piece.charAt(k), p, preformatted);
          }
          i += piece.length();
          p = q;
        } else if (c == '&') {
          accept(c, p, preformatted);
          p++;
          i++;
        } else {
          p = mismatch(c, p, end, preformatted);
          i++;
        }
      } else if (p < end && source.charAt(p) == c) {
        accept(c, p, preformatted);
        p++;
        i++;
      } else if (p < end && source.charAt(p) == '\u0000' && c == '\uFFFD') {
        // the parser replaces a NUL in raw text with U+FFFD: map it to the NUL (issue 6, fuzz finding)
        accept(c, p, preformatted);
        p++;
        i++;
      } else if (p < end && source.charAt(p) == '\r' && c == '\n') {
        boolean crlf = p + 1 < end && source.charAt(p + 1) == '\n';
        accept(c, crlf ? p + 1 : p, preformatted);
        p += crlf ? 2 : 1;
        i++;
      } else {
        p = mismatch(c, p, end, preformatted);
        i++;
      }
    }
    lastPos = Math.min(p, source.length());
  }

  /** Resynchronises on a char the raw text does not show at {@code p}; returns the next raw offset. */
  private int mismatch(char c, int p, int end, boolean preformatted) {
    int limit = Math.min(end, p + 16);
    for (int q = p + 1; q < limit; q++) {
      if (source.charAt(q) == c) {
        accept(c, q, preformatted);
        return q + 1;
      }
    }
    accept(c, Math.min(p, source.length()), preformatted);
    return p < end ? p + 1 : p;
  }

  private int clamp(int pos) {
    return Math.max(0, Math.min(pos, source.length()));
  }

  private void accept(char c, int pos, boolean preformatted) {
    if (preformatted && c == '\n') {
      requestBreak(1);
      return;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      if (!pendingSpace) {
        pendingSpace = true;
        pendingSpacePos = pos;
      }
      return;
    }
    // a soft hyphen (U+00AD, &shy;) is a hyphenation hint, invisible unless the line breaks there
    if (TextCleaner.isDroppedControl(c) || c == '\u00AD') {
      return;
    }
    if (out.length() > 0) {
      if (pendingBreak > 0) {
        for (int k = 0; k < pendingBreak; k++) {
          emit('\n', pos);
        }
      } else if (pendingSpace) {
        emit(' ', pendingSpacePos);
      }
    }
    pendingBreak = 0;
    pendingSpace = false;
    emit(c, pos);
  }

  private void emit(char c, int pos) {
    if (out.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[out.length()] = pos;
    out.append(c);
  }

  /** {@return the assembled text} */
  String text() {
    return out.toString();
  }

  /** {@return the map from the assembled text to the source} */
  OffsetMap map() {
    OffsetMap.Builder b = OffsetMap.builder(source.length());
    int n = out.length();
    int i = 0;
    while (i < n) {
      int pos = offsets[i];
      boolean copied = isCopied(i);
      int j = i + 1;
      if (copied) {
        while (j < n && offsets[j] == pos + (j - i) && isCopied(j)) {
          j++;
        }
        b.copy(pos, j - i);
      } else {
        while (j < n && offsets[j] == pos && !isCopied(j)) {
          j++;
        }
        b.insert(j - i, pos);
      }
      i = j;
    }
    return b.build();
  }

  private boolean isCopied(int i) {
    int pos = offsets[i];
    return pos < source.length() && source.charAt(pos) == out.charAt(i);
  }
}
