package org.storyline.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH/TABARI dictionary file with comments removed: {@code #} to the
 * end of a line, {@code ;} to the end of a line (the legacy KEDS/TABARI rule), and XML-style
 * comments {@code <!-- ... -->} (also spelled {@code <! -- ... -->}), which may span lines. A
 * line keeps its leading white space (a date restriction starts with a tab or blanks) and loses
 * its trailing white space; blank lines are dropped.
 */
final class DictionaryLines {
  /**
   * A content line.
   *
   * @param lineNo 1-based line number in the file
   * @param text the line without comments, leading white space kept
   */
  record Line(int lineNo, String text) {
    /** {@return whether the line started with white space (a continuation, e.g. a date restriction)} */
    boolean indented() {
      return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    }
  }

  private DictionaryLines() {}

  /**
   * {@return the content lines of {@code lines}}
   *
   * @param source the file name, for problem messages
   * @param problems receives a {@link DictionaryDiagnostics#W503} message when a comment never ends
   */
  static List<Line> of(List<String> lines, String source, List<String> problems) {
    List<Line> out = new ArrayList<>();
    boolean inComment = false;
    int openedAt = 0;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      StringBuilder kept = new StringBuilder();
      int p = 0;
      while (p < raw.length()) {
        if (inComment) {
          int close = raw.indexOf("-->", p);
          if (close < 0) {
            p = raw.length();
          } else {
            inComment = false;
            p = close + 3;
          }
          continue;
        }
        int open = commentStart(raw, p);
        if (open < 0) {
          kept.append(raw, p, raw.length());
          break;
        }
        kept.append(raw, p, open);
        inComment = true;
        openedAt = i + 1;
        p = raw.indexOf('-', open) + 2;
      }
      String text = stripLineComment(kept.toString()).stripTrailing();
      if (!text.isBlank()) {
        out.add(new Line(i + 1, text));
      }
    }
    if (inComment) {
      problems.add(DictionaryDiagnostics.W503.format(source + ":" + openedAt));
    }
    return out;
  }

  /** {@return where "<!--" or "<! --" starts at or after {@code from}, or -1} */
  private static int commentStart(String s, int from) {
    int i = s.indexOf("<!", from);
    while (i >= 0) {
      int j = i + 2;
      while (j < s.length() && s.charAt(j) == ' ') {
        j++;
      }
      if (s.startsWith("--", j)) {
        return i;
      }
      i = s.indexOf("<!", i + 2);
    }
    return -1;
  }

  private static String stripLineComment(String s) {
    int cut = s.length();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      cut = hash;
    }
    int semi = s.indexOf(';');
    if (semi >= 0 && semi < cut) {
      cut = semi;
    }
    return s.substring(0, cut);
  }
}
