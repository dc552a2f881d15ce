package org.storyline.fusion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.EventStatus;
import org.storyline.pipeline.RuleFile;

/**
 * The event frames fusion knows ({@code fusion/frames.v2.txt}): each frame's family (frames of one
 * family may describe the same happening, e.g. MEET and TALKS), whether source and target are
 * interchangeable, the fusion window in days, the horizon for undated reports, the words for
 * summaries and the summary templates per status. Immutable and thread-safe.
 */
public final class FrameTable {
  /** The resource holding the standard table. */
  public static final String RESOURCE = "/fusion/frames.v2.txt";

  /** Horizon of frames the table does not list, in days. */
  public static final int DEFAULT_HORIZON_DAYS = 366;

  private static final Set<String> SHAPES = Set.of("SO", "S", "O", "-");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private static final Set<String> PLACEHOLDERS =
      Set.of("S", "O", "verb", "base", "noun", "np", "prep", "link", "Noun", "Np");

  private static final FrameTable STANDARD = load(RESOURCE);

  private final Map<String, Frame> frames;
  private final Map<String, String> templates;
  private final List<String> examples;

  /**
   * One frame.
   *
   * @param name the frame as event mentions carry it ("MEET")
   * @param family the happening it belongs to ("meeting")
   * @param symmetric whether source and target are interchangeable
   * @param windowDays how many days apart two dated reports of one happening may be
   * @param horizonDays how many days apart the publication dates of two undated reports of one
   *     happening may be
   * @param verb third-person verb phrase for summaries ("meets")
   * @param base bare verb phrase ("meet")
   * @param noun noun phrase without article ("meeting")
   * @param np noun phrase with its article ("a meeting")
   * @param prep preposition before the other side ("with"), or "" for none
   */
  public record Frame(String name, String family, boolean symmetric, int windowDays, int horizonDays, String verb,
      String base, String noun, String np, String prep) {
    public Frame {
      if (name == null || name.isBlank() || family == null || family.isBlank() || verb == null || noun == null
          || base == null || np == null || prep == null) {
        throw new IllegalArgumentException("frame: missing field " + name);
      }
      if (windowDays < 0 || horizonDays < 0) {
        throw new IllegalArgumentException("frame " + name + ": negative window or horizon");
      }
    }

    /** A frame with the given words, horizon {@link #DEFAULT_HORIZON_DAYS} and "np" equal to the noun. */
    public Frame(String name, String family, boolean symmetric, int windowDays, String verb, String noun) {
      this(name, family, symmetric, windowDays, DEFAULT_HORIZON_DAYS, verb, verb, noun, noun, "");
    }
  }

  private FrameTable(Map<String, Frame> frames, Map<String, String> templates, List<String> examples) {
    this.frames = Collections.unmodifiableMap(new TreeMap<>(frames));
    this.templates = Collections.unmodifiableMap(new TreeMap<>(templates));
    this.examples = List.copyOf(examples);
  }

  /** {@return the table shipped in {@value #RESOURCE}} */
  public static FrameTable standard() {
    return STANDARD;
  }

