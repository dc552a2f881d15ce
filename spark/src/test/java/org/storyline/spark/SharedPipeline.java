package org.storyline.spark;

import java.util.function.Supplier;
import org.storyline.engine.Pipelines;
import org.storyline.nlp.corenlp.SharedAnalyzer;
import org.storyline.pipeline.Pipeline;

/** The standard pipeline around the test JVM's one CoreNLP analyzer (executors of local[2] share the JVM). */
public final class SharedPipeline implements Supplier<Pipeline> {
  @Override
  public Pipeline get() {
    return Pipelines.standard(SharedAnalyzer.get());
  }
}
