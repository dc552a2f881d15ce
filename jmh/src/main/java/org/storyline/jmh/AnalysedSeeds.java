package org.storyline.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.bench.BenchEngines;
import org.storyline.engine.Limits;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;

/**
 * The seeds run once through the standard pipeline of one engine (JMH parameter {@code engine}:
 * {@code corenlp}, the reference, by default; {@code -p engine=fast,corenlp} measures both), keeping
 * what each stage receives, so a stage benchmark feeds it exactly the input it meets in {@code
 * analyze}. Loads the engine's models once per fork (the set-up, not measured).
 */
@State(Scope.Benchmark)
public class AnalysedSeeds {
  /** The engine whose pipeline is measured (a name of {@link BenchEngines#standard()}). */
  @Param({BenchEngines.REFERENCE})
  public String engine;
  /** The language-analysis stage (the engine's own; the first stage). */
  public String analyzer;
  /** The stages, by name, in pipeline order. */
  public Map<String, Stage> stages;
  /** What each stage receives, by stage name, one per seed. */
  public Map<String, List<AnnotatedArticle>> inputs;
  /** The whole pipeline. */
  public Pipeline pipeline;
  /** The raw seed articles. */
  public List<Article> articles;
  /** The seeds after the language analysis (sentences, tokens, POS, mentions). */
  public List<AnnotatedArticle> analysed;
  /** Tokens of the analysed seeds (the tokens/s basis). */
  public long tokens;

  /** Builds the pipeline and analyses the seeds stage by stage. */
  @Setup(Level.Trial)
  public void analyse(SeedArticles seeds) {
    List<Stage> list = BenchEngines.standard().stages(engine, Limits.defaults());
    pipeline = Pipeline.of(list);
    analyzer = list.get(0).info().name();
    articles = seeds.articles;
    stages = new LinkedHashMap<>();
    inputs = new LinkedHashMap<>();
    for (Stage s : list) {
      stages.put(s.info().name(), s);
      inputs.put(s.info().name(), new ArrayList<>());
    }
    tokens = 0;
    analysed = new ArrayList<>();
    for (Article a : articles) {
      AnnotatedArticle doc = AnnotatedArticle.of(a);
      for (Stage s : list) {
        inputs.get(s.info().name()).add(doc);
        doc = s.apply(doc);
        if (s == list.get(0)) {
          analysed.add(doc);
        }
      }
      tokens += doc.tokens().size();
    }
  }

  /** Runs one stage over every seed's input. */
  public void run(String stage, Counters counters, Blackhole bh) {
    Stage s = stages.get(stage);
    if (s == null) {
      throw new IllegalStateException("no stage '" + stage + "' in " + stages.keySet());
    }
    List<AnnotatedArticle> in = inputs.get(stage);
    for (AnnotatedArticle doc : in) {
      bh.consume(s.apply(doc));
    }
    counters.articles += in.size();
    counters.tokens += tokens;
  }
}
