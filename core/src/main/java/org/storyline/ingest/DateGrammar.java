package org.storyline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.pipeline.RuleFile;

/**
 * Calendar dates as written on web pages, in numeric forms and with month names in English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech and Finnish ({@code
 * ingest/dates.v1.txt}), and the class-name cues of date elements. Only full dates with a
 * four-digit year in 1900..2100 count. Immutable and thread-safe.
 */
final class DateGrammar {
  /** Where the standard grammar lives on the class path. */
  static final String RESOURCE = "/ingest/dates.v1.txt";

  /**
   * A date found in a text.
   *
   * @param date the calendar date
   * @param start where its text starts
   * @param end where its text ends (exclusive)
   */
  record Found(LocalDate date, int start, int end) {}

  /** An executable example: the first date in {@code text} is {@code expected} (null: none). */
  record Example(LocalDate expected, String text, int line) {}

  private static final Pattern CAMEL_OR_PUNCT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final String NOT_DIGIT_BEFORE = "(?<![\\p{N}.])";
  private static final String NOT_DIGIT_AFTER = "(?![\\p{N}])";
  private static final Pattern YMD = Pattern.compile(
      NOT_DIGIT_BEFORE + "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + NOT_DIGIT_AFTER);
  private static final Pattern DMY_NUMERIC = Pattern.compile(
      NOT_DIGIT_BEFORE + "(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{4})" + NOT_DIGIT_AFTER);

  private static final class Holder {
    static final DateGrammar STANDARD = parse(RuleFile.load(DateGrammar.class, RESOURCE));
  }

  private final Map<String, Integer> months;
  private final Set<String> cues;
  private final Pattern dayMonthYear;
  private final Pattern monthDayYear;
  private final List<Example> examples;

  private DateGrammar(Map<String, Integer> months, Set<String> cues, List<Example> examples) {
    this.months = Map.copyOf(months);
    this.cues = Set.copyOf(cues);
    this.examples = List.copyOf(examples);
    List<String> names = new ArrayList<>(months.keySet());
    // longest first, so "juni" is not read as "jun"
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    String month = "(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\.?";
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.dayMonthYear = Pattern.compile(NOT_DIGIT_BEFORE + "(\\d{1,2})(?:\\.|er|º|°|st|nd|rd|th)?\\s+(?:de\\s+)?"
        + month + "(?![\\p{L}]),?\\s+(?:de\\s+|del\\s+)?(\\d{4})" + NOT_DIGIT_AFTER, flags);
    this.monthDayYear = Pattern.compile("(?<![\\p{L}])" + month + "(?![\\p{L}])\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
        + NOT_DIGIT_AFTER, flags);
  }

  /** {@return the grammar shipped with Storyline, loaded once} */
  static DateGrammar standard() {
    return Holder.STANDARD;
  }

  /**
   * {@return the grammar in a rule file}
   *
   * @throws IllegalArgumentException on an unknown kind, a bad month number or a malformed example
   */
  static DateGrammar parse(RuleFile file) {
    Map<String, Integer> months = new HashMap<>();
    Set<String> cues = new HashSet<>();
    for (RuleFile.Line line : file.rules()) {
      if (!line.hasKind() || line.value().isEmpty()) {
        throw file.error(line, "expected '<kind> | <value>'");
      }
      String[] words = line.value().toLowerCase(Locale.ROOT).split("\\s+");
      switch (line.kind()) {
        case "month" -> {
          int number;
          try {
            number = Integer.parseInt(words[0]);
          } catch (NumberFormatException e) {
            throw file.error(line, "month number expected, not '" + words[0] + "'", e);
          }
          if (number < 1 || number > 12 || words.length < 2) {
            throw file.error(line, "expected 'month | <1-12> <name> ...'");
          }
          for (int i = 1; i < words.length; i++) {
            Integer old = months.putIfAbsent(words[i], number);
            if (old != null && old != number) {
              throw file.error(line, "'" + words[i] + "' is already month " + old);
            }
          }
        }
        case "cue" -> cues.addAll(List.of(words));
        default -> throw file.error(line, "unknown kind '" + line.kind() + "'");
      }
    }
    List<Example> examples = new ArrayList<>();
    for (RuleFile.Line line : file.exampleLines()) {
      String[] parts = line.text().split("\\|", 2);
      if (parts.length != 2) {
        throw file.error(line, "expected 'EXAMPLE <yyyy-mm-dd or none> | <text>'");
      }
      String expected = parts[0].strip();
      try {
        examples.add(new Example("none".equals(expected) ? null : LocalDate.parse(expected), parts[1].strip(),
            line.lineNo()));
      } catch (DateTimeException e) {
        throw file.error(line, "bad date '" + expected + "'", e);
      }
    }
    return new DateGrammar(months, cues, examples);
  }

  /** {@return the EXAMPLE lines, in file order} */
  List<Example> examples() {
    return examples;
  }

  /** {@return whether a class name, id or itemprop names a date element ("post-date", "entry-meta")} */
  boolean isCue(String name) {
    for (String token : CAMEL_OR_PUNCT.split(name)) {
      if (cues.contains(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the first full date in the text}
   *
   * @param monthFirst read an ambiguous numeric date (both parts up to 12) month first, as in
   *     American English
   */
  Optional<Found> first(String text, boolean monthFirst) {
    Found best = null;
    best = earlier(best, ymd(text));
    best = earlier(best, numeric(text, monthFirst));
    best = earlier(best, named(dayMonthYear.matcher(text), 1, 2, 3));
    best = earlier(best, named(monthDayYear.matcher(text), 2, 1, 3));
    return Optional.ofNullable(best);
  }

  private static Found earlier(Found a, Found b) {
    if (a == null) {
      return b;
    }
    return b == null || a.start() <= b.start() ? a : b;
  }

  private static Found ymd(String text) {
    Matcher m = YMD.matcher(text);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  private static Found numeric(String text, boolean monthFirst) {
    Matcher m = DMY_NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean swap = "/".equals(m.group(2)) && (b > 12 || (monthFirst && a <= 12));
      LocalDate d = swap ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  private Found named(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
    while (m.find()) {
      Integer month = months.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
      if (month == null) {
        continue;
      }
      LocalDate d = date(m.group(yearGroup), String.valueOf(month), m.group(dayGroup));
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
