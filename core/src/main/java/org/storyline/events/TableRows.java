package org.storyline.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Granularity;
import org.storyline.model.Span;
import org.storyline.model.TimeValue;

/**
 * Finds rows of a "| Date | Event |" table in a sentence's text — whether the sentence splitter
 * gave each row its own sentence, glued several rows, or cut a row's closing bar off — and reads
 * the date cell ("August 18, 2025", "18 August 2025", "2025-08-18", "August 2025").
 */
final class TableRows {
  /** A table row: the date cell, its parsed value, and the event cell. */
  record Row(Span dateCell, TimeValue.Resolved date, Span eventCell) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MDY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MY = Pattern.compile(MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

  private TableRows() {}

  /** {@return the dated rows whose cells lie inside {@code span}} */
  static List<Row> find(String text, Span span) {
    List<Row> rows = new ArrayList<>();
    int lineStart = span.start();
    while (lineStart < span.end()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > span.end()) {
        lineEnd = span.end();
      }
      Row r = row(text, lineStart, lineEnd);
      if (r != null) {
        rows.add(r);
      }
      lineStart = lineEnd + 1;
    }
    return rows;
  }

  /** {@return the parts of {@code span} that are not table lines (text around a glued table)} */
  static List<Span> nonTableLines(String text, Span span) {
    List<Span> out = new ArrayList<>();
    int lineStart = span.start();
    while (lineStart < span.end()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > span.end()) {
        lineEnd = span.end();
      }
      if (text.substring(lineStart, lineEnd).indexOf('|') < 0) {
        Span s = trim(text, lineStart, lineEnd);
        if (s != null) {
          out.add(s);
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static Row row(String text, int start, int end) {
    List<Span> cells = new ArrayList<>();
    int bars = 0;
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '|') {
        if (i < end) {
          bars++;
        }
        Span c = trim(text, cellStart, i);
        if (c != null) {
          cells.add(c);
        }
        cellStart = i + 1;
      }
    }
    if (bars < 1 || cells.size() < 2) {
      return null;
    }
    TimeValue.Resolved date = parseDate(cells.get(0).coveredText(text));
    if (date == null || cells.get(1).coveredText(text).matches("[-:\\s]*")) {
      return null;
    }
    return new Row(cells.get(0), date, cells.get(1));
  }

  private static Span trim(String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  /** {@return the date a cell states, at day or month precision, or null} */
  static TimeValue.Resolved parseDate(String cell) {
    String s = cell.strip();
    try {
      Matcher m = MDY.matcher(s);
      if (m.matches()) {
        return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = ISO.matcher(s);
      if (m.matches()) {
        return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = MY.matcher(s);
      if (m.matches()) {
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
        return new TimeValue.Resolved(first, first.plusMonths(1), Granularity.MONTH,
            String.format(Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue()));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int month(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    if (m == null) {
      throw new DateTimeException("unknown month " + name);
    }
    return m;
  }

  private static TimeValue.Resolved day(int y, int m, int d) {
    LocalDate date = LocalDate.of(y, m, d);
    return new TimeValue.Resolved(date, date.plusDays(1), Granularity.DAY, date.toString());
  }
}
