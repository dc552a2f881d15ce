package org.storyline.events;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Candidate lemmas of an English word form without a tagger: the form itself, irregular verb
 * forms, and suffix stripping (-s, -es, -ies, -ed, -d, -ied, -ing, doubled consonants, restored
 * -e). Over-generation is harmless because candidates are only compared with lexicon words.
 */
final class Lemmas {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("met", "meet"), Map.entry("held", "hold"), Map.entry("spoke", "speak"),
      Map.entry("spoken", "speak"), Map.entry("sat", "sit"), Map.entry("struck", "strike"),
      Map.entry("stricken", "strike"), Map.entry("sent", "send"), Map.entry("gave", "give"),
      Map.entry("given", "give"), Map.entry("took", "take"), Map.entry("taken", "take"),
      Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("fought", "fight"),
      Map.entry("shot", "shoot"), Map.entry("sought", "seek"), Map.entry("brought", "bring"),
      Map.entry("told", "tell"), Map.entry("said", "say"), Map.entry("made", "make"),
      Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("led", "lead"),
      Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"), Map.entry("froze", "freeze"),
      Map.entry("frozen", "freeze"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
      Map.entry("kept", "keep"), Map.entry("left", "leave"), Map.entry("won", "win"),
      Map.entry("lost", "lose"), Map.entry("paid", "pay"), Map.entry("stood", "stand"),
      Map.entry("blew", "blow"), Map.entry("blown", "blow"), Map.entry("threw", "throw"),
      Map.entry("thrown", "throw"), Map.entry("was", "be"), Map.entry("were", "be"),
      Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("am", "be"), Map.entry("been", "be"),
      Map.entry("being", "be"), Map.entry("had", "have"), Map.entry("has", "have"),
      Map.entry("did", "do"), Map.entry("does", "do"), Map.entry("done", "do"),
      Map.entry("undertook", "undertake"), Map.entry("undertaken", "undertake"), Map.entry("rode", "ride"),
      Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("chose", "choose"),
      Map.entry("chosen", "choose"), Map.entry("fled", "flee"), Map.entry("sold", "sell"),
      Map.entry("bought", "buy"), Map.entry("overtook", "overtake"), Map.entry("forbade", "forbid"),
      Map.entry("arisen", "arise"), Map.entry("arose", "arise"), Map.entry("rose", "rise"),
      Map.entry("risen", "rise"), Map.entry("hid", "hide"), Map.entry("hidden", "hide"),
      Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("stole", "steal"),
      Map.entry("stolen", "steal"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
      Map.entry("slew", "slay"), Map.entry("slain", "slay"), Map.entry("bore", "bear"),
      Map.entry("borne", "bear"), Map.entry("understood", "understand"), Map.entry("swore", "swear"),
      Map.entry("sworn", "swear"), Map.entry("laid", "lay"), Map.entry("meant", "mean"),
      Map.entry("felt", "feel"), Map.entry("found", "find"), Map.entry("thought", "think"),
      Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("came", "come"),
      Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("spent", "spend"),
      Map.entry("built", "build"), Map.entry("dealt", "deal"));

  private static final Set<String> IRREGULAR_PAST = Set.copyOf(IRREGULAR.keySet());

  private Lemmas() {}

  /** {@return the candidate lemmas of a lower-cased word form, the form first} */
  static Set<String> candidates(String form) {
    Set<String> out = new LinkedHashSet<>();
    out.add(form);
    String irr = IRREGULAR.get(form);
    if (irr != null) {
      out.add(irr);
    }
    int n = form.length();
    if (n <= 3 || !Character.isLetter(form.charAt(n - 1))) {
      return out;
    }
    if (form.endsWith("ies")) {
      out.add(form.substring(0, n - 3) + "y");
    }
    if (form.endsWith("es")) {
      out.add(form.substring(0, n - 2));
    }
    if (form.endsWith("s") && !form.endsWith("ss")) {
      out.add(form.substring(0, n - 1));
    }
    if (form.endsWith("ied")) {
      out.add(form.substring(0, n - 3) + "y");
    }
    if (form.endsWith("ed")) {
      String stem = form.substring(0, n - 2);
      out.add(stem);
      out.add(form.substring(0, n - 1));
      addUndoubled(out, stem);
    }
    if (form.endsWith("ing") && n >= 5) {
      String stem = form.substring(0, n - 3);
      out.add(stem);
      out.add(stem + "e");
      addUndoubled(out, stem);
    }
    return out;
  }

  private static void addUndoubled(Set<String> out, String stem) {
    int m = stem.length();
    if (m >= 3 && stem.charAt(m - 1) == stem.charAt(m - 2) && "aeiouy".indexOf(stem.charAt(m - 1)) < 0) {
      out.add(stem.substring(0, m - 1));
    }
  }

  /** {@return whether the form is a past tense or participle by its shape} */
  static boolean looksPast(String form) {
    return IRREGULAR_PAST.contains(form) && !isAuxiliaryPresent(form) || (form.endsWith("ed") && form.length() > 3);
  }

  private static boolean isAuxiliaryPresent(String form) {
    return form.equals("is") || form.equals("are") || form.equals("am") || form.equals("has") || form.equals("does")
        || form.equals("being");
  }
}
