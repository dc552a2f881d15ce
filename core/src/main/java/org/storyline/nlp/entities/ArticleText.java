package org.storyline.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * One article's text as the linker reads it: words, lines, headline-like lines, sentences, part
 * of speech where the tokens have it, and the dictionary look-ups that need word context.
 */
final class ArticleText {
  /** A country, government or organisation named by words {@code [from, from + length)}. */
  record Scope(EntityId id, int from, int length, boolean country) {
    int end() {
      return from + length;
    }
  }

  private static final Set<String> PREPOSITIONS = Set.of("to", "for", "of", "in", "at", "on");

  final AnnotatedArticle doc;
  final String text;
  final Words words;
  final ActorLexicon lexicon;
  final RolePatterns roles;
  private final Map<Integer, String> posByStart = new HashMap<>();
  private final List<Span> lines;
  private final boolean[] headline;

  ArticleText(AnnotatedArticle doc, ActorLexicon lexicon, RolePatterns roles) {
    this.doc = doc;
    this.text = doc.text();
    this.words = Words.of(text);
    this.lexicon = lexicon;
    this.roles = roles;
    for (Token t : doc.tokens()) {
      if (!t.pos().isEmpty()) {
        posByStart.putIfAbsent(t.span().start(), t.pos());
      }
    }
    this.lines = Furniture.lines(text);
    this.headline = new boolean[lines.size()];
    String title = doc.article().title().strip();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).coveredText(text);
      headline[i] = Furniture.isHeadlineLike(line) || (!title.isEmpty() && line.strip().equals(title));
    }
  }

  /** {@return the Penn tag of the token starting where word {@code i} starts, or ""} */
  String pos(int i) {
    return posByStart.getOrDefault(words.get(i).start(), "");
  }

  int lineIndex(int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  Span line(int offset) {
    return lines.get(lineIndex(offset));
  }

  boolean onHeadline(int offset) {
    return headline[lineIndex(offset)];
  }

  /** {@return the sentence span holding the offset, or its line when sentences do not cover it} */
  Span sentenceBounds(int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(offset)) {
        return s.span();
      }
    }
    return line(offset);
  }

  /** {@return the index of the sentence holding the offset (or the last before it), or -1 when there is none} */
  int sentenceIndex(int offset) {
    int best = -1;
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset) {
        best = s.index();
      } else {
        break;
      }
    }
    return best;
  }

  /** {@return whether word {@code i} follows word {@code i-1} on the same line, separated by one space or hyphen} */
  boolean joined(int i) {
    if (i <= 0 || i >= words.size()) {
      return false;
    }
    String gap = words.gapBefore(i);
    return gap.equals(" ") || gap.equals("-");
  }

  boolean spaced(int i) {
    return i > 0 && i < words.size() && words.gapBefore(i).equals(" ");
  }

  /** {@return whether word {@code i} begins a sentence or a line} */
  boolean startsSentence(int i) {
    if (i == 0) {
      return true;
    }
    String gap = words.rawGapBefore(i);
    return gap.contains("\n") || gap.contains(". ") || gap.contains("? ") || gap.contains("! ") || gap.contains(":")
        || words.get(i - 1).text().endsWith(".") && gap.isBlank();
  }

  /** {@return whether word {@code i} is followed by a possessive "'s"} */
  boolean possessiveAfter(int i) {
    return i + 1 < words.size() && words.gapBefore(i + 1).equals("'") && words.get(i + 1).folded().equals("s");
  }

  /** {@return the lexicon alias matched at word {@code i} (longest, case rules applied), or null} */
  ActorLexicon.Alias aliasAt(int i) {
    for (ActorLexicon.Alias a : lexicon.aliasesStartingWith(words.get(i).folded())) {
      if (a.phrase().matchesAt(words, i) && a.caseAllows(words, i)) {
        return a;
      }
    }
    return null;
  }

  /**
   * {@return the country, government or organisation named at word {@code i}, or null} A
   * nationality word ("Russian"), or a non-person alias ("U.S.", "Kremlin", "NATO"). Capitalised
   * words only.
   */
  Scope scopeAt(int i) {
    if (i < 0 || i >= words.size() || !words.get(i).capitalised()) {
      return null;
    }
    var demonym = lexicon.demonym(words.get(i).text());
    if (demonym.isPresent()) {
      return new Scope(demonym.get(), i, 1, true);
    }
    ActorLexicon.Alias a = aliasAt(i);
    if (a == null) {
      return null;
    }
    EntityType type = lexicon.actor(a.id()).type();
    if (type == EntityType.PERSON) {
      return null;
    }
    return new Scope(a.id(), i, a.phrase().size(), a.id().value().startsWith("loc:"));
  }

  /** {@return the scope whose last word is {@code last}, or null} */
  Scope scopeEndingAt(int last) {
    for (int from = Math.max(0, last - 3); from <= last; from++) {
      Scope s = scopeAt(from);
      if (s != null && s.end() - 1 == last) {
        return s;
      }
    }
    return null;
  }

  boolean isPreposition(int i) {
    return i < words.size() && PREPOSITIONS.contains(words.get(i).folded());
  }

  /**
   * {@return the last word index of a role complement starting with the preposition at {@code
   * prep} ("to Ukraine", "for Russia and Ukraine", "of the United States"), or -1}
   */
  int complementEnd(int prep) {
    if (!isPreposition(prep) || !spaced(prep)) {
      return -1;
    }
    int r = prep + 1;
    if (r < words.size() && spaced(r) && words.get(r).folded().equals("the")) {
      r++;
    }
    int last = -1;
    while (r < words.size() && (spaced(r) || (last >= 0 && joined(r))) && words.get(r).capitalised()) {
      last = r;
      r++;
      if (r + 1 < words.size() && spaced(r) && words.get(r).folded().equals("and") && spaced(r + 1)
          && words.get(r + 1).capitalised()) {
        r++;
      }
    }
    return last;
  }

  /**
   * {@return the normalised role text of words {@code [from, to]}} The head {@code [headFrom,
   * headEnd]} and the modifiers before it in lower case, organisation names as written ("Kremlin
   * spokesperson"), country and nationality words before the head dropped ("Russian foreign
   * Minister" -> "foreign minister"), the complement after the head as written ("to Ukraine").
   */
  String roleText(int from, int headFrom, int headEnd, int to) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (i <= to) {
      if (i < headFrom) {
        Scope scope = scopeAt(i);
        if (scope != null && scope.end() <= headFrom) {
          if (!scope.country()) {
            append(out, i, text.substring(words.get(i).start(), words.get(scope.end() - 1).end()));
          }
          i = scope.end();
          continue;
        }
        append(out, i, words.get(i).text().toLowerCase(Locale.ROOT));
      } else if (i <= headEnd) {
        append(out, i, words.get(i).text().toLowerCase(Locale.ROOT));
      } else {
        append(out, i, words.get(i).text());
      }
      i++;
    }
    return out.toString();
  }

  private void append(StringBuilder out, int i, String word) {
    if (out.length() > 0) {
      out.append(words.gapBefore(i).equals("-") ? "-" : " ");
    }
    out.append(word);
  }

  /** {@return the first word index whose start is at or after {@code span.start()} and inside the span, and the end} */
  int[] wordRange(Span span) {
    int from = words.indexAtOrAfter(span.start());
    int to = from;
    while (to < words.size() && words.get(to).end() <= span.end()) {
      to++;
    }
    return new int[] {from, to};
  }

  List<Integer> indicesOf(String folded) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).folded().equals(folded)) {
        out.add(i);
      }
    }
    return out;
  }
}
