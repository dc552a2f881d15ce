package org.storyline.pipeline;

import java.util.Set;
import org.storyline.model.StageRef;

/** What a stage is called, its version, the layers it requires and those it provides. */
public record StageInfo(String name, String version, Set<Layer> requires, Set<Layer> provides) {
  public StageInfo {
    if (name == null || name.isBlank() || version == null || version.isBlank()) {
      throw new IllegalArgumentException("stage needs a name and a version");
    }
    requires = Set.copyOf(requires);
    provides = Set.copyOf(provides);
  }

  public StageRef ref() {
    return new StageRef(name, version);
  }
}
