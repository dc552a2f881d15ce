package org.storyline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

/**
 * Removes page furniture from plain text, paragraph by paragraph, keeping a map back to the input.
 *
 * <p>Paragraphs: when the text has blank lines between non-blank ones, a paragraph is a run of
 * non-blank lines (inner line breaks kept); otherwise every non-blank line is a paragraph. Kept
 * paragraphs are copied verbatim (trimmed; C0/C1 control characters other than tab and line feed
 * dropped) and joined by an inserted "\n\n", which maps to the start of the following paragraph.
 *
 * <p>Removed, in this order, each removal recorded with its rule:
 *
 * <ol>
 *   <li>paragraphs matching a {@link BoilerplateRules} rule (whole paragraph);
 *   <li>a short "By Name" paragraph near the top ({@code byline}; the name becomes {@link
 *       CleanedText#byline()});
 *   <li>paragraphs equal to the title, ignoring case and punctuation ({@code repeated_title});
 *   <li>exact repeats of a paragraph of 40+ letters ({@code duplicate_paragraph}, the first copy
 *       is kept), and, among the first 30 paragraphs, a paragraph that is a prefix of another, with
 *       or without a trailing ellipsis ({@code truncated_copy}: the fuller copy is kept);
 *   <li>author biographies at the end ({@code author_bio}): a paragraph in the second half whose
 *       biography cues weigh at least {@link BoilerplateRules#BIO_THRESHOLD} and after which only
 *       short or biography paragraphs follow.
 * </ol>
 *
 * <p>The output never has offsets outside the input; every char of the cleaned text except the
 * inserted separators equals the input char its offset maps to. Immutable and thread-safe.
 */
public final class TextCleaner {
  private static final int MIN_DUPLICATE_LETTERS = 40;
  private static final int LEAD_WINDOW = 30;
  private static final int MAX_RULE_PARAGRAPH = 600;
  private static final int SHORT_TRAILER = 100;
  private static final Pattern BYLINE = Pattern.compile(
      "(?i:by)\\s*:?\\s+((?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+(?:(?i:and|&|,)\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*|(?i:de|van|von|der|al|bin|la|le)))"
          + "{0,5})(?:\\s*[,|/–—-]\\s*[\\p{L} .'’-]{0,40})?");
  private static final Pattern ELLIPSIS = Pattern.compile("(?:…|\\.\\.\\.+|\\[…]|\\[\\.\\.\\.]|\\(…\\))\\s*$");

  private final BoilerplateRules rules;

  /** Creates a cleaner with the given rules. */
  public TextCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** {@return a cleaner with the standard rules} */
  public static TextCleaner standard() {
    return new TextCleaner(BoilerplateRules.standard());
  }

  /** {@return the cleaned text of the whole input; {@code title} may be null or ""} */
  public CleanedText clean(String input, String title) {
    return clean(input, 0, input.length(), title);
  }

