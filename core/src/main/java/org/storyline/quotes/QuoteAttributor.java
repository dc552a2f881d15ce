package org.storyline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Finds quotes in an article and attributes them to speakers (stage {@code quotes.attributor/v1}).
 *
 * <p>Requires SENTENCES, TOKENS, MENTIONS, ENTITY_LINKS; provides QUOTES. Adds:
 *
 * <ul>
 *   <li>every passage in quotation marks ({@link QuoteScanner}): content without the marks; an
 *       unclosed quote ends at the end of its sentence, with lower confidence;
 *   <li>reported speech without marks ("according to X, …", "X said that …", "X said the talks
 *       failed", "The museum, X said, would …", "…, officials said") as {@link
 *       QuoteKind#REPORTED}, ending before a second attributed clause inside it;
 *   <li>a speaker for each, found by ordered {@link Sieve}s, highest precision first, each named in
 *       the quote's provenance. The speaker is an {@code ActorRef} with the span and text of the
 *       named mention (for a pronoun: of its antecedent) and that mention's entity id.
 * </ul>
 *
 * <p>Short quoted phrases with no cue ("America First" policy, a "settled" war) are not speech:
 * they are kept as {@link QuoteKind#PARTIAL} with no speaker and confidence {@code 0.15} ({@link
 * Sieve#SCARE}); {@link #isSpeech(Quote)} separates them from speech.
 *
 * <p>Runs in O(n log n) in the length of the article: every look-around is bounded. At most {@code
 * maxQuotes} quoted and {@code maxQuotes} reported quotes are kept per article (diagnostic W351).
 * Diagnostics: W351 cap reached, W352 unbalanced quotation marks, W353 missing sentences or tokens,
 * W354 annotations outside the text ignored. Immutable and thread-safe.
 */
public final class QuoteAttributor implements Stage {
  /** The stage name. */
  public static final String NAME = "quotes.attributor";
  /** The stage version. */
  public static final String VERSION = "v1";
  /** Default cap on quotes per article (each of quoted and reported). */
  public static final int DEFAULT_MAX_QUOTES = 500;

  private static final StageInfo INFO = new StageInfo(NAME, VERSION,
      Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.ENTITY_LINKS), Set.of(Layer.QUOTES));

  private final CueLexicon cues;
  private final int maxQuotes;

  /** An attributor with the shipped cue lexicon and the default cap. */
  public QuoteAttributor() {
    this(CueLexicon.load(), DEFAULT_MAX_QUOTES);
  }

  /**
   * An attributor with the given lexicon and cap.
   *
   * @throws IllegalArgumentException if {@code maxQuotes < 1}
   */
  public QuoteAttributor(CueLexicon cues, int maxQuotes) {
    if (cues == null || maxQuotes < 1) {
      throw new IllegalArgumentException("need a lexicon and a positive cap, got " + maxQuotes);
    }
    this.cues = cues;
    this.maxQuotes = maxQuotes;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  /**
   * {@return whether a quote reports speech} False only for scare quotes and other short quoted
   * phrases left without a speaker (kind PARTIAL, no speaker).
   */
  public static boolean isSpeech(Quote quote) {
    return quote.speaker() != null || quote.kind() != QuoteKind.PARTIAL;
  }

  /** {@return the article with its quotes (replacing any earlier QUOTES layer) and diagnostics} */
  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    Attribution run = new Attribution(doc, cues, maxQuotes);
    List<Quote> quotes = new ArrayList<>(run.quotes());
    quotes.sort(Comparator.comparing(Quote::span).thenComparing(q -> q.kind().ordinal()));
    AnnotatedArticle out = doc.withQuotes(renumber(doc, quotes));
    for (Diagnostic d : run.diagnostics()) {
      out = out.withDiagnostic(d);
    }
    return out;
  }

  private static List<Quote> renumber(AnnotatedArticle doc, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      out.add(new Quote(doc.id().value() + ":q" + i, q.span(), q.text(), q.kind(), q.speaker(), q.cue(), q.provenance()));
    }
    return out;
  }
}
