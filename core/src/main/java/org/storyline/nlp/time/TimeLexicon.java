package org.storyline.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists of {@code time/lexicon.v1.txt}: per class, the surfaces (as regex alternations)
 * and their normalised values. Immutable after loading.
 */
final class TimeLexicon {
  static final String RESOURCE = "/time/lexicon.v1.txt";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** class -> (lower-cased surface with single spaces -> value). */
  private final Map<String, Map<String, String>> values;
  /** class -> surfaces in file order, each {surface, "CS" or ""}. */
  private final Map<String, List<String[]>> surfaces;

  private TimeLexicon(Map<String, Map<String, String>> values, Map<String, List<String[]>> surfaces) {
    this.values = values;
    this.surfaces = surfaces;
  }

  static TimeLexicon load() {
    try (InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static TimeLexicon parse(List<String> lines) {
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    Map<String, List<String[]>> surfaces = new LinkedHashMap<>();
    int lineNo = 0;
    for (String raw : lines) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = SPACES.split(line);
      if (f.length < 3 || f.length > 4 || (f.length == 4 && !f[3].equals("CS"))) {
        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected 'CLASS surface value [CS]': " + line);
      }
      String surface = f[1].replace('_', ' ');
      values.computeIfAbsent(f[0], k -> new HashMap<>()).put(key(surface), f[2]);
      surfaces.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new String[] {surface, f.length == 4 ? "CS" : ""});
    }
    Map<String, List<String[]>> frozen = new HashMap<>();
    surfaces.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TimeLexicon(Map.copyOf(values), Map.copyOf(frozen));
  }

  /** {@return the regex alternation of a class's surfaces} @throws IllegalArgumentException if unknown */
  String alternation(String cls) {
    return alternation(cls, s -> true);
  }

  /** {@return the regex alternation (no group) of the surfaces of a class that pass the filter} */
  String alternation(String cls, java.util.function.Predicate<String> filter) {
    List<String[]> all = surfaces.get(cls);
    if (all == null) {
      throw new IllegalArgumentException("no lexicon class " + cls);
    }
    List<String[]> list = new ArrayList<>();
    for (String[] s : all) {
      if (filter.test(s[0])) {
        list.add(s);
      }
    }
    // Longest first, so that "sept" is tried before "sep" and "a couple of" before "a".
    list.sort(Comparator.comparingInt((String[] s) -> -s[0].length()).thenComparing(s -> s[0]));
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      String quoted = Pattern.quote(list.get(i)[0]).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q");
      sb.append(list.get(i)[1].equals("CS") ? "(?-i:" + quoted + ")" : quoted);
    }
    return sb.append(')').toString();
  }

  /** {@return the value of a surface in one of the classes, or null} */
  String value(String surface, String... classes) {
    String k = key(surface);
    for (String cls : classes) {
      Map<String, String> m = values.get(cls);
      if (m != null) {
        String v = m.get(k);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  static String key(String surface) {
    return SPACES.matcher(surface.strip()).replaceAll(" ").replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}