  /**
   * {@return a table parsed from the text of a frames resource}
   *
   * @throws IllegalArgumentException on a malformed line or a family whose frames disagree
   */
  public static FrameTable parse(String text) {
    Map<String, Frame> frames = new LinkedHashMap<>();
    Map<String, String> templates = new TreeMap<>();
    RuleFile file = RuleFile.parse(text, "frames");
    for (RuleFile.Line rule : file.rules()) {
      String line = rule.text();
      int lineNo = rule.lineNo();
      if (line.startsWith("TEMPLATE ")) {
        parseTemplate(line, lineNo, templates);
        continue;
      }
      String[] fields = line.split("\\|");
      if (fields.length < 6) {
        throw file.error(rule, "expected at least 6 fields: " + line);
      }
      String name = fields[0].strip().toUpperCase(Locale.ROOT);
      Map<String, String> kv = new TreeMap<>();
      for (int i = 1; i < fields.length; i++) {
        String f = fields[i].strip();
        int eq = f.indexOf('=');
        if (eq <= 0) {
          throw file.error(rule, "expected key=value: " + f);
        }
        kv.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
      }
      try {
        String verb = kv.get("verb");
        String noun = kv.get("noun");
        String prep = kv.getOrDefault("prep", "-");
        Frame frame = new Frame(name, kv.get("family"), "yes".equals(kv.get("symmetric")),
            Integer.parseInt(kv.getOrDefault("window", "")),
            Integer.parseInt(kv.getOrDefault("horizon", String.valueOf(DEFAULT_HORIZON_DAYS))), verb,
            kv.getOrDefault("base", verb), noun, kv.getOrDefault("np", noun), "-".equals(prep) ? "" : prep);
        if (frames.put(name, frame) != null) {
          throw file.error(rule, "duplicate frame " + name);
        }
      } catch (NumberFormatException e) {
        throw file.error(rule, "bad window or horizon: " + line, e);
      }
    }
    Map<String, Frame> byFamily = new TreeMap<>();
    for (Frame f : frames.values()) {
      Frame first = byFamily.putIfAbsent(f.family(), f);
      if (first != null && (first.symmetric() != f.symmetric() || first.windowDays() != f.windowDays()
          || first.horizonDays() != f.horizonDays())) {
        throw new IllegalArgumentException(
            "frames " + first.name() + " and " + f.name() + " share family " + f.family() + " but disagree");
      }
    }
    return new FrameTable(frames, templates, file.examples());
  }

  private static void parseTemplate(String line, int lineNo, Map<String, String> templates) {
    String body = line.substring("TEMPLATE ".length()).strip();
    int eq = body.indexOf('=');
    String[] head = eq < 0 ? new String[0] : body.substring(0, eq).strip().split("\\s+");
    if (head.length != 2 || !SHAPES.contains(head[1])) {
      throw new IllegalArgumentException("frames line " + lineNo + ": expected TEMPLATE <STATUS>[/<PLOVER>] <SO|S|O|-> = text");
    }
    String[] key = head[0].toUpperCase(Locale.ROOT).split("/", -1);
    try {
      EventStatus.valueOf(key[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("frames line " + lineNo + ": unknown status " + key[0], e);
    }
    String text = body.substring(eq + 1).strip();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        throw new IllegalArgumentException("frames line " + lineNo + ": unknown placeholder {" + m.group(1) + "}");
      }
    }
    if (templates.put(head[0].toUpperCase(Locale.ROOT) + " " + head[1], text) != null) {
      throw new IllegalArgumentException("frames line " + lineNo + ": duplicate template " + head[0] + " " + head[1]);
    }
  }

  private static FrameTable load(String resource) {
    return parse(RuleFile.read(FrameTable.class, resource));
  }

  /**
   * {@return the frame with this name} Unknown frames form a family of their own: asymmetric,
   * window 1 day, horizon {@link #DEFAULT_HORIZON_DAYS}, words from the lower-cased name.
   */
  public Frame frame(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    Frame known = frames.get(key);
    if (known != null) {
      return known;
    }
    String words = key.toLowerCase(Locale.ROOT).replace('_', ' ');
    return new Frame(key.isEmpty() ? "UNKNOWN" : key, "frame:" + key, false, 1, words.isBlank() ? "acts on" : words,
        words.isBlank() ? "event" : words);
  }

  /** {@return whether the two frames may describe the same happening} */
  public boolean sameFamily(String a, String b) {
    return frame(a).family().equals(frame(b).family());
  }

  /** {@return the frames listed in the resource, by name} */
  public Map<String, Frame> frames() {
    return frames;
  }

  /** {@return the EXAMPLE lines of the resource, without the "EXAMPLE " prefix} */
  public List<String> examples() {
    return examples;
  }

  /**
   * {@return a one-line summary of an event that took place} {@code "Donald Trump meets Volodymyr
   * Zelenskyy (White House)"}; without an object {@code "Meeting involving A"} or {@code "Sanctions
   * by A"}; without actors {@code "Talks (Istanbul)"}. Same as {@code summary(frame, OCCURRED, "", …)}.
   *
   * @param subjects names of the acting side, in order (may be empty)
   * @param objects names of the other side, in order (may be empty)
   * @param place place name or null
   */
  public String summary(String frameName, List<String> subjects, List<String> objects, String place) {
    return summary(frameName, EventStatus.OCCURRED, "", subjects, objects, place);
  }

