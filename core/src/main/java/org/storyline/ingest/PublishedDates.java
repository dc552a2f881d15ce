package org.storyline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.DateBasis;
import org.storyline.model.Evidence;
import org.storyline.model.PublicationDate;
import org.storyline.model.Span;

/**
 * Publication dates from metadata values and from datelines at the top of a text. Never guesses
 * from the body and never uses the current date; inference from content belongs to a later stage.
 *
 * <p>Metadata values: ISO dates and date-times give the calendar date as written, i.e. the local
 * date at the publisher's own offset ({@code 2025-02-13T23:30:00-05:00} is 13 February); also
 * {@code 2025/02/13}, {@code 20250213}, RFC 1123 ({@code Thu, 13 Feb 2025 10:00:00 GMT}) and
 * English "13 February 2025" / "February 13, 2025". Years outside 1900..2100 are rejected.
 *
 * <p>Datelines (searched in the first six lines within the first 1,500 chars): a line that is only
 * a date, optionally with a weekday, a time, a "Published/Updated:" label ("Thu 13th Feb, 2025");
 * a date opening a line and followed by a dash, colon or agency in brackets, optionally after a
 * place in capitals ("WASHINGTON, Feb. 13, 2025 (Reuters) -", "February 13, 2025 —"); and a "By
 * Name | date" line. The date must carry a year. An "Updated" date is used only when no other
 * dateline is found. The dateline stays in the text and the evidence span points at it.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublishedDates {
  private static final String MONTH =
      "(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\\.?";
  private static final String WEEKDAY = "(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-zA-Z]*\\.?,?\\s+)?";
  private static final String ORD = "(?i:st|nd|rd|th)?";
  /** Groups: 1 day, 2 month, 3 year. */
  private static final String DMY = WEEKDAY + "(\\d{1,2})" + ORD + "\\s+(?:(?i:of)\\s+)?" + MONTH + ",?\\s+(\\d{4})";
  /** Groups: 4 month, 5 day, 6 year. */
  private static final String MDY = WEEKDAY + MONTH + "\\s+(\\d{1,2})" + ORD + ",?\\s+(\\d{4})";
  /** Groups: 7 year, 8 month, 9 day. */
  private static final String ISO = "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
  private static final String DATE = "(?:" + DMY + "|" + MDY + "|" + ISO + ")";
  private static final String TIME =
      "(?:,?\\s*(?:(?i:at)\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:(?i:[ap]\\.?m\\.?))?"
          + "(?:\\s*\\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|IST)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?)?";
  private static final String LABEL =
      "(?:(?i:(published|posted|updated|last updated|first published|date|dated|released|modified))\\s*(?:(?i:on|at))?\\s*:?\\s*)?";

  /** A line that is only a (labelled) date: group 1 label, then DATE groups shifted by one. */
  private static final Pattern STANDALONE = Pattern.compile("\\s*" + LABEL + "(" + DATE + TIME + ")\\s*[|·•]?\\s*");
  /** A date opening a line, then a dash/colon/agency: "WASHINGTON, Feb. 13, 2025 (Reuters) -". */
  private static final Pattern LEAD = Pattern.compile(
      "\\s*(?:\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L}. ]{1,30})?,\\s*)?(" + DATE + TIME + ")\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:[-–—:|]|$)");
  /** "By Name | February 13, 2025". */
  private static final Pattern BYLINE_DATE = Pattern.compile(
      "\\s*(?i:by)\\s+[^\\n]{1,80}?\\s*[|·•,–—-]\\s*" + LABEL + "(" + DATE + TIME + ")\\s*");
  private static final Pattern METADATA = Pattern.compile("\\s*" + WEEKDAY.replace("\\s+)?", "\\s*)?") + DATE + ".*", Pattern.DOTALL);
  private static final Pattern COMPACT = Pattern.compile("\\s*(\\d{4})(\\d{2})(\\d{2})(?:T.*)?\\s*");
  private static final Pattern RFC1123 = Pattern.compile("\\s*(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4}).*", Pattern.DOTALL);

  private static final int DATELINE_LINES = 6;
  private static final int DATELINE_CHARS = 1500;

  private PublishedDates() {}

  /** {@return the calendar date of a metadata value, if it can be read} */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank() || value.length() > 200) {
      return Optional.empty();
    }
    Matcher m = COMPACT.matcher(value);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = RFC1123.matcher(value);
    if (m.matches()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = METADATA.matcher(value);
    if (m.matches()) {
      return fromGroups(m, 1);
    }
    return Optional.empty();
  }

  /**
   * {@return a METADATA publication date from a field value, if it can be read} The evidence names
   * the field and value; its span is empty because metadata is not part of the article text.
   */
  public static Optional<PublicationDate> fromMetadata(String field, String value) {
    return parse(value).map(d -> PublicationDate.exact(d, DateBasis.METADATA,
        List.of(new Evidence("metadata " + field + "=" + value.strip(), new Span(0, 0), ""))));
  }

  /** {@return a DATELINE publication date found near the top of the text, with its span} */
  public static Optional<PublicationDate> findDateline(String text) {
    PublicationDate updated = null;
    int lineStart = 0;
    int lines = 0;
    while (lineStart < text.length() && lineStart < DATELINE_CHARS && lines < DATELINE_LINES) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
        lines++;
        PublicationDate found = datelineIn(text, lineStart, lineEnd);
        if (found != null) {
          if (!found.evidence().get(0).reason().contains("updated") && !found.evidence().get(0).reason().contains("modified")) {
            return Optional.of(found);
          }
          if (updated == null) {
            updated = found;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return Optional.ofNullable(updated);
  }

  private static PublicationDate datelineIn(String text, int from, int to) {
    String line = text.substring(from, to);
    if (line.length() <= 120) {
      Matcher m = STANDALONE.matcher(line);
      if (m.matches()) {
        return dateline(text, from, m, 2, 3, label(m.group(1), "dateline"));
      }
      m = BYLINE_DATE.matcher(line);
      if (m.matches()) {
        return dateline(text, from, m, 2, 3, label(m.group(1), "byline dateline"));
      }
    }
    Matcher m = LEAD.matcher(line);
    if (m.lookingAt()) {
      return dateline(text, from, m, 1, 2, "lead dateline");
    }
    return null;
  }

  private static String label(String label, String kind) {
    return label == null ? kind : kind + " (" + label.toLowerCase(Locale.ROOT) + ")";
  }

  /** Builds the result from the whole-date group {@code dateGroup}; DATE groups start at {@code first}. */
  private static PublicationDate dateline(String text, int lineStart, Matcher m, int dateGroup, int first, String reason) {
    Optional<LocalDate> date = fromGroups(m, first);
    if (date.isEmpty()) {
      return null;
    }
    int start = lineStart + m.start(dateGroup);
    int end = lineStart + m.end(dateGroup);
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Span span = new Span(start, end);
    return PublicationDate.exact(date.get(), DateBasis.DATELINE, List.of(new Evidence(reason, span, span.coveredText(text))));
  }

  private static Optional<LocalDate> fromGroups(Matcher m, int first) {
    if (m.group(first) != null) {
      return date(m.group(first + 2), m.group(first + 1), m.group(first));
    }
    if (m.group(first + 3) != null) {
      return date(m.group(first + 5), m.group(first + 3), m.group(first + 4));
    }
    if (m.group(first + 6) != null) {
      return date(m.group(first + 6), m.group(first + 7), m.group(first + 8));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      int mo = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthNumber(month);
      return Optional.of(LocalDate.of(y, mo, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    return 0;
  }
}
