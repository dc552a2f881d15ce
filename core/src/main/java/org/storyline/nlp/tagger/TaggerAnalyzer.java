package org.storyline.nlp.tagger;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.corenlp.CrfNerTagging;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer.Settings;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.StageInfo;

/**
 * The fast language-analysis stage: CoreNLP's tokenizer and sentence splitter, then Storyline's own
 * part-of-speech and named-entity taggers ({@link PosTagging}, {@link NerTagging}) and CoreNLP's
 * lemmatiser, without the CoreNLP pipeline around them.
 *
 * <p>Same contract and same output shape as {@link CoreNlpAnalyzer} (the reference engine):
 * requires {@link Layer#TEXT}; provides {@link Layer#SENTENCES}, {@link Layer#TOKENS} (Penn POS,
 * lemma) and {@link Layer#MENTIONS} (entity links left null). Tokens and sentences are identical to
 * CoreNlpAnalyzer's: {@link PTBTokenizer} with the same options (a line break ends a sentence;
 * untokenizable characters kept; brackets not normalised) and {@link WordToSentenceProcessor}
 * with CoreNLP's defaults. Lemmas come from {@link Morphology} exactly as CoreNLP's lemma annotator
 * computes them (one instance per thread, with a bounded cache per thread). Entities: the NER tagger labels each sentence's tokens
 * ({@link NerWords#TOKENS}, what taggers distilled from CoreNLP's per-token labels expect) or
 * CoreNLP's own NER words ({@link NerWords#HYPHENS_JOINED}: hyphenated words such as "Trump-Putin"
 * joined into one, as CoreNLP's NER annotator does before running its CRF, the labels going back to
 * every token of the joined word); consecutive tokens with the same label other than {@code O} form
 * one mention, typed with {@link CoreNlpAnalyzer#typeOf}; mentions made only of pronouns are
 * dropped.
 *
 * <p>Limits, as CoreNlpAnalyzer's: a sentence longer than {@link Settings#maxSentenceTokens()}
 * tokens is split into pieces of at most that many tokens, left without POS and entities (W210);
 * tagging stops when the article has used {@link Settings#maxTimePerArticle()}, checked between
 * chunks of about {@value #CHUNK_TOKENS} tokens, and the sentences not yet tagged keep their tokens
 * but get no POS and no entities (W802); an interrupted thread ends the article with a {@link
 * CancellationException}. Thread-safe when the taggers are.
 */
