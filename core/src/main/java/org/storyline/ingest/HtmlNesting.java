package org.storyline.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Estimates, in one linear pass and without parsing, how much work an HTML parser will do on a
 * document's nesting: the sum, over every start tag, of the depth of open elements at that point.
 * An HTML5 parser checks its stack of open elements for many tags, so its time grows with this
 * sum: 10,000 nested {@code <div>}s make 50 million, an ordinary news page well under a million.
 * The estimate follows the parser where it matters: void elements and elements whose end tag is
 * implied ({@code <p>}, {@code <li>}, {@code <td>} …) do not nest; comments and the raw text of
 * {@code <script>}, {@code <style>}, {@code <textarea>} and {@code <title>} hold no tags. Stateless.
 */
final class HtmlNesting {
  private static final Set<String> NON_NESTING = Set.of(
      // void elements
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "keygen", "basefont", "bgsound", "frame", "image", "!doctype",
      // elements whose end tag the parser implies when a sibling starts
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "tbody", "thead",
      "tfoot", "colgroup", "caption");
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noembed",
      "noframes", "iframe", "plaintext");

  private HtmlNesting() {}

  /** {@return the nesting work of {@code html}, stopping early once it exceeds {@code cap}} */
  static long work(String html, long cap) {
    long work = 0;
    long depth = 0;
    int n = html.length();
    int i = html.indexOf('<');
    while (i >= 0 && i + 1 < n) {
      char c = html.charAt(i + 1);
      if (c == '!' && html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        if (end < 0) {
          break;
        }
        i = html.indexOf('<', end + 3);
        continue;
      }
      boolean closing = c == '/';
      int nameStart = closing ? i + 2 : i + 1;
      int nameEnd = nameStart;
      while (nameEnd < n && nameEnd - nameStart < 16 && isNameChar(html.charAt(nameEnd), nameEnd == nameStart)) {
        nameEnd++;
      }
      if (nameEnd == nameStart) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      int tagEnd = html.indexOf('>', nameEnd);
      if (tagEnd < 0) {
        break;
      }
      if (closing) {
        if (!NON_NESTING.contains(name) && depth > 0) {
          depth--;
        }
        i = html.indexOf('<', tagEnd + 1);
        continue;
      }
      boolean selfClosing = html.charAt(tagEnd - 1) == '/';
      if (!NON_NESTING.contains(name) && !selfClosing) {
        work += depth;
        if (work > cap) {
          return work;
        }
        depth++;
      }
      if (RAW_TEXT.contains(name)) {
        int end = indexOfIgnoreCase(html, "</" + name, tagEnd + 1);
        if (end < 0) {
          break;
        }
        if (depth > 0) {
          depth--;
        }
        i = html.indexOf('<', end + 2);
        continue;
      }
      i = html.indexOf('<', tagEnd + 1);
    }
    return work;
  }

  private static boolean isNameChar(char c, boolean first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && ((c >= '0' && c <= '9') || c == '-'))
        || (first && c == '!');
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    int n = needle.length();
    for (int i = s.indexOf('<', from); i >= 0 && i + n <= s.length(); i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, needle, 0, n)) {
        return i;
      }
    }
    return -1;
  }
}
