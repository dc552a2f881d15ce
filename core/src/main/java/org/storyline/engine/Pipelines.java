package org.storyline.engine;

import org.storyline.actors.CameoActorCoder;
import org.storyline.events.EventCoder;
import org.storyline.events.EventLexicon;
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

/** The standard per-article pipeline, in the order its layer contracts require. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * {@return language analysis (CoreNLP), time tagging, publication dating, time resolution, entity
   * linking, quote attribution and event coding} Loads every model once; the result is
   * thread-safe. Default limits except for the CoreNLP settings given.
   */
  public static Pipeline standard(CoreNlpAnalyzer.Settings nlp) {
    return standard(new CoreNlpAnalyzer(nlp));
  }

  /** {@return the standard pipeline with the given limits (sentence length, times, mentions, quotes)} */
  public static Pipeline standard(Limits limits) {
    return standard(new CoreNlpAnalyzer(limits.coreNlp()), limits);
  }

  /** {@return the standard pipeline around an already loaded language analyzer, default limits} */
  public static Pipeline standard(CoreNlpAnalyzer analyzer) {
    return standard(analyzer, Limits.defaults());
  }

  /** {@return the standard pipeline around an already loaded language analyzer} */
  public static Pipeline standard(CoreNlpAnalyzer analyzer, Limits limits) {
    List<Stage> stages = new ArrayList<>(throughQuotes(analyzer, limits));
    // actor codes from the actor lexicon and agent nouns (issue 3), not only the name table
    stages.add(new EventCoder(EventLexicon.defaults(), CameoActorCoder.defaults()));
    return Pipeline.of(stages);
  }

  /** {@return the stages of the standard pipeline up to quote attribution, without event coding} */
  public static List<Stage> throughQuotes(CoreNlpAnalyzer analyzer) {
    return throughQuotes(analyzer, Limits.defaults());
  }

  /** {@return the stages up to quote attribution, with the given mention and quote limits} */
  public static List<Stage> throughQuotes(CoreNlpAnalyzer analyzer, Limits limits) {
    return List.of(
        analyzer,
        new TimeTagger(),
        new PublicationDater(),
        new TimeResolver(),
        new EntityLinker().withMaxMentionsPerEntity(limits.maxMentionsPerEntity()),
        new QuoteAttributor(CueLexicon.load(), limits.maxQuotesPerArticle()));
  }
}
