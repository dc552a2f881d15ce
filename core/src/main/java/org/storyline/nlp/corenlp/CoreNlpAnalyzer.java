package org.storyline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.nlp.LanguageAnalyzer;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.StageInfo;

/**
 * Sentences, tokens (Penn POS, lemma) and named-entity mentions from Stanford CoreNLP: the reference
 * {@link LanguageAnalyzer} ({@code --engine corenlp}).
 *
 * <p>Requires {@link Layer#TEXT}; provides {@link Layer#SENTENCES}, {@link Layer#TOKENS} and
 * {@link Layer#MENTIONS} (entity links left null). Models load once, in the constructor (several
 * seconds); {@link #apply} is thread-safe and may run on many articles at once.
 *
 * <p>Limits, so one pathological article cannot stall a batch: a sentence longer than {@link
 * Settings#maxSentenceTokens()} tokens is split into pieces of at most that many tokens, left
 * without POS and entities (W210), so later stages never see an unbounded sentence; and tagging
 * stops when an article has used {@link Settings#maxTimePerArticle()}: the sentences not yet
 * tagged keep their tokens but get no POS and no entities (W802). Text is split into sentences
 * first (linear time), then tagged a chunk of sentences at a time, with the time checked between
 * chunks, so the overrun is bounded by one chunk.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {
  /** Stage name and version as recorded in provenance. */
  public static final StageInfo INFO = new StageInfo("nlp.corenlp", "v1", Set.of(Layer.TEXT),
      Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS));

  /** Warning: a sentence over the token limit was split and left untagged. */
  public static final String LONG_SENTENCE = "W210";

  /** Warning: the article's time limit was reached; the rest was left untagged. */
  public static final String TIME_LIMIT = "W802";

  /** Tokens tagged per CoreNLP call; the time limit is checked between calls. */
  static final int CHUNK_TOKENS = 1_000;

  /**
   * Which CoreNLP models to run, and the per-article limits.
   *
   * @param ner whether to run named-entity recognition
   * @param maxSentenceTokens longest sentence tagged; longer ones are split and left untagged
   * @param maxTimePerArticle tagging time one article may use; the rest is left untagged
   */
  public record Settings(boolean ner, int maxSentenceTokens, Duration maxTimePerArticle) {
    /** Default longest tagged sentence: 250 tokens. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

    /** Default tagging time per article: 120 seconds. */
    public static final Duration DEFAULT_MAX_TIME_PER_ARTICLE = Duration.ofSeconds(120);

    public Settings {
      if (maxSentenceTokens < 10) {
        throw new IllegalArgumentException("maxSentenceTokens must be >= 10: " + maxSentenceTokens);
      }
      if (maxTimePerArticle == null || maxTimePerArticle.isNegative() || maxTimePerArticle.isZero()) {
        throw new IllegalArgumentException("maxTimePerArticle must be positive: " + maxTimePerArticle);
      }
    }

    /** Settings with the default time limit per article. */
    public Settings(boolean ner, int maxSentenceTokens) {
      this(ner, maxSentenceTokens, DEFAULT_MAX_TIME_PER_ARTICLE);
    }

    /** NER on, sentences up to 250 tokens tagged, 120 s of tagging per article. */
    public static Settings defaults() {
      return new Settings(true, DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_TIME_PER_ARTICLE);
    }

    /** {@return a copy with another time limit per article} */
    public Settings withMaxTimePerArticle(Duration limit) {
      return new Settings(ner, maxSentenceTokens, limit);
    }
  }

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final Settings settings;
  private final LongSupplier nanoTime;

  /** Loads the models. */
  public CoreNlpAnalyzer(Settings settings) {
    this(settings, System::nanoTime);
  }

  /** Loads the models; {@code nanoTime} is the clock the time limit is measured with (tests). */
  CoreNlpAnalyzer(Settings settings, LongSupplier nanoTime) {
    this.settings = settings;
    this.nanoTime = nanoTime;
    Properties p = new Properties();
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
    Properties split = new Properties();
    split.putAll(p);
    split.setProperty("annotators", "tokenize,ssplit");
    this.splitter = new StanfordCoreNLP(split, false);
    Properties tag = new Properties();
    tag.putAll(p);
    tag.setProperty("annotators", settings.ner() ? "pos,lemma,ner" : "pos,lemma");
    // tokens and sentences come from the splitter: the tagger runs on exactly those
    this.tagger = new StanfordCoreNLP(tag, false);
  }

  /**
   * Tags one pre-tokenised sentence with CoreNLP's NER labels, one per word: {@code PERSON},
   * {@code LOCATION}, {@code ORGANIZATION}, {@code MISC} (the CoNLL 4-class model), numeric
   * classes ({@code NUMBER}, {@code MONEY}, {@code PERCENT}, {@code DATE}, ...) or {@code O}. The
   * words are taken as they are (no re-tokenisation, no sentence splitting): POS, lemma and NER
   * run on exactly these tokens, with the same models and settings as {@link #apply}. Sentences
   * longer than {@link Settings#maxSentenceTokens()} words, and analyzers built with NER off, give
   * all {@code O}. Thread-safe.
   *
   * @throws IllegalArgumentException when a word is empty
   */
  @Override
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
    tagger.annotate(annotation);
    for (CoreLabel l : labels) {
      String tag = l.ner();
      out.add(tag == null ? "O" : tag);
    }
    return out;
  }

  /**
   * One sentence as CoreNLP tagged it: the tokens' words (as the models saw them), their Penn POS
   * tags and their per-token NER labels ({@code O} when none), three lists of the same length.
   */
  public record TaggedSentence(List<String> words, List<String> posTags, List<String> nerTags) {
    public TaggedSentence {
      words = List.copyOf(words);
      posTags = List.copyOf(posTags);
      nerTags = List.copyOf(nerTags);
      if (posTags.size() != words.size() || nerTags.size() != words.size()) {
        throw new IllegalArgumentException("lists of different lengths");
      }
    }
  }

  /**
   * Splits, tokenises and tags a text exactly as {@link #apply} does (same models, settings and
   * limits) and returns the tagged sentences with per-token labels, for distilling our own taggers
   * from this reference engine. Sentences {@link #apply} leaves untagged (over the token limit, or
   * past the time limit) are left out. Thread-safe.
   */
  public List<TaggedSentence> tagText(String text) {
    long deadline = nanoTime.getAsLong() + settings.maxTimePerArticle().toNanos();
    Annotation annotation = new Annotation(text);
    splitter.annotate(annotation);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Piece> pieces = new ArrayList<>();
    for (CoreMap cs : coreSentences == null ? List.<CoreMap>of() : coreSentences) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (labels != null && !labels.isEmpty() && labels.size() <= settings.maxSentenceTokens()) {
        pieces.add(new Piece(cs, labels, true));
      }
    }
    int tagged = tag(annotation, pieces, deadline);
    List<TaggedSentence> out = new ArrayList<>(tagged);
    for (Piece piece : pieces.subList(0, tagged)) {
      List<String> words = new ArrayList<>();
      List<String> pos = new ArrayList<>();
      List<String> ner = new ArrayList<>();
      for (CoreLabel l : piece.labels()) {
        words.add(l.word());
        pos.add(l.tag() == null ? "" : l.tag());
        ner.add(l.ner() == null ? "O" : l.ner());
      }
      out.add(new TaggedSentence(words, pos, ner));
    }
    return out;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  /** One output sentence: a whole CoreNLP sentence (taggable) or a piece of an overlong one. */
  private record Piece(CoreMap sentence, List<CoreLabel> labels, boolean taggable) {}

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    long deadline = nanoTime.getAsLong() + settings.maxTimePerArticle().toNanos();
    String text = doc.text();
    AnnotatedArticle out = doc;
    Annotation annotation = new Annotation(text);
    splitter.annotate(annotation);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) {
      coreSentences = List.of();
    }
    int max = settings.maxSentenceTokens();
    List<Piece> pieces = new ArrayList<>();
    for (CoreMap cs : coreSentences) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      if (labels.size() <= max) {
        pieces.add(new Piece(cs, labels, true));
        continue;
      }
      int parts = (labels.size() + max - 1) / max;
      out = out.withDiagnostic(Diagnostic.warning(LONG_SENTENCE, INFO.name(), doc.id().value(),
          "sentence " + pieces.size() + " has " + labels.size() + " tokens (limit " + max + "): split into "
              + parts + " pieces left without POS and entities"));
      for (int from = 0; from < labels.size(); from += max) {
        pieces.add(new Piece(null, labels.subList(from, Math.min(labels.size(), from + max)), false));
      }
    }
    int tagged = tag(annotation, pieces, deadline);
    int taggable = (int) pieces.stream().filter(Piece::taggable).count();
    if (tagged < taggable) {
      out = out.withDiagnostic(Diagnostic.warning(TIME_LIMIT, INFO.name(), doc.id().value(),
          "time limit of " + settings.maxTimePerArticle().toSeconds() + " s per article reached: "
              + (taggable - tagged) + " of " + taggable + " sentences left without POS and entities"));
    }
    return build(out, text, pieces);
  }

  /**
   * Tags the taggable pieces in order, a chunk at a time, until the deadline. {@return how many
   * were tagged}
   */
  private int tag(Annotation document, List<Piece> pieces, long deadline) {
    List<CoreLabel> allTokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece.taggable()) {
        sentences.add(piece.sentence());
        sizes.add(piece.labels().size());
      }
    }
    int next = 0;
    while (next < sentences.size()) {
      if (nanoTime.getAsLong() - deadline > 0) {
        return next;
      }
      if (Thread.currentThread().isInterrupted()) {
        // the engine abandoned this article (E803): stop instead of burning a core for nothing
        throw new CancellationException("tagging interrupted");
      }
      int end = next;
      int tokens = 0;
      do {
        tokens += sizes.get(end);
        end++;
      } while (end < sentences.size() && tokens + sizes.get(end) <= CHUNK_TOKENS);
      Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
      // the sentences keep their token indices into the document's token list
      part.set(CoreAnnotations.TokensAnnotation.class, allTokens);
      part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences.subList(next, end)));
      tagger.annotate(part);
      next = end;
    }
    return next;
  }

  private AnnotatedArticle build(AnnotatedArticle out, String text, List<Piece> pieces) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Piece piece : pieces) {
      List<CoreLabel> labels = piece.labels();
      int start = clamp(labels.get(0).beginPosition(), text.length());
      int end = clamp(labels.get(labels.size() - 1).endPosition(), text.length());
      if (end <= start) {
        continue;
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, new Span(start, end)));
      for (CoreLabel l : labels) {
        int b = clamp(l.beginPosition(), text.length());
        int e = clamp(l.endPosition(), text.length());
        if (e <= b) {
          continue;
        }
        tokens.add(new Token(index, new Span(b, e), text.substring(b, e), l.tag(), l.lemma()));
      }
      List<CoreMap> ms = piece.sentence() == null ? null : piece.sentence().get(CoreAnnotations.MentionsAnnotation.class);
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
        mentions.add(new Mention(MentionId.of(out.id().value() + "#m" + mentions.size()), span,
            text.substring(b, e), type, null, new Provenance(out.id(), span, INFO.ref(), 0.8)));
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

  /**
   * Maps CoreNLP's coarse tags to ours; dates and times are left to our own time tagger. {@return
   * the entity type, or null for a label that makes no mention ({@code O}, {@code DATE}, ...)}
   */
  public static EntityType typeOf(String tag) {
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
