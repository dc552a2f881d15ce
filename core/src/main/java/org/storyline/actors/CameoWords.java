package org.storyline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the dictionaries compare them: letters and digits with inner hyphens and apostrophes
 * ("barad-dur"), abbreviations with their inner dots ("U.S." and "U.S" are both {@code u.s}),
 * lower-cased with {@link Locale#ROOT}; a possessive "'s" is cut off and remembered. Dictionary
 * phrases are scanned the same way after their underscores become spaces, so "WHITE_HOUSE" and
 * "White House" compare equal.
 */
final class CameoWords {
  private static final Pattern WORD =
      Pattern.compile("(?:\\p{L}\\.){2,}\\p{L}?\\.?|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*['’]?");

  /**
   * One word.
   *
   * @param start offset of its first char in the scanned text
   * @param end offset after its last char (the possessive included)
   * @param folded the compared form
   * @param possessive whether it ended in "'s" or "s'"
   * @param capitalised whether it started with an upper-case letter
   */
  record Word(int start, int end, String folded, boolean possessive, boolean capitalised) {}

  private CameoWords() {}

  /** {@return the words of {@code text} between {@code from} and {@code to}} */
  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      boolean possessive = false;
      String core = w;
      if (core.endsWith("'s") || core.endsWith("’s")) {
        core = core.substring(0, core.length() - 2);
        possessive = true;
      } else if (core.endsWith("'") || core.endsWith("’")) {
        core = core.substring(0, core.length() - 1);
        possessive = core.endsWith("s");
      }
      if (core.endsWith(".")) {
        core = core.substring(0, core.length() - 1);
      }
      if (core.isEmpty()) {
        continue;
      }
      out.add(new Word(m.start(), m.end(), core.toLowerCase(Locale.ROOT), possessive,
          Character.isUpperCase(w.codePointAt(0))));
    }
    return out;
  }

  /** {@return the words of the whole text} */
  static List<Word> scan(String text) {
    return scan(text, 0, text.length());
  }

  /** {@return the folded words of a dictionary phrase ("WHITE_HOUSE" -> [white, house])} */
  static List<String> phrase(String dictionaryPhrase) {
    List<String> out = new ArrayList<>();
    for (Word w : scan(dictionaryPhrase.replace('_', ' '))) {
      out.add(w.folded());
    }
    return out;
  }
}
