package org.storyline.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Token;
import org.storyline.nlp.tagger.NerTagger;
import org.storyline.nlp.tagger.PosTagger;

/**
 * Storyline's own taggers alone, sentence by sentence over the seeds: the POS tagger on the words,
 * the NER tagger on the words and their POS tags (both as the analysis of the {@code engine}
 * parameter tokenised and tagged them; {@code corenlp} by default). Each loads its shipped model in
 * the set-up; a tagger whose model is not shipped fails its benchmark there. Score: passes over all
 * seeds per second; {@code articles} and {@code tokens}: per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class TaggerBenchmarks {
  private final List<String[]> words = new ArrayList<>();
  private final List<String[]> tags = new ArrayList<>();
  private int articles;
  private long tokens;

  /** The seeds' sentences as word and tag arrays. */
  @Setup(Level.Trial)
  public void sentences(AnalysedSeeds seeds) {
    List<AnnotatedArticle> analysed = seeds.analysed;
    for (AnnotatedArticle doc : analysed) {
      for (int s = 0; s < doc.sentences().size(); s++) {
        List<Token> sentence = doc.tokensOf(s);
        if (sentence.isEmpty()) {
          continue;
        }
        words.add(sentence.stream().map(Token::text).toArray(String[]::new));
        tags.add(sentence.stream().map(Token::pos).toArray(String[]::new));
        tokens += sentence.size();
      }
    }
    articles = analysed.size();
  }

  /** The shipped POS model, loaded in the set-up. */
  @State(Scope.Benchmark)
  public static class PosModel {
    PosTagger tagger;

    /** Loads the model. */
    @Setup(Level.Trial)
    public void load() {
      tagger = PosTagger.defaults();
    }
  }

  /** The shipped NER model, loaded in the set-up. */
  @State(Scope.Benchmark)
  public static class NerModel {
    NerTagger tagger;

    /** Loads the model. */
    @Setup(Level.Trial)
    public void load() {
      tagger = NerTagger.defaults();
    }
  }

  /** Penn Treebank tags for every sentence (the shipped averaged-perceptron POS model). */
  @Benchmark
  public void posTagger(PosModel model, Counters c, Blackhole bh) {
    PosTagger pos = model.tagger;
    for (String[] w : words) {
      bh.consume(pos.tag(w));
    }
    c.articles += articles;
    c.tokens += tokens;
  }

  /** Entity labels for every sentence (the shipped averaged-perceptron NER model, no fallback). */
  @Benchmark
  public void nerTagger(NerModel model, Counters c, Blackhole bh) {
    NerTagger ner = model.tagger;
    for (int i = 0; i < words.size(); i++) {
      bh.consume(ner.tag(words.get(i), tags.get(i)));
    }
    c.articles += articles;
    c.tokens += tokens;
  }
}
