package org.storyline.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/Phoenix actor dictionary (e.g. {@code Phoenix.Countries.actors.txt}), read by our
 * own reader. The format, as documented in the dictionaries' headers and PETRARCH's
 * "Dictionary formats" page:
 *
 * <pre>
 * GONDOR [GON]                  a primary phrase with its default code
 * +MINAS_TIRITH                 a synonym of the record above
 * SAM_GAMGEE [HOB]
 * 	[HOBCIV &lt;20080120]          a date restriction: before (or on) the date
 * 	[HOBMIL 20080120-20121109]   between two dates, both included
 * 	[HOBELI &gt;20130119]          after (or on) the date
 * 	[HOBGOV]                     a default code on a line of its own
 * </pre>
 *
 * <p>Words of a phrase are separated by blanks or underscores and matched as whole words,
 * ignoring case (a trailing underscore, TABARI's "whole word" mark, changes nothing here).
 * Dates are {@code YYYYMMDD} or {@code YYMMDD} ({@code YY} of 30 or less is 20YY, else 19YY).
 * The first restriction (in file order) that covers the date wins; the default code applies
 * when none does or when there is no date; without a default and without a date, an open-ended
 * {@code >date} restriction (the current role) applies. Codes are upper-cased; a code made of
 * punctuation only ({@code ---}, {@code +++}) is the null code: the phrase is known but has no
 * actor code; of alternative codes {@code [ELR/GAL]} the first is used. Comments: {@code #} and
 * {@code ;} to the end of the line, {@code <!-- ... -->} anywhere. A line that cannot be read is
 * reported ({@link DictionaryDiagnostics#W501}) and skipped. Immutable and thread-safe.
 */
public final class ActorDictionary {
  private static final Pattern CODE_BLOCK = Pattern.compile("\\[([^\\]]*)\\]");

  /**
   * A code valid between two dates.
   *
   * @param code the CAMEO actor code, or null for the null code
   * @param from first day it applies, or null (no lower bound)
   * @param to last day it applies, or null (no upper bound)
   */
  public record DatedCode(String code, LocalDate from, LocalDate to) {
    /** {@return whether the restriction covers {@code date}} */
    public boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /**
   * One record: its phrases share its codes.
   *
   * @param name the primary phrase as written
   * @param phrases the primary phrase and its synonyms, as folded words
   * @param hasDefault whether a default code was given
   * @param defaultCode the default code (null when none, or the null code)
   * @param restrictions dated codes in file order
   * @param lineNo the line of the primary phrase
   */
  public record Entry(String name, List<List<String>> phrases, boolean hasDefault, String defaultCode,
      List<DatedCode> restrictions, int lineNo) {
    public Entry {
      phrases = List.copyOf(phrases);
      restrictions = List.copyOf(restrictions);
    }

    /** {@return the code on {@code date} (null: unknown date), empty when the record has none then} */
    public Optional<String> codeOn(LocalDate date) {
      if (date != null) {
        for (DatedCode r : restrictions) {
          if (r.covers(date)) {
            return Optional.ofNullable(r.code());
          }
        }
        return Optional.ofNullable(defaultCode);
      }
      if (hasDefault) {
        return Optional.ofNullable(defaultCode);
      }
      for (DatedCode r : restrictions) {
        if (r.to() == null && r.from() != null) {
          return Optional.ofNullable(r.code());
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A phrase found in a word list.
   *
   * @param entry the record
   * @param from index of its first word
   * @param to index after its last word
   */
  public record Match(Entry entry, int from, int to) {
    /** {@return the number of words} */
    public int length() {
      return to - from;
    }
  }

  private final List<Entry> entries;
  private final Map<String, List<Phrase>> byFirstWord;

  private record Phrase(List<String> words, Entry entry) {}

  private ActorDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Entry e : entries) {
      for (List<String> p : e.phrases()) {
        index.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Phrase(p, e));
      }
    }
    for (List<Phrase> list : index.values()) {
      list.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()).thenComparingInt(p -> p.entry().lineNo()));
    }
    this.byFirstWord = index;
  }

  /** An empty dictionary. */
  public static ActorDictionary empty() {
    return new ActorDictionary(List.of());
  }

  /**
   * Reads a dictionary file (UTF-8; bytes that are not UTF-8 are read as ISO-8859-1).
   *
   * @param problems receives one message per skipped line
   * @throws IOException when the file cannot be read
   */
  public static ActorDictionary read(Path file, List<String> problems) throws IOException {
    return parse(DictionaryFiles.lines(file), file.toString(), problems);
  }

  /**
   * Parses dictionary lines.
   *
   * @param source the file name used in problem messages
   * @param problems receives one message per skipped line
   */
  public static ActorDictionary parse(List<String> lines, String source, List<String> problems) {
    List<Entry> entries = new ArrayList<>();
    Builder current = null;
    for (DictionaryLines.Line line : DictionaryLines.of(lines, source, problems)) {
      String where = source + ":" + line.lineNo();
      String text = line.text().strip();
      try {
        if (text.startsWith("[")) {
          if (current == null) {
            throw new IllegalArgumentException("code block before any actor phrase");
          }
          for (String block : blocks(text, where)) {
            current.code(block, where);
          }
        } else if (text.startsWith("+")) {
          if (current == null) {
            throw new IllegalArgumentException("synonym before any actor phrase");
          }
          Split s = split(text.substring(1), where);
          current.phrase(s.phrase(), where);
          for (String block : s.codes()) {
            current.code(block, where);
          }
        } else {
          if (current != null) {
            current.build().ifPresent(entries::add);
            current = null;
          }
          Split s = split(text, where);
          current = new Builder(s.phrase(), line.lineNo());
          current.phrase(s.phrase(), where);
          for (String block : s.codes()) {
            current.code(block, where);
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add(DictionaryDiagnostics.W501.format(where, e.getMessage()));
      }
    }
    if (current != null) {
      current.build().ifPresent(entries::add);
    }
    return new ActorDictionary(entries);
  }

  /** {@return the records, in file order} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return the number of records} */
  public int size() {
    return entries.size();
  }

  /**
   * {@return the longest phrase that starts at word {@code i} of {@code words} (folded words),
   * the earliest record on ties}
   */
  public Optional<Match> matchAt(List<String> words, int i) {
    for (Phrase p : byFirstWord.getOrDefault(words.get(i), List.of())) {
      int n = p.words().size();
      if (i + n <= words.size() && words.subList(i, i + n).equals(p.words())) {
        return Optional.of(new Match(p.entry(), i, i + n));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the longest phrase that lies in words {@code [from, to)} and overlaps {@code [lo, hi)},
   * leftmost on ties}
   */
  public Optional<Match> bestMatch(List<String> words, int from, int to, int lo, int hi) {
    Match best = null;
    for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
      for (Phrase p : byFirstWord.getOrDefault(words.get(i), List.of())) {
        int n = p.words().size();
        if (i + n <= to && i < hi && i + n > lo && words.subList(i, i + n).equals(p.words())) {
          if (best == null || n > best.length()) {
            best = new Match(p.entry(), i, i + n);
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  // ---------------------------------------------------------------- parsing

  private record Split(String phrase, List<String> codes) {}

  private static Split split(String text, String where) {
    int bracket = text.indexOf('[');
    String phrase = (bracket < 0 ? text : text.substring(0, bracket)).strip();
    List<String> codes = bracket < 0 ? List.of() : blocks(text.substring(bracket), where);
    return new Split(phrase, codes);
  }

  private static List<String> blocks(String text, String where) {
    List<String> out = new ArrayList<>();
    Matcher m = CODE_BLOCK.matcher(text);
    int end = 0;
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        throw new IllegalArgumentException("text between code blocks: '" + text.strip() + "'");
      }
      out.add(m.group(1).strip());
      end = m.end();
    }
    if (!text.substring(end).isBlank()) {
      throw new IllegalArgumentException("unclosed or stray code block: '" + text.strip() + "'");
    }
    return out;
  }

  private static final class Builder {
    private final String name;
    private final int lineNo;
    private final List<List<String>> phrases = new ArrayList<>();
    private boolean hasDefault;
    private String defaultCode;
    private final List<DatedCode> restrictions = new ArrayList<>();

    Builder(String name, int lineNo) {
      this.name = name;
      this.lineNo = lineNo;
    }

    void phrase(String phrase, String where) {
      List<String> words = CameoWords.phrase(phrase);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase without words: '" + phrase + "'");
      }
      phrases.add(words);
    }

    void code(String block, String where) {
      String[] parts = block.strip().split("\\s+", 2);
      String code = code(parts[0]);
      if (parts.length == 1) {
        hasDefault = true;
        defaultCode = code;
        return;
      }
      String r = parts[1].replace(" ", "");
      if (r.startsWith("<")) {
        restrictions.add(new DatedCode(code, null, date(r.substring(1))));
      } else if (r.startsWith(">")) {
        restrictions.add(new DatedCode(code, date(r.substring(1)), null));
      } else {
        int dash = r.indexOf('-');
        if (dash < 0) {
          throw new IllegalArgumentException("date restriction not understood: '" + block + "'");
        }
        restrictions.add(new DatedCode(code, date(r.substring(0, dash)), date(r.substring(dash + 1))));
      }
    }

    Optional<Entry> build() {
      if (phrases.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Entry(name, phrases, hasDefault, defaultCode, restrictions, lineNo));
    }

    private static String code(String raw) {
      String c = raw.strip();
      int slash = c.indexOf('/');
      if (slash >= 0) {
        c = c.substring(0, slash);
      }
      if (c.isEmpty() || c.chars().noneMatch(Character::isLetterOrDigit)) {
        return null;
      }
      if (!c.chars().allMatch(Character::isLetterOrDigit)) {
        throw new IllegalArgumentException("actor code with other characters than letters and digits: '" + raw + "'");
      }
      return c.toUpperCase(Locale.ROOT);
    }
  }

  /** {@return a YYYYMMDD or YYMMDD date} @throws IllegalArgumentException when it is neither */
  static LocalDate date(String s) {
    String d = s.strip();
    try {
      if (d.length() == 8 && d.chars().allMatch(Character::isDigit)) {
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6)));
      }
      if (d.length() == 6 && d.chars().allMatch(Character::isDigit)) {
        int yy = Integer.parseInt(d.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
            Integer.parseInt(d.substring(4)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: '" + s + "'", e);
    }
    throw new IllegalArgumentException("date is not YYYYMMDD or YYMMDD: '" + s + "'");
  }
}
