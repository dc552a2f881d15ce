package org.storyline.spark;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.storyline.engine.Engine;
import org.storyline.engine.Limits;
import org.storyline.engine.Pipelines;
import org.storyline.pipeline.Pipeline;

/**
 * The per-article pipeline of this executor JVM for each language-analysis engine, loaded on first
 * use and shared by every task (the pipeline is thread-safe). Models are never shipped in a closure: each executor loads them
 * once from the job's jar. The system property {@value #FACTORY_PROPERTY} may name a class with a
 * public no-argument constructor implementing {@code Supplier<Pipeline>} that builds another
 * pipeline (set it on executors with {@code spark.executor.extraJavaOptions}).
 */
final class PipelineHolder {
  /** System property naming a {@code Supplier<Pipeline>} class; the standard pipeline when unset. */
  static final String FACTORY_PROPERTY = "storyline.spark.pipeline";

  private static final Map<Engine, Pipeline> PIPELINES = new EnumMap<>(Engine.class);

  private PipelineHolder() {}

  /**
   * {@return the standard pipeline of this JVM with the given engine, loading it on the first call}
   * The factory property, when set, overrides the engine.
   */
  static synchronized Pipeline get(Engine engine) {
    return PIPELINES.computeIfAbsent(engine, PipelineHolder::load);
  }

  @SuppressWarnings("unchecked")
  private static Pipeline load(Engine engine) {
    String factory = System.getProperty(FACTORY_PROPERTY);
    if (factory == null || factory.isBlank()) {
      return Pipelines.standard(engine, Limits.defaults());
    }
    try {
      Supplier<Pipeline> supplier = (Supplier<Pipeline>) Class.forName(factory.strip()).getDeclaredConstructor()
          .newInstance();
      return supplier.get();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot build the pipeline from " + FACTORY_PROPERTY + "=" + factory, e);
    }
  }
}
