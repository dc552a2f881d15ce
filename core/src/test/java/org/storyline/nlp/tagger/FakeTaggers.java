package org.storyline.nlp.tagger;

import java.util.Locale;
import java.util.Set;

/**
 * Hand-written taggers for tests that must not load a model: a few word-shape rules that make
 * plausible Penn tags and CoreNLP-style NER labels, enough to drive TaggerAnalyzer and the stages
 * after it.
 */
public final class FakeTaggers {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");
  private static final Set<String> PLACES = Set.of("Geneva", "Kyiv", "Moscow", "Ukraine", "Russia", "Washington");

  private FakeTaggers() {}

  /** Capitalised words are NNP, pronouns PRP, digits CD, "said"/"met" VBD, other words NNS, punctuation itself. */
  public static final PosTagging POS = words -> {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
        tags[i] = "PRP";
      } else if (w.equals("said") || w.equals("met")) {
        tags[i] = "VBD";
      } else if (Character.isDigit(w.charAt(0))) {
        tags[i] = "CD";
      } else if (Character.isUpperCase(w.charAt(0))) {
        tags[i] = "NNP";
      } else if (Character.isLetter(w.charAt(0))) {
        tags[i] = "NNS";
      } else {
        tags[i] = w;
      }
    }
    return tags;
  };

  /** A few places are LOCATION, other NNP words PERSON, pronouns PERSON (as CoreNLP's are), CD NUMBER. */
  public static final NerTagging NER = (words, tags) -> {
    String[] labels = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      labels[i] = PLACES.contains(words[i]) ? "LOCATION"
          : tags[i].equals("NNP") || tags[i].equals("PRP") ? "PERSON"
          : tags[i].equals("CD") ? "NUMBER"
          : "O";
    }
    return labels;
  };
}