  /**
   * {@return the cleaned text of {@code input[from, to)}} The map still points into the whole
   * input, so a region (a file's body after its title line) maps back to file offsets.
   */
  public CleanedText clean(String input, int from, int to, String title) {
    if (from < 0 || to > input.length() || from > to) {
      throw new IllegalArgumentException("region [" + from + ", " + to + ") outside input of length " + input.length());
    }
    List<Span> paragraphs = paragraphs(input, from, to);
    int n = paragraphs.size();
    String[] removedBy = new String[n];
    String byline = null;

    for (int i = 0; i < n; i++) {
      Span p = paragraphs.get(i);
      if (p.length() <= MAX_RULE_PARAGRAPH) {
        Optional<String> rule = rules.match(p.coveredText(input));
        if (rule.isPresent()) {
          removedBy[i] = rule.get();
        }
      }
    }
    for (int i = 0; i < Math.min(n, 6); i++) {
      Span p = paragraphs.get(i);
      if (removedBy[i] == null && p.length() <= 80) {
        Matcher m = BYLINE.matcher(p.coveredText(input));
        if (m.matches()) {
          removedBy[i] = "byline";
          if (byline == null) {
            byline = m.group(1);
          }
        }
      }
    }
    String titleKey = title == null ? "" : letterKey(title);
    if (titleKey.length() >= 8) {
      for (int i = 0; i < n; i++) {
        if (removedBy[i] == null && letterKey(paragraphs.get(i).coveredText(input)).equals(titleKey)) {
          removedBy[i] = "repeated_title";
        }
      }
    }
    removeDuplicates(input, paragraphs, removedBy);
    removeTrailingBios(input, paragraphs, removedBy);

    OffsetMap.Builder map = OffsetMap.builder(input.length());
    StringBuilder out = new StringBuilder();
    List<Span> kept = new ArrayList<>();
    List<CleanedText.Removal> removals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Span p = paragraphs.get(i);
      if (removedBy[i] != null) {
        removals.add(new CleanedText.Removal(p, removedBy[i]));
        continue;
      }
      // trimmed paragraphs start and end with a printable char, so each adds at least one char
      if (!kept.isEmpty()) {
        out.append("\n\n");
        map.insert(2, p.start());
      }
      int start = out.length();
      copyClean(input, p.start(), p.end(), out, map);
      kept.add(new Span(start, out.length()));
    }
    return new CleanedText(out.toString(), map.build(), kept, removals, byline);
  }

  private static void copyClean(String input, int from, int to, StringBuilder out, OffsetMap.Builder map) {
    int run = from;
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      boolean drop = isDroppedControl(c) || (c == '\r' && i + 1 < to && input.charAt(i + 1) == '\n');
      if (drop) {
        if (i > run) {
          out.append(input, run, i);
          map.copy(run, i - run);
        }
        run = i + 1;
      }
    }
    if (to > run) {
      out.append(input, run, to);
      map.copy(run, to - run);
    }
  }

  static boolean isDroppedControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  /** {@return the trimmed paragraphs of {@code input[from, to)}} */
  static List<Span> paragraphs(String input, int from, int to) {
    List<int[]> lines = new ArrayList<>();
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && !isLineBreak(input.charAt(i))) {
        i++;
      }
      lines.add(new int[] {start, i, 0});
      if (i < to) {
        char c = input.charAt(i);
        if (c == '\u2029') {
          // a paragraph separator acts as a blank line
          lines.add(new int[] {i, i, 1});
        }
        i += (c == '\r' && i + 1 < to && input.charAt(i + 1) == '\n') ? 2 : 1;
      }
    }
    boolean[] blank = new boolean[lines.size()];
    int firstText = -1;
    int lastText = -1;
    for (int k = 0; k < lines.size(); k++) {
      int[] l = lines.get(k);
      blank[k] = l[2] == 1 || isBlank(input, l[0], l[1]);
      if (!blank[k]) {
        lastText = k;
        if (firstText < 0) {
          firstText = k;
        }
      }
    }
    boolean blockMode = false;
    for (int k = firstText + 1; k < lastText && firstText >= 0; k++) {
      if (blank[k]) {
        blockMode = true;
        break;
      }
    }
    List<Span> out = new ArrayList<>();
    int k = 0;
    while (k < lines.size()) {
      if (blank[k]) {
        k++;
        continue;
      }
      int start = lines.get(k)[0];
      int end = lines.get(k)[1];
      k++;
      if (blockMode) {
        while (k < lines.size() && !blank[k]) {
          end = lines.get(k)[1];
          k++;
        }
      }
      Span trimmed = trim(input, start, end);
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    return out;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085';
  }

  static boolean isBlankChar(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || isDroppedControl(c);
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlankChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Span trim(String s, int from, int to) {
    while (from < to && isBlankChar(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlankChar(s.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }

  /** {@return lower-cased letters and digits, words separated by one space} */
  static String letterKey(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static void removeDuplicates(String input, List<Span> paragraphs, String[] removedBy) {
    int n = paragraphs.size();
    String[] keys = new String[n];
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (removedBy[i] != null) {
        continue;
      }
      String text = paragraphs.get(i).coveredText(input);
      keys[i] = letterKey(ELLIPSIS.matcher(text).replaceFirst(""));
      if (keys[i].length() < MIN_DUPLICATE_LETTERS) {
        continue;
      }
      Integer first = firstSeen.putIfAbsent(keys[i], i);
      if (first != null) {
        removedBy[i] = "duplicate_paragraph";
      }
    }
    int window = Math.min(n, LEAD_WINDOW);
    for (int i = 0; i < window; i++) {
      if (removedBy[i] != null || keys[i] == null || keys[i].length() < MIN_DUPLICATE_LETTERS) {
        continue;
      }
      for (int j = i + 1; j < window && removedBy[i] == null; j++) {
        if (removedBy[j] != null || keys[j] == null || keys[j].length() < MIN_DUPLICATE_LETTERS) {
          continue;
        }
        if (keys[j].length() > keys[i].length() && keys[j].startsWith(keys[i])) {
          removedBy[i] = "truncated_copy";
        } else if (keys[i].length() > keys[j].length() && keys[i].startsWith(keys[j])) {
          removedBy[j] = "truncated_copy";
        }
      }
    }
  }

  private void removeTrailingBios(String input, List<Span> paragraphs, String[] removedBy) {
    int n = paragraphs.size();
    // walk backwards while only short paragraphs or biographies follow
    for (int i = n - 1; i >= 0 && i >= n / 2; i--) {
      if (removedBy[i] != null) {
        continue;
      }
      String text = paragraphs.get(i).coveredText(input);
      if (rules.bioScore(text) >= BoilerplateRules.BIO_THRESHOLD) {
        removedBy[i] = BoilerplateRules.AUTHOR_BIO;
      } else if (text.length() >= SHORT_TRAILER) {
        break;
      }
    }
  }
}
