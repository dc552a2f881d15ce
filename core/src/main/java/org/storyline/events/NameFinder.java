package org.storyline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.events.SentenceView.Tok;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

/**
 * Actor candidates for text that comes without named-entity mentions (the naive
 * {@code codeSentence} entry point, or an article whose NER layer is empty): runs of capitalised
 * words, and known actor names in any case ("trump"). Words that open a sentence are taken only
 * when they are known names or not common words of our lexicons ("Plans are underway" is not an
 * actor). Hyphenated pairs ("Trump-Putin") are split. All candidates are typed MISC.
 */
final class NameFinder {
  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "in", "on", "at", "as", "after", "following", "during", "his", "her", "their", "its", "this",
      "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "but", "and", "or", "while", "although",
      "despite", "however", "if", "when", "where", "why", "how", "what", "who", "attention", "thousands", "hundreds",
      "up", "under", "with", "without", "for", "from", "to", "by", "there", "recent", "initial", "some", "many", "all",
      "both", "according", "our", "my", "your", "senior", "former", "so", "yet", "also", "now", "then", "today",
      "yesterday", "tomorrow", "meanwhile", "moreover", "furthermore", "instead", "rather", "still", "plans",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "did",
      "know", "pro", "tip", "special", "envoy", "president", "prime", "minister", "secretary", "spokesperson",
      "chancellor", "foreign", "defence", "defense", "vice", "general", "state", "mr", "mrs", "ms", "dr", "sir");

  /** Words that continue a name ("Russian President Vladimir Putin") but do not start one. */
  private static final Set<String> TITLES = Set.of(
      "president", "prime", "minister", "secretary", "spokesperson", "chancellor", "foreign", "defence", "defense",
      "vice", "general", "special", "envoy", "state");

  private NameFinder() {}

  static List<SentenceCoder.Actor> find(SentenceView v, String text, EventLexicon lex) {
    List<SentenceCoder.Actor> out = new ArrayList<>();
    int i = 0;
    while (i < v.size()) {
      Tok t = v.get(i);
      boolean known = lex.isKnownName(t.lower);
      if (!(t.capitalized() && t.isWord()) && !known) {
        i++;
        continue;
      }
      // a lexicon word opens a name only mid-sentence and before another capitalised word ("Security
      // Council"), never at the start of a sentence or inside a headline's run of capitals
      if (!known && (STOP.contains(t.lower) || Quantities.number(t.lower) != null
          || (i == 0 && t.lower.endsWith("ing"))
          || (lex.inVocabulary(t.lower) && (i == 0 || !nextCapitalized(v, i) || v.get(i - 1).capitalized())))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < v.size() && !v.get(end - 1).possessive && v.get(end).capitalized() && v.get(end).isWord()
          && (TITLES.contains(v.get(end).lower) || !STOP.contains(v.get(end).lower))
          && (lex.isKnownName(v.get(end).lower) || !lex.inVocabulary(v.get(end).lower))) {
        end++;
      }
      Span span = v.span(i, end);
      String covered = text.substring(span.start(), span.end());
      int owned = v.get(end - 1).possessive ? ownerLength(covered) : covered.length();
      Span name = new Span(span.start(), span.start() + owned);
      String nameText = text.substring(name.start(), name.end());
      if (end == i + 1 && nameText.indexOf('-') > 0 && isPair(nameText)) {
        int dash = nameText.indexOf('-');
        out.add(new SentenceCoder.Actor(new Span(name.start(), name.start() + dash), nameText.substring(0, dash), null,
            EntityType.MISC, i, i));
        out.add(new SentenceCoder.Actor(new Span(name.start() + dash + 1, name.end()), nameText.substring(dash + 1),
            null, EntityType.MISC, i, i));
      } else {
        out.add(new SentenceCoder.Actor(name, nameText, null, EntityType.MISC, i, end - 1));
      }
      i = end;
    }
    return out;
  }

  private static boolean nextCapitalized(SentenceView v, int i) {
    return i + 1 < v.size() && v.get(i + 1).capitalized() && v.get(i + 1).isWord();
  }

  private static int ownerLength(String covered) {
    String c = covered;
    if (c.endsWith("'s") || c.endsWith("’s")) {
      return c.length() - 2;
    }
    if (c.endsWith("'") || c.endsWith("’")) {
      return c.length() - 1;
    }
    return c.length();
  }

  private static boolean isPair(String s) {
    String[] parts = s.split("-");
    if (parts.length != 2) {
      return false;
    }
    return !parts[0].isEmpty() && !parts[1].isEmpty() && Character.isUpperCase(parts[0].codePointAt(0))
        && Character.isUpperCase(parts[1].codePointAt(0));
  }
}