  /**
   * {@return a one-line summary of an event with the given status} The template is the one for
   * "status/plover" when the table has it, else for the status, else the OCCURRED one; its shape
   * follows which sides are named. {@code "Donald Trump to meet Vladimir Putin"} (planned), {@code
   * "Keith Kellogg calls for a ceasefire with Russia"} (requested).
   *
   * @param status the event's status
   * @param plover the PLOVER type of the event's code ("REQUEST", "THREATEN"), or "" when unknown
   * @param subjects names of the acting side, in order (may be empty)
   * @param objects names of the other side, in order (may be empty)
   * @param place place name or null
   */
  public String summary(String frameName, EventStatus status, String plover, List<String> subjects,
      List<String> objects, String place) {
    Frame f = frame(frameName);
    String shape = !subjects.isEmpty() && !objects.isEmpty() ? "SO"
        : !subjects.isEmpty() ? "S" : !objects.isEmpty() ? "O" : "-";
    List<String> who = subjects.isEmpty() ? objects : subjects;
    boolean speechAct = status == EventStatus.REQUESTED || status == EventStatus.PROPOSED;
    if (shape.equals("O") && !speechAct && (f.symmetric() || f.prep().isEmpty())) {
      // a symmetric frame names its sides alike; without a preposition the object reads as the
      // subject. Not for requests and proposals, whose object may be the one addressed.
      shape = "S";
    }
    String template = template(status, plover == null ? "" : plover, shape);
    String link = f.symmetric() ? (who.size() > 1 ? "between" : "involving") : (subjects.isEmpty() ? "on" : "by");
    Map<String, String> values = new TreeMap<>();
    values.put("S", shape.equals("S") ? joinNames(who) : subjects.isEmpty() ? "" : joinNames(subjects));
    values.put("O", objects.isEmpty() ? "" : joinNames(objects));
    values.put("verb", f.verb());
    values.put("base", f.base());
    values.put("noun", f.noun());
    values.put("np", f.np());
    values.put("prep", f.prep());
    values.put("link", link);
    values.put("Noun", capitalize(f.noun()));
    values.put("Np", capitalize(f.np()));
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(sb);
    String text = sb.toString().replaceAll("\\s+", " ").strip();
    int subjectCount = shape.equals("S") ? who.size() : subjects.size();
    String subject = values.get("S") + " ";
    if (template.startsWith("{S} ") && subjectCount > 1 && text.startsWith(subject)) {
      text = subject + plural(text.substring(subject.length()));
    }
    text = capitalize(text);
    if (place != null && !place.isBlank()) {
      text = text + " (" + place + ")";
    }
    return text;
  }

  /** "agrees to …" -> "agree to …", "does not …" -> "do not …": the verb after several subjects. */
  static String plural(String predicate) {
    int sp = predicate.indexOf(' ');
    String word = sp < 0 ? predicate : predicate.substring(0, sp);
    String rest = sp < 0 ? "" : predicate.substring(sp);
    if (word.startsWith("{")) {
      return predicate;
    }
    String w;
    if (word.equals("does")) {
      w = "do";
    } else if (word.equals("has")) {
      w = "have";
    } else if (word.equals("is")) {
      w = "are";
    } else if (word.endsWith("ies") && word.length() > 4) {
      w = word.substring(0, word.length() - 3) + "y";
    } else if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
      w = word.substring(0, word.length() - 2);
    } else if (word.endsWith("s") && !word.endsWith("ss")) {
      w = word.substring(0, word.length() - 1);
    } else {
      w = word;
    }
    return w + rest;
  }

  private String template(EventStatus status, String plover, String shape) {
    String key = status.name() + "/" + plover.toUpperCase(Locale.ROOT) + " " + shape;
    String t = plover.isEmpty() ? null : templates.get(key);
    if (t == null) {
      t = templates.get(status.name() + " " + shape);
    }
    if (t == null && status == EventStatus.ONGOING) {
      t = templates.get(EventStatus.OCCURRED.name() + " " + shape);
    }
    if (t == null) {
      t = templates.get(EventStatus.OCCURRED.name() + " " + shape);
    }
    if (t == null) {
      t = shape.equals("SO") ? "{S} {verb} {O}" : shape.equals("-") ? "{Noun}" : "{Noun} {link} {S}";
    }
    return t;
  }
  private static String joinNames(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
