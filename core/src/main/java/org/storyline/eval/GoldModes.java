package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storyline.pipeline.RuleFile;

/**
 * Maps the mode names of the 2016 PLOVER gold-standard records ("strike-hun", "demo-org",
 * "host") to the PLOVER 2.0 modes the event coder writes ("hunger", "demo", "visit"), per gold
 * event type, from {@code eval/plover-gsr-modes.v1.txt}. Immutable and thread-safe.
 */
public final class GoldModes {
  static final String RESOURCE = "/eval/plover-gsr-modes.v1.txt";

  private static volatile GoldModes standard;

  private final Map<String, String> table;
  private final List<String> examples;

  private GoldModes(Map<String, String> table, List<String> examples) {
    this.table = Map.copyOf(table);
    this.examples = List.copyOf(examples);
  }

  /** {@return the table shipped in the jar, loaded once} */
  public static GoldModes standard() {
    GoldModes s = standard;
    if (s == null) {
      synchronized (GoldModes.class) {
        s = standard;
        if (s == null) {
          s = parse(RuleFile.load(GoldModes.class, RESOURCE, "eval/plover-gsr-modes.v1.txt"));
          standard = s;
        }
      }
    }
    return s;
  }

  /**
   * {@return the table in a rule file}
   *
   * @throws IllegalArgumentException naming file and line when a row is malformed or repeated
   */
  static GoldModes parse(RuleFile file) {
    Map<String, String> table = new HashMap<>();
    for (RuleFile.Line l : file.rules()) {
      String[] cells = l.text().split("\\|", -1);
      if (cells.length < 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
        throw file.error(l, "expected TYPE | 2016 mode | 2.0 mode");
      }
      String key = key(cells[0], cells[1]);
      if (table.put(key, cells[2].strip().toLowerCase(Locale.ROOT)) != null) {
        throw file.error(l, "duplicate row " + key);
      }
    }
    return new GoldModes(table, file.examples());
  }

  private static String key(String type, String mode) {
    return type.strip().toUpperCase(Locale.ROOT) + "|" + mode.strip().toLowerCase(Locale.ROOT);
  }

  /** {@return the 2.0 mode listed for a gold type and 2016 mode, if the table has the pair} */
  public Optional<String> find(String legacyType, String legacyMode) {
    if (legacyType == null || legacyMode == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(table.get(key(legacyType, legacyMode)));
  }

  /**
   * {@return the 2.0 modes of a gold record's modes} Blank modes are dropped; a mode the table
   * does not list is kept as written (lower-cased) and named in {@code unmapped}.
   */
  public List<String> map(String legacyType, List<String> legacyModes, List<String> unmapped) {
    List<String> out = new ArrayList<>();
    for (String m : legacyModes) {
      if (m == null || m.isBlank()) {
        continue;
      }
      Optional<String> mapped = find(legacyType, m);
      if (mapped.isEmpty()) {
        unmapped.add(legacyType + "/" + m.strip());
      }
      String mode = mapped.orElse(m.strip().toLowerCase(Locale.ROOT));
      if (!out.contains(mode)) {
        out.add(mode);
      }
    }
    return out;
  }

  /** {@return the file's EXAMPLE lines without the prefix ("TYPE mode => 2.0 mode")} */
  List<String> examples() {
    return examples;
  }
}
