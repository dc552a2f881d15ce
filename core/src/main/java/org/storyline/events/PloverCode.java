package org.storyline.events;

/**
 * The PLOVER reading of a CAMEO code (see {@code events/cameo-plover.v1.txt}).
 *
 * @param type PLOVER 2.0 event type, e.g. "CONSULT"
 * @param mode PLOVER mode, e.g. "phone", or "" when none
 * @param legacyType the type name of the 2016 PLOVER gold-standard records ("DEMAND", "FIGHT")
 */
public record PloverCode(String type, String mode, String legacyType) {
  public PloverCode {
    if (type == null || type.isBlank() || legacyType == null || legacyType.isBlank()) {
      throw new IllegalArgumentException("PLOVER code needs a type and a legacy type");
    }
    mode = mode == null ? "" : mode;
  }
}
