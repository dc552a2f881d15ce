package org.storyline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A compiled lexicon pattern: space-separated elements, each a set of alternatives matched
 * against a token's lower-cased form or lemmas; {@code ~N} skips up to N tokens; {@code !a,b}
 * requires that the next token is none of a, b; a leading {@code <!a,b} requires that the token
 * before the match is none of a, b. Immutable.
 */
final class TokenPattern {
  private record Element(Set<String> alternatives, int gap, boolean negative) {}

  /** The elements as an array: the matcher's hot loop indexes it directly. */
  private final Element[] compiled;

  /** Words the token before the match must not be ("<!been meet"), or empty. */
  private final Set<String> notAfter;

  private final String source;
  private final List<Element> elements;
  private final int minLength;

  private TokenPattern(String source, List<Element> elements, Set<String> notAfter) {
    this.notAfter = notAfter;
    this.source = source;
    this.elements = List.copyOf(elements);
    this.compiled = this.elements.toArray(new Element[0]);
    int n = 0;
    for (Element e : elements) {
      if (e.gap() == 0 && !e.negative()) {
        n++;
      }
    }
    this.minLength = n;
  }

  /** @throws IllegalArgumentException on an empty or malformed pattern */
  static TokenPattern compile(String pattern) {
    List<Element> out = new ArrayList<>();
    Set<String> notAfter = Set.of();
    String[] parts = pattern.trim().split("\\s+");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("<!")) {
        if (p != 0) {
          throw new IllegalArgumentException("'<!' must open the pattern: '" + pattern + "'");
        }
        Set<String> words = new java.util.HashSet<>();
        for (String w : part.substring(2).split(",")) {
          if (!w.isBlank()) {
            words.add(w.trim().toLowerCase(Locale.ROOT));
          }
        }
        notAfter = Set.copyOf(words);
        continue;
      }
      if (part.startsWith("~")) {
        int gap;
        try {
          gap = Integer.parseInt(part.substring(1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad gap '" + part + "' in pattern '" + pattern + "'", e);
        }
        if (gap < 1 || out.isEmpty()) {
          throw new IllegalArgumentException("gap '" + part + "' must follow a word in '" + pattern + "'");
        }
        out.add(new Element(Set.of(), gap, false));
        continue;
      }
      boolean negative = part.startsWith("!");
      String body = negative ? part.substring(1) : part;
      Set<String> alts = new java.util.HashSet<>();
      for (String a : body.split(",")) {
        if (!a.isBlank()) {
          alts.add(a.trim().toLowerCase(Locale.ROOT));
        }
      }
      if (alts.isEmpty()) {
        throw new IllegalArgumentException("empty element in pattern '" + pattern + "'");
      }
      out.add(new Element(Set.copyOf(alts), 0, negative));
    }
    if (out.isEmpty() || out.get(0).negative() || out.get(out.size() - 1).gap() > 0) {
      throw new IllegalArgumentException("pattern must start and end with a word: '" + pattern + "'");
    }
    return new TokenPattern(pattern, out, notAfter);
  }

  /** {@return every word the pattern mentions} */
  Set<String> words() {
    Set<String> out = new java.util.HashSet<>();
    for (Element e : elements) {
      out.addAll(e.alternatives());
    }
    return out;
  }

  /**
   * {@return the alternatives of the pattern's first element} A match can only start at a token
   * that matches one of them (the first element is never a gap or a negation), which lets
   * {@link PatternIndex} skip the pattern everywhere else.
   */
  Set<String> firstWords() {
    return compiled[0].alternatives();
  }

  /** {@return the number of tokens the shortest match covers} */
  int minLength() {
    return minLength;
  }

  /** {@return the exclusive end token index of the shortest match starting at {@code start}, or -1} */
  int matchAt(SentenceView view, int start) {
    if (start > 0 && !notAfter.isEmpty() && view.get(start - 1).matchesAny(notAfter)) {
      return -1;
    }
    return match(view, start, 0, start);
  }

  private int match(SentenceView view, int pos, int el, int start) {
    if (el == compiled.length) {
      return pos;
    }
    Element e = compiled[el];
    if (e.gap() > 0) {
      for (int skip = 0; skip <= e.gap(); skip++) {
        if (pos + skip > view.size()) {
          break;
        }
        int end = match(view, pos + skip, el + 1, start);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (e.negative()) {
      if (pos < view.size() && view.get(pos).matchesAny(e.alternatives())) {
        return -1;
      }
      return match(view, pos, el + 1, start);
    }
    if (pos >= view.size() || !view.get(pos).matchesAny(e.alternatives())) {
      return -1;
    }
    return match(view, pos + 1, el + 1, start);
  }

  @Override
  public String toString() {
    return source;
  }
}
