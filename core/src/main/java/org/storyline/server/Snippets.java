package org.storyline.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * Search terms from a user's query and plain-text snippets with highlight offsets, so a page can
 * escape everything it shows (no markup is ever produced). Words are runs of letters and digits,
 * compared lower-cased without accents, as the store's FTS5 tokenizer compares them.
 */
final class Snippets {
  static final int MAX_TERMS = 16;
  private static final Pattern QUERY_WORD = Pattern.compile("[\\p{L}\\p{N}]{1,64}\\*?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Snippets() {}

  /** A cut of a text: where it starts and ends in the text, and highlights relative to the cut. */
  record Snippet(int start, int end, String text, List<Span> highlights) {}

  /**
   * {@return the search words of a query, folded, without repeats; "word*" keeps its star}
   *
   * @throws ApiException 400 when the query has no word or too many
   */
  static List<String> terms(String query) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = QUERY_WORD.matcher(query);
    while (m.find()) {
      String w = m.group();
      boolean prefix = w.endsWith("*");
      String folded = fold(prefix ? w.substring(0, w.length() - 1) : w);
      if (!folded.isEmpty() && WORD.matcher(folded).matches()) {
        out.add(prefix ? folded + "*" : folded);
      }
    }
    if (out.isEmpty()) {
      throw ApiException.badRequest("parameter 'q' holds no word to search for");
    }
    if (out.size() > MAX_TERMS) {
      throw ApiException.badRequest("parameter 'q' has more than " + MAX_TERMS + " words");
    }
    return List.copyOf(out);
  }

  /** {@return a word lower-cased (Locale.ROOT) without combining marks} */
  static String fold(String word) {
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** {@return the spans of the words of {@code text} that match a term} */
  static List<Span> highlights(String text, List<String> terms) {
    List<Span> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = fold(m.group());
      for (String t : terms) {
        boolean hit = t.endsWith("*") ? w.startsWith(t.substring(0, t.length() - 1)) : w.equals(t);
        if (hit) {
          out.add(new Span(m.start(), m.end()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * {@return about {@code width} characters of {@code text} around its first match, cut at spaces,
   * with the matches inside it} The start of the text when nothing matches.
   */
  static Snippet snippet(String text, List<String> terms, int width) {
    List<Span> hits = highlights(text, terms);
    int first = hits.isEmpty() ? 0 : hits.get(0).start();
    int start = Math.max(0, first - width / 3);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    int limit = Math.min(text.length(), start + width);
    int end = limit;
    if (limit < text.length()) {
      int space = text.lastIndexOf(' ', limit);
      boolean splitsHit = hits.stream().anyMatch(h -> h.start() < limit && h.end() > limit);
      end = space > first && !splitsHit ? space : limit;
    }
    start = safe(text, start);
    end = safe(text, end);
    List<Span> inside = new ArrayList<>();
    for (Span h : hits) {
      if (h.start() >= start && h.end() <= end) {
        inside.add(new Span(h.start() - start, h.end() - start));
      }
    }
    return new Snippet(start, end, text.substring(start, end), inside);
  }

  /** Moves an offset off the middle of a surrogate pair. */
  private static int safe(String text, int i) {
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
      return i - 1;
    }
    return i;
  }
}
