package org.storyline.engine;

import org.storyline.actors.CameoActorCoder;
import org.storyline.events.EventCoder;
import org.storyline.events.EventLexicon;
import org.storyline.nlp.LanguageAnalyzer;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.nlp.time.PublicationDater;
import org.storyline.nlp.time.TimeResolver;
import org.storyline.nlp.time.TimeTagger;
import java.util.ArrayList;
import java.util.List;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;
import org.storyline.quotes.CueLexicon;
import org.storyline.quotes.QuoteAttributor;

/**
 * The standard per-article pipeline, in the order its layer contracts require. The language
 * analysis comes from an {@link Engine} ({@code fast} by default, {@code corenlp} the reference) or
 * from an already loaded {@link LanguageAnalyzer}.
 */
public final class Pipelines {
  private Pipelines() {}

  /**
   * {@return language analysis (the given engine), time tagging, publication dating, time
   * resolution, entity linking, quote attribution and event coding, with the given limits}
   * Loads every model once; the result is thread-safe.
   */
  public static Pipeline standard(Engine engine, Limits limits) {
    return standard(engine.analyzer(limits), limits);
  }

  /** {@return the standard pipeline with the default engine ({@link Engine#DEFAULT}) and the given limits} */
  public static Pipeline standard(Limits limits) {
    return standard(Engine.DEFAULT, limits);
  }

  /**
   * {@return the standard pipeline with CoreNLP (the reference engine) and the given CoreNLP
   * settings} Default limits otherwise.
   */
  public static Pipeline standard(CoreNlpAnalyzer.Settings nlp) {
    return standard(Engine.CORENLP.analyzer(nlp));
  }

  /** {@return the standard pipeline around an already loaded language analyzer, default limits} */
  public static Pipeline standard(LanguageAnalyzer analyzer) {
    return standard(analyzer, Limits.defaults());
  }

  /** {@return the standard pipeline around an already loaded language analyzer} */
  public static Pipeline standard(LanguageAnalyzer analyzer, Limits limits) {
    List<Stage> stages = new ArrayList<>(throughQuotes(analyzer, limits));
    // actor codes from the actor lexicon and agent nouns (issue 3), not only the name table
    stages.add(new EventCoder(EventLexicon.defaults(), CameoActorCoder.defaults()));
    return Pipeline.of(stages);
  }

  /** {@return the stages of the standard pipeline up to quote attribution, without event coding} */
  public static List<Stage> throughQuotes(LanguageAnalyzer analyzer) {
    return throughQuotes(analyzer, Limits.defaults());
  }

  /** {@return the stages up to quote attribution, with the given mention and quote limits} */
  public static List<Stage> throughQuotes(LanguageAnalyzer analyzer, Limits limits) {
    return List.of(
        analyzer,
        new TimeTagger(),
        new PublicationDater(),
        new TimeResolver(),
        new EntityLinker().withMaxMentionsPerEntity(limits.maxMentionsPerEntity()),
        new QuoteAttributor(CueLexicon.load(), limits.maxQuotesPerArticle()));
  }
}
