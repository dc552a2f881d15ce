package org.storyline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Sentences, tokens (Penn POS, lemma) and named-entity mentions from Stanford CoreNLP.
 *
 * <p>Requires {@link Layer#TEXT}; provides {@link Layer#SENTENCES}, {@link Layer#TOKENS} and
 * {@link Layer#MENTIONS} (entity links left null). Models load once, in the constructor (several
 * seconds); {@link #apply} is thread-safe and may run on many articles at once. Sentences longer
 * than {@link Settings#maxSentenceTokens()} tokens are left untagged (no POS, no NER) with a
 * warning, so one pathological sentence cannot stall a batch.
 */
public final class CoreNlpAnalyzer implements Stage {
  /** Stage name and version as recorded in provenance. */
  public static final StageInfo INFO = new StageInfo("nlp.corenlp", "v1", Set.of(Layer.TEXT),
      Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS));

  /** Which CoreNLP models to run. */
  public record Settings(boolean ner, int maxSentenceTokens) {
    public Settings {
      if (maxSentenceTokens < 10) {
        throw new IllegalArgumentException("maxSentenceTokens must be >= 10: " + maxSentenceTokens);
      }
    }

    /** NER on, sentences up to 250 tokens tagged. */
    public static Settings defaults() {
      return new Settings(true, 250);
    }
  }

  private final StanfordCoreNLP pipeline;
  private final Settings settings;
  private final Properties properties;
  private volatile StanfordCoreNLP pretokenized;

  public CoreNlpAnalyzer(Settings settings) {
    this.settings = settings;
    Properties p = new Properties();
    p.setProperty("annotators", settings.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
    // news text: a line break ends a paragraph, headline or table row
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("pos.maxlen", Integer.toString(settings.maxSentenceTokens()));
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.maxlen", Integer.toString(settings.maxSentenceTokens()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.language", "en");
    this.properties = p;
    this.pipeline = new StanfordCoreNLP(p, false);
  }

  /**
   * Tags one pre-tokenised sentence with CoreNLP's NER labels, one per word: {@code PERSON},
   * {@code LOCATION}, {@code ORGANIZATION}, {@code MISC} (the CoNLL 4-class model), numeric
   * classes ({@code NUMBER}, {@code MONEY}, {@code PERCENT}, {@code DATE}, ...) or {@code O}. The
   * words are taken as they are (no re-tokenisation, no sentence splitting): POS, lemma and NER
   * run on exactly these tokens, with the same models and settings as {@link #apply}. Sentences
   * longer than {@link Settings#maxSentenceTokens()} words, and analyzers built with NER off, give
   * all {@code O}. Thread-safe; the first call builds a small second pipeline that shares the
   * loaded models.
   *
   * @throws IllegalArgumentException when a word is empty
   */
  public List<String> nerTags(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    if (words.isEmpty()) {
      return out;
    }
    if (!settings.ner() || words.size() > settings.maxSentenceTokens()) {
      for (int i = 0; i < words.size(); i++) {
        out.add("O");
      }
      return out;
    }
    List<CoreLabel> labels = new ArrayList<>(words.size());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w == null || w.isEmpty()) {
        throw new IllegalArgumentException("empty word at index " + i);
      }
      if (i > 0) {
        text.append(' ');
      }
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      l.setBeginPosition(text.length());
      text.append(w);
      l.setEndPosition(text.length());
      l.setIndex(i + 1);
      l.setSentIndex(0);
      labels.add(l);
    }
    Annotation annotation = new Annotation(text.toString());
    annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
    CoreMap sentence = new edu.stanford.nlp.util.ArrayCoreMap();
    sentence.set(CoreAnnotations.TextAnnotation.class, text.toString());
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    pretokenizedPipeline().annotate(annotation);
    for (CoreLabel l : labels) {
      String tag = l.ner();
      out.add(tag == null ? "O" : tag);
    }
    return out;
  }

  private StanfordCoreNLP pretokenizedPipeline() {
    StanfordCoreNLP p = pretokenized;
    if (p == null) {
      synchronized (this) {
        p = pretokenized;
        if (p == null) {
          Properties props = new Properties();
          props.putAll(properties);
          props.setProperty("annotators", "pos,lemma,ner");
          p = new StanfordCoreNLP(props, false);
          pretokenized = p;
        }
      }
    }
    return p;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    String text = doc.text();
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    AnnotatedArticle out = doc;
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) {
      coreSentences = List.of();
    }
    for (CoreMap cs : coreSentences) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      int start = clamp(labels.get(0).beginPosition(), text.length());
      int end = clamp(labels.get(labels.size() - 1).endPosition(), text.length());
      if (end <= start) {
        continue;
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, new Span(start, end)));
      if (labels.size() > settings.maxSentenceTokens()) {
        out = out.withDiagnostic(Diagnostic.warning("W210", INFO.name(), doc.id().value(),
            "sentence " + index + " has " + labels.size() + " tokens (limit " + settings.maxSentenceTokens()
                + "): left without POS and entities"));
      }
      for (CoreLabel l : labels) {
        int b = clamp(l.beginPosition(), text.length());
        int e = clamp(l.endPosition(), text.length());
        if (e <= b) {
          continue;
        }
        tokens.add(new Token(index, new Span(b, e), text.substring(b, e), l.tag(), l.lemma()));
      }
      List<CoreMap> ms = cs.get(CoreAnnotations.MentionsAnnotation.class);
      if (ms == null) {
        continue;
      }
      for (CoreMap m : ms) {
        EntityType type = typeOf(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (type == null || b == null || e == null || b < 0 || e > text.length() || e <= b) {
          continue;
        }
        if (isPronoun(m.get(CoreAnnotations.TokensAnnotation.class))) {
          // CoreNLP's entity mentions include pronouns for KBP coreference; they are not names
          continue;
        }
        Span span = new Span(b, e);
        mentions.add(new Mention(MentionId.of(doc.id().value() + "#m" + mentions.size()), span,
            text.substring(b, e), type, null, new Provenance(doc.id(), span, INFO.ref(), 0.8)));
      }
    }
    return out.withSentences(sentences).withTokens(tokens).withMentions(mentions);
  }

  private static boolean isPronoun(List<CoreLabel> labels) {
    if (labels == null || labels.isEmpty()) {
      return false;
    }
    for (CoreLabel l : labels) {
      String tag = l.tag();
      if (tag == null || !(tag.startsWith("PRP") || tag.startsWith("WP"))) {
        return false;
      }
    }
    return true;
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }

  /** Maps CoreNLP's coarse tags to ours; dates and times are left to our own time tagger. */
  static EntityType typeOf(String tag) {
    if (tag == null) {
      return null;
    }
    switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON":
      case "PER":
        return EntityType.PERSON;
      case "ORGANIZATION":
      case "ORG":
        return EntityType.ORGANIZATION;
      case "LOCATION":
      case "LOC":
      case "GPE":
      case "COUNTRY":
      case "CITY":
      case "STATE_OR_PROVINCE":
        return EntityType.LOCATION;
      case "NATIONALITY":
        return EntityType.NATIONALITY;
      case "MISC":
        return EntityType.MISC;
      case "MONEY":
        return EntityType.MONEY;
      case "NUMBER":
      case "ORDINAL":
        return EntityType.NUMBER;
      case "PERCENT":
        return EntityType.PERCENT;
      default:
        return null;
    }
  }
}
