package org.storyline.nlp.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by the linker and the cross-article resolver. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "me", "my", "mine", "myself", "you", "your",
      "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we",
      "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose");
  private static final java.util.Set<String> PERSONAL_SINGULAR = java.util.Set.of("he", "him", "his", "himself", "she",
      "her", "hers", "herself");

  private Names() {}

  /** {@return whether the text is a personal, possessive or relative pronoun ("He", "their", "whom")} */
  public static boolean isPronoun(String text) {
    String t = text.strip();
    if (t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT))) {
      return false; // "US" is the country, "IT" the trade
    }
    return PRONOUNS.contains(fold(t));
  }

  /** {@return whether the text is a third-person singular personal pronoun ("he", "his", "her")} */
  static boolean isPersonalSingular(String text) {
    return PERSONAL_SINGULAR.contains(fold(text.strip()));
  }

  /**
   * {@return the comparison form of a word or name} Lower case (root locale), diacritics removed,
   * typographic apostrophes made plain: "Zelenskyy’s" and "zelenskyy's" fold alike, "Erdoğan" folds
   * to "erdogan".
   */
  public static String fold(String text) {
    if (isAscii(text)) {
      // NFD leaves ASCII as it is and there are no marks or curly quotes to replace
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').replace('‘', '\'')
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the slug of a name for entity ids} Folded, every run of non-alphanumerics one hyphen:
   * "Mark levin" -> "mark-levin", "J.D. Vance" -> "j-d-vance". Empty when nothing alphanumeric.
   */
  public static String slug(String name) {
    String s = NON_SLUG.matcher(fold(name)).replaceAll("-");
    return EDGE_DASHES.matcher(s).replaceAll("");
  }

  /**
   * {@return a spelling key that ignores common transliteration variants of one word} Applied
   * to a folded word: a final "yy", "iy", "ii", "yi" or "ij" becomes "y", and "kh" becomes "h", so
   * "zelenskyy", "zelenskiy" and "zelensky" share the key "zelensky".
   */
  public static String variantKey(String foldedWord) {
    String w = foldedWord.replace("kh", "h");
    if (w.length() > 4 && (w.endsWith("yy") || w.endsWith("iy") || w.endsWith("ii") || w.endsWith("yi") || w.endsWith("ij"))) {
      w = w.substring(0, w.length() - 2) + "y";
    }
    return w;
  }

  /**
   * {@return the name with each all-lower-case word capitalised} For display of names a source
   * wrote carelessly ("Mark levin" -> "Mark Levin"); particles stay lower case ("von der Leyen").
   */
  public static String displayCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    String[] parts = name.split(" ", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (i > 0) {
        out.append(' ');
      }
      boolean particle = i > 0 && i < parts.length - 1 && isParticle(p);
      if (!particle && !p.isEmpty() && p.equals(p.toLowerCase(Locale.ROOT)) && Character.isLetter(p.charAt(0))) {
        out.append(p.substring(0, 1).toUpperCase(Locale.ROOT)).append(p.substring(1));
      } else {
        out.append(p);
      }
    }
    return out.toString();
  }

  private static boolean isParticle(String word) {
    switch (word) {
      case "von": case "van": case "der": case "den": case "de": case "da": case "di": case "bin": case "al": case "la": case "le":
        return true;
      default:
        return false;
    }
  }
}
