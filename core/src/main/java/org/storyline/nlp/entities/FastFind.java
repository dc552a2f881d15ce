package org.storyline.nlp.entities;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pattern.matcher(s).find()} answered with fewer match attempts: only at the positions whose
 * character can start a match (ASCII characters probed once when built; others always tried). A
 * pattern with a lookbehind is searched as usual; one that starts with {@code ^} and has no
 * alternation is tried at the start only (without MULTILINE that is the only place it can match).
 * Immutable and thread-safe.
 */
final class FastFind {
  private final Pattern pattern;
  private final BitSet firstChars;
  private final boolean startOnly;
  private final boolean plain;

  FastFind(Pattern pattern) {
    this.pattern = pattern;
    String src = pattern.pattern();
    boolean lookbehind = src.contains("(?<=") || src.contains("(?<!");
    this.startOnly = src.startsWith("^") && !src.contains("|") && (pattern.flags() & Pattern.MULTILINE) == 0;
    // anchors the first-character probe cannot see (it runs after a prefix, where ^ \A \G fail):
    // such a pattern is run as a plain find
    boolean anchor = src.contains("^") || src.contains("\\A") || src.contains("\\G");
    this.plain = (lookbehind || anchor) && !startOnly;
    this.firstChars = new BitSet(128);
    if (!plain && !startOnly) {
      // a word or a non-word character before: covers \b and \B at the start
      for (String prefix : new String[] {" ", "a"}) {
        for (char c = 0; c < 128; c++) {
          String probe = prefix + c;
          Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false)
              .region(prefix.length(), probe.length());
          if (m.lookingAt() || m.hitEnd()) {
            firstChars.set(c);
          }
        }
      }
    }
  }

  Pattern pattern() {
    return pattern;
  }

  /** {@return whether {@code pattern} occurs in {@code s}; the same answer as {@code pattern.matcher(s).find()}} */
  boolean find(String s) {
    Matcher m = pattern.matcher(s);
    if (plain) {
      return m.find();
    }
    if (startOnly) {
      return m.lookingAt();
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int n = s.length();
    for (int i = 0; i <= n; i++) {
      // the end is always tried (an empty match), so is any non-ASCII character
      if (i < n && s.charAt(i) < 128 && !firstChars.get(s.charAt(i))) {
        continue;
      }
      m.region(i, n);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