public final class TaggerAnalyzer implements LanguageAnalyzer {
  /** Stage name and version as recorded in provenance (tells this engine from CoreNLP's). */
  public static final StageInfo INFO = new StageInfo("nlp.tagger", "v1", Set.of(Layer.TEXT),
      Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS));

  /** Tokens tagged between two checks of the time limit. */
  static final int CHUNK_TOKENS = 1_000;

  /** CoreNLP's English tokenizer options plus the ones CoreNlpAnalyzer sets. */
  static final String TOKENIZER_OPTIONS =
      "tokenizeNLs,invertible,untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false";

  /** Words after a hyphen that CoreNLP's NER tokenisation does not merge ("Moscow-based"). */
  private static final Set<String> NO_MERGE_AFTER_HYPHEN = Set.of("based", "area", "registered",
      "headquartered", "native", "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

  /** Particles of phrasal verbs written with an underscore, lemmatised as CoreNLP does ("turned_off"). */
  private static final Set<String> PARTICLES = Set.of("abroad", "across", "after", "ahead", "along", "aside",
      "away", "around", "back", "down", "forward", "in", "off", "on", "over", "out", "round", "together", "through",
      "up");

  /** Which words the NER tagger is given. */
  public enum NerWords {
    /**
     * The sentence's tokens as the tokenizer made them ("Trump", "-", "Putin"); afterwards the tokens
     * of one hyphen-joined word (see {@link #HYPHENS_JOINED}) get one label, the one most of them
     * have, as CoreNLP gives them.
     */
    TOKENS,
    /**
     * CoreNLP's NER tokenisation: a hyphen written without a space before it joins the word before
     * it (unless it ends the sentence or one of a few words such as "based" follows), and a word
     * written right after a word ending in a hyphen joins it ("Trump-Putin"); the joined word keeps
     * its first token's POS. For a tagger that is CoreNLP's own CRF.
     */
    HYPHENS_JOINED
  }

  private static final ThreadLocal<Lemmatizer> LEMMATIZER = ThreadLocal.withInitial(Lemmatizer::new);

  /**
   * CoreNLP's lemmatiser for one thread (Morphology is not thread-safe), with a cache: the lemma is
   * a function of word and tag, and running Morphology's lexer costs as much as tokenising. The
   * cache is emptied when it holds {@value #MAX_CACHED} words, so memory stays bounded.
   */
  private static final class Lemmatizer {
    static final int MAX_CACHED = 100_000;
    static final int MAX_CACHED_CHARS = 64;
    final Morphology morphology = new Morphology();
    final HashMap<String, HashMap<String, String>> byTag = new HashMap<>();
    int size;

    String lemma(String word, String tag) {
      if (word.length() > MAX_CACHED_CHARS) {
        // long tokens (URLs, hashes) are rare and would make the cache's size unbounded in bytes
        return TaggerAnalyzer.lemma(morphology, word, tag);
      }
      HashMap<String, String> words = byTag.get(tag);
      if (words == null) {
        words = new HashMap<>();
        byTag.put(tag, words);
      }
      String lemma = words.get(word);
      if (lemma == null) {
        lemma = TaggerAnalyzer.lemma(morphology, word, tag);
        if (size >= MAX_CACHED) {
          for (HashMap<String, String> m : byTag.values()) {
            m.clear();
          }
          size = 0;
        }
        words.put(word, lemma);
        size++;
      }
      return lemma;
    }
  }

  /**
   * The cascade margin of {@link #defaults}: every sentence whose NER decision involves a name label
   * goes to the CRF (the measured curve of smaller margins is in {@code nlp/tagger/ner.v1.md}).
   */
  static final float ALWAYS_FOR_NAMES = Float.POSITIVE_INFINITY;

  private final Settings settings;
  private final PosTagging pos;
  private final NerTagging ner;
  private final NerWords nerWords;
  private final LongSupplier nanoTime;
  private final TokenizerFactory<CoreLabel> tokenizers =
      PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
  private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>(null, null, null, null,
      WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS, null, null);

  /**
   * An analyzer around the given taggers; the NER tagger labels the tokens ({@link NerWords#TOKENS}).
   *
   * @param settings sentence and time limits; with {@code ner} false, {@code ner} may be null and no
   *     mentions are made
   * @param pos the part-of-speech tagger
   * @param ner the named-entity tagger (null only when {@code settings.ner()} is false)
   */
  public TaggerAnalyzer(Settings settings, PosTagging pos, NerTagging ner) {
    this(settings, pos, ner, NerWords.TOKENS, System::nanoTime);
  }

  /** An analyzer around the given taggers, the NER tagger given the words {@code nerWords} says. */
  public TaggerAnalyzer(Settings settings, PosTagging pos, NerTagging ner, NerWords nerWords) {
    this(settings, pos, ner, nerWords, System::nanoTime);
  }

  /** As the public constructors; {@code nanoTime} is the clock the time limit is measured with (tests). */
  TaggerAnalyzer(Settings settings, PosTagging pos, NerTagging ner, NerWords nerWords, LongSupplier nanoTime) {
    if (settings == null || pos == null || nerWords == null || nanoTime == null) {
      throw new IllegalArgumentException("settings, POS tagger, NER words and clock required");
    }
    if (settings.ner() && ner == null) {
      throw new IllegalArgumentException("NER tagger required when settings.ner() is true");
    }
    this.settings = settings;
    this.pos = pos;
    this.ner = ner;
    this.nerWords = nerWords;
    this.nanoTime = nanoTime;
  }

  /**
   * {@return the fast engine, with no loss of entity accuracy: Storyline's shipped POS model
   * ({@link PosTagger#defaults()}) and NER model ({@link NerTagger#defaults()}, which labels numbers,
   * money, ordinals and dates itself), every sentence in which the NER model has a name decision to
   * make handed to CoreNLP's CoNLL CRF ({@link CrfNerTagging}) for its names} Sentences without a
   * name decision (4–8% of news sentences in MEANTIME and CoNLL) skip the CRF. CoreNLP's full NER annotator, its numeric
   * classifiers and its POS tagger are not run. The CRF sees running text's hyphenated words
   * joined as CoreNLP's NER joins them (this analyzer's hyphen groups, from the tokens' offsets),
   * and pre-tokenised words ({@link #nerTags}) as they are. Models are
   * loaded once per JVM except the CRF (one per call: about 2 s). On CoNLL-2003 testa this gives the
   * reference engine's entity F1 (0.9293 against 0.9290); see {@link #studentOnly} for the faster,
   * less accurate variant.
   *
   * @throws IllegalStateException when a model is missing or corrupt (a build error)
   */
  public static TaggerAnalyzer defaults(Settings settings) {
    if (!settings.ner()) {
      return studentOnly(settings);
    }
    // the CRF joins nothing by itself: running text hands it the hyphen groups (written-together
    // words, CoreNLP's exceptions such as "Moscow-based"), pre-tokenised words (nerTags) none
    NerTagger cascade = NerTagger.defaults().withFallback(new CrfNerTagging(false), ALWAYS_FOR_NAMES);
    return new TaggerAnalyzer(settings, PosTagger.defaults(), cascade, NerWords.TOKENS);
  }

  /**
   * {@return the fastest engine: Storyline's shipped POS and NER models alone, no CoreNLP model}
   * About twice the throughput of {@link #defaults} on news, at a cost in entity accuracy (CoNLL-2003
   * testa entity F1 0.785 against 0.929; see {@code nlp/tagger/ner.v1.md}). The NER tagger labels
   * the tokens ({@link NerWords#TOKENS}): it was distilled from CoreNLP's per-token labels.
   *
   * @throws IllegalStateException when a shipped model is missing or corrupt (a build error)
   */
  public static TaggerAnalyzer studentOnly(Settings settings) {
    return new TaggerAnalyzer(settings, PosTagger.defaults(), settings.ner() ? NerTagger.defaults() : null,
        NerWords.TOKENS);
  }


  @Override
  public StageInfo info() {
    return INFO;
  }

  /** {@return the limits and options this analyzer runs with} */
  public Settings settings() {
    return settings;
  }

  /**
   * One output sentence: a whole sentence (taggable) or a piece of an overlong one; tags, lemmas
   * and labels are filled when it is tagged.
   */
  private static final class Piece {
    final List<CoreLabel> labels;
    final boolean taggable;
    String[] tags;
    String[] lemmas;
    String[] ner;

    Piece(List<CoreLabel> labels, boolean taggable) {
      this.labels = labels;
      this.taggable = taggable;
    }
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    long deadline = nanoTime.getAsLong() + settings.maxTimePerArticle().toNanos();
    String text = doc.text();
    AnnotatedArticle out = doc;
    List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(text)).tokenize();
    int max = settings.maxSentenceTokens();
    List<Piece> pieces = new ArrayList<>();
    for (List<CoreLabel> sentence : splitter.process(tokens)) {
      if (sentence.isEmpty()) {
        continue;
      }
      if (sentence.size() <= max) {
        pieces.add(new Piece(sentence, true));
        continue;
      }
      int parts = (sentence.size() + max - 1) / max;
      out = out.withDiagnostic(Diagnostic.warning(CoreNlpAnalyzer.LONG_SENTENCE, INFO.name(), doc.id().value(),
          "sentence " + pieces.size() + " has " + sentence.size() + " tokens (limit " + max + "): split into "
              + parts + " pieces left without POS and entities"));
      for (int from = 0; from < sentence.size(); from += max) {
        pieces.add(new Piece(sentence.subList(from, Math.min(sentence.size(), from + max)), false));
      }
    }
    int taggable = 0;
    for (Piece p : pieces) {
      taggable += p.taggable ? 1 : 0;
    }
    int tagged = tag(pieces, deadline);
    if (tagged < taggable) {
      out = out.withDiagnostic(Diagnostic.warning(CoreNlpAnalyzer.TIME_LIMIT, INFO.name(), doc.id().value(),
          "time limit of " + settings.maxTimePerArticle().toSeconds() + " s per article reached: "
              + (taggable - tagged) + " of " + taggable + " sentences left without POS and entities"));
    }
    return build(out, text, pieces);
  }

  /**
   * Tags the taggable pieces in order, a chunk at a time, until the deadline. {@return how many
   * were tagged}
   */
  private int tag(List<Piece> pieces, long deadline) {
    int done = 0;
    int chunkTokens = 0;
    boolean first = true;
    for (Piece p : pieces) {
      if (!p.taggable) {
        continue;
      }
      int n = p.labels.size();
      // a new chunk starts with the first sentence and whenever this one would overflow the chunk
      if (first || chunkTokens + n > CHUNK_TOKENS) {
        if (nanoTime.getAsLong() - deadline > 0) {
          return done;
        }
        if (Thread.currentThread().isInterrupted()) {
          // the engine abandoned this article (E803): stop instead of burning a core for nothing
          throw new CancellationException("tagging interrupted");
        }
        chunkTokens = 0;
        first = false;
      }
      tagSentence(p);
      chunkTokens += n;
      done++;
    }
    return done;
  }

  private void tagSentence(Piece p) {
    int n = p.labels.size();
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = p.labels.get(i).word();
    }
    String[] tags = checked(pos.tag(words), n, "POS");
    Lemmatizer lemmatizer = LEMMATIZER.get();
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = lemmatizer.lemma(words[i], tags[i]);
    }
    p.tags = tags;
    p.lemmas = lemmas;
    if (settings.ner()) {
      p.ner = nerLabels(p.labels, words, tags);
    }
  }

  /** {@return one NER label per token, the tagger given the words {@link #nerWords} says} */
  private String[] nerLabels(List<CoreLabel> labels, String[] words, String[] tags) {
    int n = words.length;
    int[] group = hyphenGroups(labels, words);
    if (group == null) {
      // most sentences join nothing
      return checked(ner.tag(words, tags, null), n, "NER");
    }
    if (nerWords == NerWords.TOKENS) {
      // the tagger labels tokens; a fallback that labels CoreNLP's NER words gets the grouping
      return oneLabelPerGroup(checked(ner.tag(words, tags, group), n, "NER"), group);
    }
    int m = group[n - 1] + 1;
    String[] mergedWords = new String[m];
    String[] mergedTags = new String[m];
    for (int i = 0; i < n; i++) {
      int g = group[i];
      if (mergedWords[g] == null) {
        mergedWords[g] = words[i];
        mergedTags[g] = tags[i];
      } else {
        mergedWords[g] = mergedWords[g] + words[i];
      }
    }
    String[] byGroup = checked(ner.tag(mergedWords, mergedTags), m, "NER");
    String[] result = new String[n];
    for (int i = 0; i < n; i++) {
      result[i] = byGroup[group[i]];
    }
    return result;
  }

  /**
   * {@return for each token, the index of the word it belongs to in CoreNLP's NER tokenisation, or
   * null when no tokens join} A hyphen written right after a word joins it unless it ends the
   * sentence or an exception word follows; a word written right after a word ending in a hyphen
   * joins it unless it is an exception word.
   */
  private static int[] hyphenGroups(List<CoreLabel> labels, String[] words) {
    int n = words.length;
    int[] group = null;
    int m = 0;
    for (int i = 0; i < n; i++) {
      boolean merge = false;
      if (i > 0 && labels.get(i - 1).endPosition() == labels.get(i).beginPosition()) {
        if (words[i].equals("-")) {
          merge = i + 1 < n && !NO_MERGE_AFTER_HYPHEN.contains(words[i + 1]);
        } else {
          // the joined word so far ends with the previous token
          merge = words[i - 1].endsWith("-") && !NO_MERGE_AFTER_HYPHEN.contains(words[i]);
        }
      }
      if (merge && group == null) {
        group = new int[n];
        for (int k = 0; k < i; k++) {
          group[k] = k;
        }
      }
      if (!merge) {
        m++;
      }
      if (group != null) {
        group[i] = m - 1;
      }
    }
    return group;
  }

  /**
   * Gives every token of a hyphen-joined word one label, as the teacher (CoreNLP, which labels the
   * joined word whole) always does: the label most of its tokens have, ties going to the earliest.
   * A per-token tagger can otherwise split "52-year-old" into fragments such as "52-" and "-old".
   */
  static String[] oneLabelPerGroup(String[] labels, int[] group) {
    int n = labels.length;
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && group[end] == group[start]) {
        end++;
      }
      if (end - start > 1) {
        String best = labels[start];
        int bestCount = 0;
        for (int i = start; i < end; i++) {
          int count = 0;
          for (int j = start; j < end; j++) {
            if (labels[j].equals(labels[i])) {
              count++;
            }
          }
          if (count > bestCount) {
            best = labels[i];
            bestCount = count;
          }
        }
        for (int i = start; i < end; i++) {
          labels[i] = best;
        }
      }
      start = end;
    }
    return labels;
  }

  private static String[] checked(String[] out, int n, String what) {
    if (out == null || out.length != n) {
      throw new IllegalStateException(what + " tagger returned " + (out == null ? "null" : out.length + " tags")
          + " for " + n + " words");
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        throw new IllegalStateException(what + " tagger returned a null tag at " + i);
      }
    }
    return out;
  }

  /** CoreNLP's lemma annotator, step for step: phrasal verbs, else Morphology's lemma of word and tag. */
  static String lemma(Morphology morphology, String word, String tag) {
    if (tag.isEmpty()) {
      return morphology.stem(word);
    }
    if (tag.startsWith("VB") && word.indexOf('_') >= 0) {
      String[] parts = word.split("_");
      if (parts.length == 2 && PARTICLES.contains(parts[1])) {
        return morphology.lemma(parts[0], tag) + '_' + parts[1];
      }
    }
    return morphology.lemma(word, tag);
  }

  private AnnotatedArticle build(AnnotatedArticle out, String text, List<Piece> pieces) {
    int length = text.length();
    List<Sentence> sentences = new ArrayList<>(pieces.size());
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Piece piece : pieces) {
      List<CoreLabel> labels = piece.labels;
      int n = labels.size();
      int start = clamp(labels.get(0).beginPosition(), length);
      int end = clamp(labels.get(n - 1).endPosition(), length);
      if (end <= start) {
        continue;
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, new Span(start, end)));
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        int b = clamp(l.beginPosition(), length);
        int e = clamp(l.endPosition(), length);
        if (e <= b) {
          continue;
        }
        tokens.add(new Token(index, new Span(b, e), text.substring(b, e),
            piece.tags == null ? null : piece.tags[i], piece.lemmas == null ? null : piece.lemmas[i]));
      }
      if (piece.ner != null) {
        addMentions(out, text, piece, mentions);
      }
    }
    return out.withSentences(sentences).withTokens(tokens).withMentions(mentions);
  }

  private static void addMentions(AnnotatedArticle out, String text, Piece piece, List<Mention> mentions) {
    String[] labels = piece.ner;
    int n = labels.length;
    int i = 0;
    while (i < n) {
      String label = labels[i];
      int j = i + 1;
      if (label.equals("O")) {
        i = j;
        continue;
      }
      while (j < n && labels[j].equals(label)) {
        j++;
      }
      EntityType type = CoreNlpAnalyzer.typeOf(label);
      int b = piece.labels.get(i).beginPosition();
      int e = piece.labels.get(j - 1).endPosition();
      // CoreNLP's entity mentions include pronouns for KBP coreference; they are not names
      if (type != null && b >= 0 && e <= text.length() && e > b && !allPronouns(piece.tags, i, j)) {
        Span span = new Span(b, e);
        mentions.add(new Mention(MentionId.of(out.id().value() + "#m" + mentions.size()), span,
            text.substring(b, e), type, null, new Provenance(out.id(), span, INFO.ref(), 0.8)));
      }
      i = j;
    }
  }

  private static boolean allPronouns(String[] tags, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tags[k];
      if (!(tag.startsWith("PRP") || tag.startsWith("WP"))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<String> nerTags(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    if (words.isEmpty()) {
      return out;
    }
    String[] w = new String[words.size()];
    for (int i = 0; i < w.length; i++) {
      String word = words.get(i);
      if (word == null || word.isEmpty()) {
        throw new IllegalArgumentException("empty word at index " + i);
      }
      w[i] = word;
    }
    if (!settings.ner() || w.length > settings.maxSentenceTokens()) {
      for (int i = 0; i < w.length; i++) {
        out.add("O");
      }
      return out;
    }
    String[] tags = checked(pos.tag(w), w.length, "POS");
    out.addAll(Arrays.asList(checked(ner.tag(w, tags), w.length, "NER")));
    return out;
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }
}
