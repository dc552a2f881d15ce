package org.storyline.model;

/** Names the stage (and its version) that produced a fact, e.g. {@code cameo.coder/v1}. */
public record StageRef(String name, String version) {
  public StageRef {
    if (name == null || name.isBlank() || version == null || version.isBlank()) {
      throw new IllegalArgumentException("stage name and version required: " + name + "/" + version);
    }
  }

  @Override
  public String toString() {
    return name + "/" + version;
  }
}
