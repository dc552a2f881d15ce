package org.storyline.events;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.storyline.model.EventStatus;

/**
 * A frame (see {@code events/frames.v1.txt}): the kind of real-world happening, with the CAMEO
 * code for each {@link Column}, the prepositions introducing its recipient, and its family
 * (frames whose mentions in one sentence are merged).
 */
public record Frame(String name, Map<Column, String> codes, Set<String> recipientPrepositions, String family, String description) {
  /** The code columns of the frame table; a status selects one (see the file header). */
  public enum Column {
    ACT("000"),
    INTENT("030"),
    APPEAL("020"),
    DEMAND("100"),
    REJECT("120"),
    THREAT("130");

    private final String generic;

    Column(String generic) {
      this.generic = generic;
    }

    /** {@return the generic CAMEO code used when a frame gives none for this column} */
    public String generic() {
      return generic;
    }

    /** {@return the column a status selects by default} */
    public static Column of(EventStatus status) {
      switch (status) {
        case PLANNED:
        case PROPOSED:
        case AGREED:
          return INTENT;
        case REQUESTED:
          return APPEAL;
        case REFUSED:
        case CANCELLED:
          return REJECT;
        default:
          return ACT;
      }
    }

    /** {@return the column named in a lexicon file, e.g. "appeal"} */
    public static Column parse(String s) {
      return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Marks a column whose code is the act code (written "=" in the table). */
  static final String SAME_AS_ACT = "=";

  public Frame {
    if (name == null || name.isBlank() || codes == null || !codes.containsKey(Column.ACT)) {
      throw new IllegalArgumentException("frame " + name + ": needs an act code");
    }
    codes = Map.copyOf(new EnumMap<>(codes));
    recipientPrepositions = Set.copyOf(recipientPrepositions);
    family = family == null || family.isBlank() ? name : family;
    description = description == null ? "" : description;
  }

  /** {@return the CAMEO code for a column; {@code actOverride} replaces the act code when given} */
  public String code(Column column, String actOverride) {
    if (column == Column.ACT && actOverride != null) {
      return actOverride;
    }
    String c = codes.get(column);
    if (SAME_AS_ACT.equals(c)) {
      return actOverride != null ? actOverride : codes.get(Column.ACT);
    }
    return c != null ? c : column.generic();
  }
}
