package org.storyline.fusion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event frames fusion knows ({@code fusion/frames.v1.txt}): each frame's family (frames of one
 * family may describe the same happening, e.g. MEET and TALKS), whether source and target are
 * interchangeable, the fusion window in days, and the words for summaries. Immutable and
 * thread-safe.
 */
public final class FrameTable {
  /** The resource holding the standard table. */
  public static final String RESOURCE = "/fusion/frames.v1.txt";

  private static final FrameTable STANDARD = load(RESOURCE);

  private final Map<String, Frame> frames;
  private final List<String> examples;

  /**
   * One frame.
   *
   * @param name the frame as event mentions carry it ("MEET")
   * @param family the happening it belongs to ("meeting")
   * @param symmetric whether source and target are interchangeable
   * @param windowDays how many days apart two dated reports of one happening may be
   * @param verb verb phrase for summaries ("meets")
   * @param noun noun phrase for summaries without an object ("meeting")
   */
  public record Frame(String name, String family, boolean symmetric, int windowDays, String verb, String noun) {
    public Frame {
      if (name == null || name.isBlank() || family == null || family.isBlank() || verb == null || noun == null) {
        throw new IllegalArgumentException("frame: missing field " + name);
      }
      if (windowDays < 0) {
        throw new IllegalArgumentException("frame " + name + ": negative window " + windowDays);
      }
    }
  }

  private FrameTable(Map<String, Frame> frames, List<String> examples) {
    this.frames = Collections.unmodifiableMap(new TreeMap<>(frames));
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
    List<String> examples = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("EXAMPLE ")) {
        examples.add(line.substring("EXAMPLE ".length()).strip());
        continue;
      }
      String[] fields = line.split("\\|");
      if (fields.length != 6) {
        throw new IllegalArgumentException("frames line " + lineNo + ": expected 6 fields: " + line);
      }
      String name = fields[0].strip().toUpperCase(Locale.ROOT);
      Map<String, String> kv = new TreeMap<>();
      for (int i = 1; i < fields.length; i++) {
        String f = fields[i].strip();
        int eq = f.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("frames line " + lineNo + ": expected key=value: " + f);
        }
        kv.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
      }
      try {
        Frame frame = new Frame(name, kv.get("family"), "yes".equals(kv.get("symmetric")),
            Integer.parseInt(kv.getOrDefault("window", "")), kv.get("verb"), kv.get("noun"));
        if (frames.put(name, frame) != null) {
          throw new IllegalArgumentException("frames line " + lineNo + ": duplicate frame " + name);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("frames line " + lineNo + ": bad window: " + line, e);
      }
    }
    Map<String, Frame> byFamily = new TreeMap<>();
    for (Frame f : frames.values()) {
      Frame first = byFamily.putIfAbsent(f.family(), f);
      if (first != null && (first.symmetric() != f.symmetric() || first.windowDays() != f.windowDays())) {
        throw new IllegalArgumentException(
            "frames " + first.name() + " and " + f.name() + " share family " + f.family() + " but disagree");
      }
    }
    return new FrameTable(frames, examples);
  }

  private static FrameTable load(String resource) {
    try (InputStream in = FrameTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * {@return the frame with this name} Unknown frames form a family of their own: asymmetric,
   * window 1 day, verb and noun from the lower-cased name.
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
   * {@return a one-line summary} {@code "Donald Trump meets Volodymyr Zelenskyy (White House)"}; without
   * an object {@code "Meeting of A and B"} or {@code "Sanctions by A"}; without actors {@code
   * "Talks (Istanbul)"}.
   *
   * @param subjects names of the acting side, in order (may be empty)
   * @param objects names of the other side, in order (may be empty)
   * @param place place name or null
   */
  public String summary(String frameName, List<String> subjects, List<String> objects, String place) {
    Frame f = frame(frameName);
    StringBuilder sb = new StringBuilder();
    if (!subjects.isEmpty() && !objects.isEmpty()) {
      sb.append(joinNames(subjects)).append(' ').append(f.verb()).append(' ').append(joinNames(objects));
    } else if (!subjects.isEmpty() || !objects.isEmpty()) {
      List<String> who = subjects.isEmpty() ? objects : subjects;
      String link = f.symmetric() ? (who.size() > 1 ? " between " : " involving ") : (subjects.isEmpty() ? " on " : " by ");
      sb.append(capitalize(f.noun())).append(link).append(joinNames(who));
    } else {
      sb.append(capitalize(f.noun()));
    }
    if (place != null && !place.isBlank()) {
      sb.append(" (").append(place).append(')');
    }
    return sb.toString();
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
