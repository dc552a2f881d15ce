package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;

/**
 * An ordered list of stages, checked at assembly: each stage's required layers must be provided by
 * an earlier stage (or be {@link Layer#TEXT}). Thread-safe if its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** @throws IllegalArgumentException naming the stage and the missing layers */
  public static Pipeline of(List<Stage> stages) {
    Set<Layer> available = EnumSet.of(Layer.TEXT);
    for (Stage s : stages) {
      StageInfo info = s.info();
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(info.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage '" + info.name() + "' requires " + missing + " but no earlier stage provides it");
      }
      available.addAll(info.provides());
    }
    return new Pipeline(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public List<StageInfo> stages() {
    List<StageInfo> out = new ArrayList<>();
    for (Stage s : stages) {
      out.add(s.info());
    }
    return out;
  }

  /**
   * Runs every stage. A stage that throws (a bug, or data no rule foresaw) is recorded as an error
   * diagnostic naming the stage, and the remaining stages still run on what was built so far.
   */
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    AnnotatedArticle current = doc;
    for (Stage s : stages) {
      try {
        current = s.apply(current);
      } catch (RuntimeException | StackOverflowError e) {
        current = current.withDiagnostic(
            Diagnostic.error("E001", s.info().name(), current.id().value(),
                "stage failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    return current;
  }
}
