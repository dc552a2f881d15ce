package org.storyline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.engine.Limits;
import org.storyline.events.EventCoder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.StageRef;
import org.storyline.model.Token;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.nlp.time.PublicationDater;
import org.storyline.nlp.time.TimeResolver;
import org.storyline.nlp.time.TimeTagger;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;
import org.storyline.quotes.QuoteAttributor;

/**
 * Two benchmarkable engines without models, for tests: "fast" and the reference name "corenlp",
 * both the real stages after a naive analyser (sentences at end punctuation, tokens at spaces and
 * punctuation, capitalised runs as mentions) that differ only in their analyser's name — so the
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
    return List.of(new NaiveAnalyzer(engine.equals("fast") ? "test.naive" : "test.reference"), new TimeTagger(),
        new PublicationDater(), new TimeResolver(), new EntityLinker(), new QuoteAttributor(), new EventCoder());
  }

  /** {@return how many pipelines were built} */
  public int built() {
    return built;
  }

  /** Sentences, tokens and capitalised-run mentions without any model. */
  static final class NaiveAnalyzer implements Stage {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"”’]?|$)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|[^\\s\\p{L}\\p{N}]");
    private final String name;

    NaiveAnalyzer(String name) {
      this.name = name;
    }

    @Override
    public StageInfo info() {
      return new StageInfo(name, "v0", Set.of(Layer.TEXT), Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS));
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle doc) {
      String text = doc.text();
      StageRef ref = new StageRef(name, "v0");
      List<Sentence> sentences = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      Matcher sm = SENTENCE.matcher(text);
      while (sm.find()) {
        int start = sm.start();
        while (start < sm.end() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        if (start >= sm.end()) {
          continue;
        }
        int index = sentences.size();
        sentences.add(new Sentence(index, new Span(start, sm.end())));
        Matcher tm = TOKEN.matcher(text).region(start, sm.end());
        int runStart = -1;
        int runEnd = -1;
        while (tm.find()) {
          String w = tm.group();
          boolean cap = Character.isUpperCase(w.charAt(0));
          tokens.add(new Token(index, new Span(tm.start(), tm.end()), w, cap ? "NNP" : "NN", w.toLowerCase(Locale.ROOT)));
          if (cap && tm.start() > start) {
            runStart = runStart < 0 ? tm.start() : runStart;
            runEnd = tm.end();
          } else if (runStart >= 0) {
            mentions.add(mention(doc, ref, text, mentions.size(), runStart, runEnd));
            runStart = -1;
          }
        }
        if (runStart >= 0) {
          mentions.add(mention(doc, ref, text, mentions.size(), runStart, runEnd));
        }
      }
      return doc.withSentences(sentences).withTokens(tokens).withMentions(mentions);
    }

    private static Mention mention(AnnotatedArticle doc, StageRef ref, String text, int n, int start, int end) {
      Span span = new Span(start, end);
      String covered = span.coveredText(text);
      return new Mention(MentionId.of(doc.id().value() + "#m" + n), span, covered,
          covered.contains(" ") ? EntityType.PERSON : EntityType.LOCATION, null, new Provenance(doc.id(), span, ref, 0.5));
    }
  }
}
