package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * A light sentence splitter for plain newswire text when CoreNLP is not wanted (time tagging
 * needs sentence boundaries only so that no expression crosses one): breaks after {@code . ! ?}
 * (and closing quotes) before an upper-case letter, digit or opening quote, and at blank lines;
 * does not break after common abbreviations ("Mr.", "Jan.", "U.S.") or single initials.
 */
public final class NewswireSentences {
  private static final Pattern BOUNDARY =
      Pattern.compile("[.!?]+[\"'`’”]*\\s+(?=[\"'`‘“(]*[A-Z0-9])|\\n\\s*\\n");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:\\b[A-Z]|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|St|Jr|Sr|Co|Corp|Inc|Ltd|No"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|a\\.m|p\\.m|U\\.S|vs|etc))\\.$");

  private NewswireSentences() {}

  /** {@return the sentences of {@code text}, trimmed of surrounding whitespace, in order} */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text);
    int start = 0;
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 6), m.start() + 1);
      if (!m.group().contains("\n") && ABBREVIATION.matcher(before).find()) {
        continue;
      }
      add(out, text, start, m.end());
      start = m.end();
    }
    add(out, text, start, text.length());
    return out;
  }

  private static void add(List<Sentence> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(out.size(), new Span(s, e)));
    }
  }
}
