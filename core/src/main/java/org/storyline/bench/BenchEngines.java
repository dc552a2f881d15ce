package org.storyline.bench;

import java.util.ArrayList;
import java.util.List;
import org.storyline.actors.CameoActorCoder;
import org.storyline.engine.Engine;
import org.storyline.engine.Limits;
import org.storyline.engine.Pipelines;
import org.storyline.events.EventCoder;
import org.storyline.events.EventLexicon;
import org.storyline.pipeline.Stage;

/**
 * The engines a benchmark can compare, by name. The harness needs the stages themselves (not only a
 * {@link org.storyline.pipeline.Pipeline}) to time each one; building them is what "start-up"
 * measures, so implementations load their models in {@link #stages}.
 */
public interface BenchEngines {
  /** The name of the reference engine: the CoreNLP analysis path ({@link Engine#CORENLP}). */
  String REFERENCE = "corenlp";

  /** {@return the engine names this factory knows, the default first} */
  List<String> names();

  /**
   * {@return the per-article stages of {@code engine}, in pipeline order, models loaded}
   *
   * @throws IllegalArgumentException for a name not in {@link #names()}
   */
  List<Stage> stages(String engine, Limits limits);

  /**
   * {@return the product's engines, {@link Engine#DEFAULT} first: each the standard pipeline of
   * {@code analyze --engine NAME}}
   */
  static BenchEngines standard() {
    return new BenchEngines() {
      @Override
      public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(Engine.DEFAULT.id());
        for (Engine e : Engine.values()) {
          if (e != Engine.DEFAULT) {
            names.add(e.id());
          }
        }
        return names;
      }

      @Override
      public List<Stage> stages(String engine, Limits limits) {
        if (!names().contains(engine)) {
          throw new IllegalArgumentException("unknown engine '" + engine + "'; known: " + names());
        }
        // the stages of Pipelines.standard(engine, limits), which analyze runs
        List<Stage> stages = new ArrayList<>(Pipelines.throughQuotes(Engine.parse(engine).analyzer(limits), limits));
        stages.add(new EventCoder(EventLexicon.defaults(), CameoActorCoder.defaults()));
        return stages;
      }
    };
  }
}
