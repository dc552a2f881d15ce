package org.storyline.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;
import org.storyline.quotes.QuoteAttributor;

/**
 * The standard pipeline with a naive stand-in for CoreNLP (no models: sentences split at end
 * punctuation, tokens at spaces and punctuation, guessed POS tags, capitalised runs as mentions),
 * so server tests run in seconds. Everything after the language analysis is the real code.
 */
public final class LightPipeline {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"”’]?|$)");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|[^\\s\\p{L}\\p{N}]");
  private static final Set<String> VERBS = Set.of("met", "meet", "meets", "said", "says", "called", "spoke",
      "agreed", "proposed", "rejected", "visited", "announced", "held", "talked", "signed", "imposed");

  private LightPipeline() {}

  static Pipeline create() {
    return Pipeline.of(List.of(new NaiveAnalyzer(), new TimeTagger(), new PublicationDater(), new TimeResolver(),
        new EntityLinker(), new QuoteAttributor(), new EventCoder()));
  }

  /** Sentences, tokens and capitalised-run mentions without any model, under a stage name of its own. */
  public static final class NaiveAnalyzer implements Stage {
    private final StageRef ref;

    /** The analyzer named {@code test.naive}. */
    public NaiveAnalyzer() {
      this("test.naive");
    }

    /** The analyzer under another stage name (two "engines" that differ only in their name). */
    public NaiveAnalyzer(String name) {
      this.ref = new StageRef(name, "v0");
    }

    @Override
    public StageInfo info() {
      return new StageInfo(ref.name(), ref.version(), Set.of(Layer.TEXT),
          Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS));
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle doc) {
      String text = doc.text();
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
        Span span = new Span(start, sm.end());
        sentences.add(new Sentence(index, span));
        Matcher tm = TOKEN.matcher(text).region(span.start(), span.end());
        int runStart = -1;
        int runEnd = -1;
        boolean first = true;
        while (tm.find()) {
          String w = tm.group();
          String lower = w.toLowerCase(Locale.ROOT);
          boolean cap = Character.isUpperCase(w.charAt(0));
          String pos = !Character.isLetterOrDigit(w.charAt(0)) ? w : VERBS.contains(lower) ? "VBD"
              : Character.isDigit(w.charAt(0)) ? "CD" : cap ? "NNP" : "NN";
          tokens.add(new Token(index, new Span(tm.start(), tm.end()), w, pos, lower));
          if (cap && !first && Character.isLetter(w.charAt(0))) {
            if (runStart < 0) {
              runStart = tm.start();
            }
            runEnd = tm.end();
          } else if (runStart >= 0) {
            mentions.add(mention(doc, ref, text, mentions.size(), runStart, runEnd));
            runStart = -1;
          }
          first = false;
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
      EntityType type = covered.contains(" ") ? EntityType.PERSON : EntityType.LOCATION;
      return new Mention(MentionId.of(doc.id().value() + "#m" + n), span, covered, type, null,
          new Provenance(doc.id(), span, ref, 0.5));
    }
  }
}
