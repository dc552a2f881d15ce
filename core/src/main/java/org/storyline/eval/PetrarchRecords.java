package org.storyline.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lenient reader of PETRARCH validation records ({@code PETR.UnitTest.records.xml}):
 * {@code <Sentence date id category>} elements with {@code <EventCoding sourcecode targetcode
 * eventcode/>} children (or {@code noevents="True"}, or {@code error="..."}) and a
 * {@code <Text>}. XML comments are dropped first; attributes may use either quote and blanks
 * around {@code =}; the {@code <Parse>} trees are ignored. A sentence without a text or a
 * readable date is listed as a problem and skipped. The {@code <Environment>}'s
 * {@code Actorfile}/{@code Agentfile} names are kept.
 */
public final class PetrarchRecords {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private PetrarchRecords() {}

  /**
   * One expected event.
   *
   * @param source the source actor code ("---" for none)
   * @param target the target actor code
   * @param event the CAMEO event code
   */
  public record Triple(String source, String target, String event) {
    public Triple {
      source = normal(source);
      target = normal(target);
      event = event == null ? "" : event.strip();
    }

    private static String normal(String code) {
      return code == null || code.isBlank() ? "---" : code.strip();
    }
  }

  /**
   * One validation record.
   *
   * @param id its id (ids repeat in the file)
   * @param category DEMO, ACTOR, AGENT, ...
   * @param date its date
   * @param text the sentence, white space collapsed
   * @param expected the expected events (empty for a no-event record)
   * @param error the expected error ("dateline", "bad_input_parse", ...) or null
   */
  public record Record(String id, String category, LocalDate date, String text, List<Triple> expected, String error) {
    public Record {
      expected = List.copyOf(expected);
    }

    /** {@return whether the record expects no event (and no error)} */
    public boolean noEvents() {
      return expected.isEmpty() && error == null;
    }
  }

  /**
   * The records of a file.
   *
   * @param records the readable records, in file order
   * @param environment the {@code <Environment>} entries by element name (Actorfile, Agentfile, ...)
   */
  public record File(List<Record> records, Map<String, String> environment) {
    public File {
      records = List.copyOf(records);
      environment = Map.copyOf(environment);
    }
  }

  /**
   * Parses a records file.
   *
   * @param source the file name for problem messages
   * @param problems receives one message per skipped sentence
   */
  public static File parse(String source, String xml, List<String> problems) {
    String text = COMMENT.matcher(xml).replaceAll(" ");
    Map<String, String> environment = new HashMap<>();
    Matcher env = Pattern.compile("<Environment>(.*?)</Environment>", Pattern.DOTALL).matcher(text);
    if (env.find()) {
      Matcher e = Pattern.compile("<(\\w+)>([^<]*)</\\1>").matcher(env.group(1));
      while (e.find()) {
        environment.put(e.group(1), e.group(2).strip());
      }
    }
    List<Record> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      Map<String, String> attrs = attributes(m.group(1));
      String id = attrs.getOrDefault("id", "sentence " + (out.size() + 1));
      Matcher t = TEXT.matcher(m.group(2));
      if (!t.find() || t.group(1).isBlank()) {
        problems.add(source + ": " + id + ": no <Text>; skipped");
        continue;
      }
      LocalDate date;
      try {
        date = parseDate(attrs.getOrDefault("date", ""));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        problems.add(source + ": " + id + ": date not YYYYMMDD: '" + attrs.get("date") + "'; skipped");
        continue;
      }
      List<Triple> expected = new ArrayList<>();
      String error = null;
      Matcher c = CODING.matcher(m.group(2));
      while (c.find()) {
        Map<String, String> a = attributes(c.group(1));
        if (a.containsKey("error")) {
          error = a.get("error");
        } else if (a.containsKey("eventcode")) {
          expected.add(new Triple(a.get("sourcecode"), a.get("targetcode"), a.get("eventcode")));
        }
      }
      out.add(new Record(id, attrs.getOrDefault("category", ""), date, t.group(1).strip().replaceAll("\\s+", " "),
          expected, error));
    }
    return new File(out, environment);
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(s);
    while (a.find()) {
      out.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2) != null ? a.group(2) : a.group(3));
    }
    return out;
  }

  private static LocalDate parseDate(String s) {
    String d = s.strip();
    if (d.length() != 8) {
      throw new IllegalArgumentException(d);
    }
    return LocalDate.parse(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
  }
}
