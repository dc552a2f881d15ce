package org.storyline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * The tokens of one sentence (or of a table cell) normalised for matching: hyphenated words
 * joined into one token ("cease-fire", "40-minute", "Trump-Putin") whether the tokenizer split
 * them or not, possessive "'s" folded into its owner, lower-cased forms and candidate lemmas.
 */
final class SentenceView {
  private static final Pattern NAIVE_TOKEN =
      // abbreviations ("U.S.", "U.N.") stay one token (issue 3: "U.S." was the actor "U")
      Pattern.compile("(?:\\p{Lu}\\.){2,}|\\$|\\d+(?:[.,]\\d+)*|\\p{L}[\\p{L}\\p{M}'’-]*|[^\\s\\p{L}\\d]");

  /** One normalised token. */
  static final class Tok {
    final Span span;
    final String text;
    final String lower;
    final String pos;
    final boolean possessive;
    /**
     * The lower-cased form, then its candidate lemmas other than it, without repeats: every
     * string a lexicon word may equal.
     */
    final String[] keys;

    Tok(Span span, String text, String lower, String[] keys, String pos, boolean possessive) {
      this.span = span;
      this.text = text;
      this.lower = lower;
      this.keys = keys;
      this.pos = pos;
      this.possessive = possessive;
    }

    boolean matchesAny(Set<String> words) {
      for (String k : keys) {
        if (words.contains(k)) {
          return true;
        }
      }
      return false;
    }

    boolean is(String... words) {
      for (String w : words) {
        if (lower.equals(w)) {
          return true;
        }
      }
      return false;
    }

    boolean hasPos() {
      return !pos.isEmpty();
    }

    boolean capitalized() {
      return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isWord() {
      return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private final List<Tok> toks;
  private final Span span;

  private SentenceView(List<Tok> toks, Span span) {
    this.toks = List.copyOf(toks);
    this.span = span;
  }

  /** {@return a view of the tokens inside {@code span}; naive tokens when {@code tokens} is empty} */
  static SentenceView of(String text, Span span, List<Token> tokens) {
    List<Token> inside = new ArrayList<>();
    for (Token t : tokens) {
      if (span.contains(t.span()) && t.span().fitsIn(text.length()) && !t.span().isEmpty()) {
        inside.add(t);
      }
    }
    if (inside.isEmpty()) {
      Matcher m = NAIVE_TOKEN.matcher(text).region(span.start(), span.end());
      while (m.find()) {
        inside.add(new Token(0, new Span(m.start(), m.end()), m.group(), "", null));
      }
    }
    return new SentenceView(normalise(text, inside), span);
  }

  private static List<Tok> normalise(String text, List<Token> raw) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    while (i < raw.size()) {
      Token first = raw.get(i);
      int start = first.span().start();
      int end = first.span().end();
      int j = i;
      // join "a - b" written without spaces into one token ("cease-fire", "40-minute")
      while (j + 2 < raw.size()
          && isHyphen(raw.get(j + 1).text())
          && raw.get(j + 1).span().start() == raw.get(j).span().end()
          && raw.get(j + 2).span().start() == raw.get(j + 1).span().end()
          && isWordy(raw.get(j + 2).text())
          && isWordy(raw.get(j).text())) {
        j += 2;
        end = raw.get(j).span().end();
      }
      boolean possessive = false;
      if (j + 1 < raw.size() && isPossessiveClitic(raw.get(j + 1).text())
          && raw.get(j + 1).span().start() == raw.get(j).span().end()) {
        possessive = true;
        j += 1;
      }
      String covered = text.substring(start, end);
      String lower = covered.toLowerCase(Locale.ROOT).replace('’', '\'');
      int wordEnd = end;
      if (!possessive && (lower.endsWith("'s") && lower.length() > 2)) {
        possessive = true;
        lower = lower.substring(0, lower.length() - 2);
      } else if (possessive) {
        wordEnd = raw.get(j - 1).span().end();
        lower = text.substring(start, wordEnd).toLowerCase(Locale.ROOT).replace('’', '\'');
      }
      boolean single = j == i || (possessive && j == i + 1);
      String pos = single ? first.pos() : "";
      String[] keys;
      if (single && !first.pos().isEmpty() && first.lemma() != null) {
        String lemma = first.lemma().toLowerCase(Locale.ROOT);
        keys = lemma.equals(lower) ? new String[] {lower} : new String[] {lower, lemma};
      } else {
        keys = keys(lower, Lemmas.candidates(lower));
      }
      out.add(new Tok(new Span(start, end), covered, lower, keys, pos == null ? "" : pos, possessive));
      i = j + 1;
    }
    return out;
  }

  /** {@return the form, then the candidate lemmas other than it} */
  private static String[] keys(String lower, Set<String> lemmas) {
    String[] k = new String[lemmas.size() + 1];
    int n = 0;
    k[n++] = lower;
    for (String l : lemmas) {
      if (!l.equals(lower)) {
        k[n++] = l;
      }
    }
    return n == k.length ? k : java.util.Arrays.copyOf(k, n);
  }

  private static boolean isHyphen(String s) {
    return s.equals("-") || s.equals("‐") || s.equals("‑");
  }

  private static boolean isWordy(String s) {
    return !s.isEmpty() && Character.isLetterOrDigit(s.codePointAt(0));
  }

  private static boolean isPossessiveClitic(String s) {
    return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’");
  }

  int size() {
    return toks.size();
  }

  Tok get(int i) {
    return toks.get(i);
  }

  Span span() {
    return span;
  }

  List<Tok> tokens() {
    return toks;
  }

  /** {@return the index of the first token overlapping {@code s}, or -1} */
  int firstIndexOf(Span s) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).span.overlaps(s)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return the index of the last token overlapping {@code s}, or -1} */
  int lastIndexOf(Span s) {
    for (int i = toks.size() - 1; i >= 0; i--) {
      if (toks.get(i).span.overlaps(s)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return the span from token {@code from} to token {@code to - 1}} */
  Span span(int from, int to) {
    return new Span(toks.get(from).span.start(), toks.get(to - 1).span.end());
  }
}
