package org.storyline.events;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Quantity;
import org.storyline.model.Span;

/** Reads numbers, measured durations ("40-minute", "approximately 40 minutes") and money amounts. */
final class Quantities {
  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
      Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
      Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
      Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
      Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("ninety", 90.0), Map.entry("hundred", 100.0),
      Map.entry("dozen", 12.0), Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0),
      Map.entry("thousand", 1000.0), Map.entry("thousands", 2000.0));

  private static final Pattern MEASURE = Pattern.compile(
      "(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)"
          + "-(minute|hour|day|week|month|year)s?(?:-long)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  static final Pattern UNIT = Pattern.compile("(minute|hour|day|week|month|year)s?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY = Pattern.compile(
      "(?:US|U\\.S\\.)?\\$\\s?(\\d+(?:[.,]\\d+)*)(?:\\s*(trillion|billion|million|bn|m)\\b)?"
          + "|(\\d+(?:[.,]\\d+)*)\\s*(trillion|billion|million)?\\s*(dollars|euros|usd|eur)\\b",
      Pattern.CASE_INSENSITIVE);

  private Quantities() {}

  /** {@return the numeric value of a token ("723", "1,200", "three"), or null} */
  static Double number(String lower) {
    // the pattern needs a leading ASCII digit: most tokens are rejected without running it
    if (!lower.isEmpty() && lower.charAt(0) >= '0' && lower.charAt(0) <= '9' && NUMBER.matcher(lower).matches()) {
      return Double.parseDouble(lower.replace(",", ""));
    }
    return WORDS.get(lower);
  }

  /** {@return a measure such as "30-day" as a quantity, or null} */
  static Quantity measure(SentenceView.Tok tok) {
    if (tok.lower.indexOf('-') < 0) {
      // every measure has a hyphen ("30-day")
      return null;
    }
    Matcher m = MEASURE.matcher(tok.lower);
    if (!m.matches()) {
      return null;
    }
    Double v = number(m.group(1).toLowerCase(Locale.ROOT));
    return v == null ? null : new Quantity(tok.span, tok.text, v, m.group(2).toLowerCase(Locale.ROOT));
  }

  /** {@return money amounts in {@code text} within {@code span}, in order} */
  static java.util.List<Quantity> money(String text, Span span) {
    java.util.List<Quantity> out = new java.util.ArrayList<>();
    Matcher m = MONEY.matcher(text).region(span.start(), span.end());
    while (m.find()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(3);
      String scale = m.group(1) != null ? m.group(2) : m.group(4);
      String currency = m.group(5) == null ? "USD" : m.group(5).toLowerCase(Locale.ROOT).startsWith("eur") ? "EUR" : "USD";
      double v;
      try {
        v = Double.parseDouble(digits.replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      if (scale != null) {
        switch (scale.toLowerCase(Locale.ROOT)) {
          case "trillion":
            v *= 1e12;
            break;
          case "billion":
          case "bn":
            v *= 1e9;
            break;
          default:
            v *= 1e6;
        }
      }
      int end = m.end();
      while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      out.add(new Quantity(new Span(m.start(), end), text.substring(m.start(), end), v, currency));
    }
    return out;
  }
}
