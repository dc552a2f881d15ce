package org.storyline.bench;

import java.util.List;
import org.storyline.engine.Limits;
import org.storyline.events.EventCoder;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.nlp.time.PublicationDater;
import org.storyline.nlp.time.TimeResolver;
import org.storyline.nlp.time.TimeTagger;
import org.storyline.pipeline.Stage;
import org.storyline.quotes.QuoteAttributor;
import org.storyline.server.LightPipeline;

/**
 * Two benchmarkable engines without models, for tests: "fast" and the reference name "corenlp",
 * both the real stages after the server tests' naive analyser ({@link LightPipeline.NaiveAnalyzer}) that differ only in their analyser's name — so the
 * harness must pair the analysers by the layers they provide.
 */
public final class LightEngines implements BenchEngines {
  private int built;

  @Override
  public List<String> names() {
    return List.of("fast", REFERENCE);
  }

  @Override
  public List<Stage> stages(String engine, Limits limits) {
    if (!names().contains(engine)) {
      throw new IllegalArgumentException("unknown engine " + engine);
    }
    built++;
    return List.of(new LightPipeline.NaiveAnalyzer(engine.equals("fast") ? "test.naive" : "test.reference"),
        new TimeTagger(), new PublicationDater(), new TimeResolver(), new EntityLinker(), new QuoteAttributor(), new EventCoder());
  }

  /** {@return how many pipelines were built} */
  public int built() {
    return built;
  }
}
