package org.storyline.engine;

import java.time.Duration;
import org.storyline.ingest.IngestLimits;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.quotes.QuoteAttributor;

/**
 * Every bound input can reach during one {@code analyze} run, in one place (README "Limits"). What
 * goes over a limit becomes a diagnostic; nothing over a limit is allowed to exhaust memory or stall
 * the batch.
 *
 * @param ingest file, record, HTML, text, directory-depth and decompression limits (E104, E109,
 *     E111, E801)
 * @param maxSentenceTokens longest sentence tagged by the language analyzer (either engine); longer ones are split into pieces of
 *     this many tokens and left untagged (W210)
 * @param maxTaggingTimePerArticle language-analysis time one article may use; the sentences not tagged by then
 *     keep their tokens but get no POS and entities (W802)
 * @param maxMentionsPerEntity mentions of one name, and of one linked entity, kept per article
 *     (W804)
 * @param maxQuotesPerArticle quotes kept per article, each of quoted and reported speech (W351)
 * @param maxAnalysisTimePerArticle wall-clock time the whole pipeline may spend on one article;
 *     past it the article is abandoned, not stored, and the batch goes on (E803)
 */
public record Limits(
    IngestLimits ingest,
    int maxSentenceTokens,
    Duration maxTaggingTimePerArticle,
    int maxMentionsPerEntity,
    int maxQuotesPerArticle,
    Duration maxAnalysisTimePerArticle) {
  /** How much longer than the tagging limit the whole analysis of an article may take. */
  public static final int ANALYSIS_TO_TAGGING_RATIO = 3;

  public Limits {
    if (ingest == null) {
      throw new IllegalArgumentException("ingest limits required");
    }
    if (maxSentenceTokens < 10 || maxMentionsPerEntity < 1 || maxQuotesPerArticle < 1) {
      throw new IllegalArgumentException("limits must be positive (sentence tokens >= 10): " + maxSentenceTokens
          + ", " + maxMentionsPerEntity + ", " + maxQuotesPerArticle);
    }
    if (!positive(maxTaggingTimePerArticle) || !positive(maxAnalysisTimePerArticle)) {
      throw new IllegalArgumentException("time limits must be positive: " + maxTaggingTimePerArticle + ", "
          + maxAnalysisTimePerArticle);
    }
  }

  private static boolean positive(Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }

  /**
   * {@return the default limits} 64 MiB files, 16 MiB records, 1,000,000-char articles, 250-token
   * sentences, 120 s of tagging and 360 s of analysis per article, 1,000 mentions per entity, 500
   * quotes per article, compressed input expanding at most 100 times its size (at least to 64 MiB)
   * and to at most 16 GiB, HTML nesting work of 200 million.
   */
  public static Limits defaults() {
    Duration tagging = CoreNlpAnalyzer.Settings.DEFAULT_MAX_TIME_PER_ARTICLE;
    return new Limits(IngestLimits.defaults(), CoreNlpAnalyzer.Settings.DEFAULT_MAX_SENTENCE_TOKENS, tagging,
        EntityLinker.DEFAULT_MAX_MENTIONS_PER_ENTITY, QuoteAttributor.DEFAULT_MAX_QUOTES,
        tagging.multipliedBy(ANALYSIS_TO_TAGGING_RATIO));
  }

  /** {@return a copy with another article-length limit (chars)} */
  public Limits withMaxArticleChars(int chars) {
    return new Limits(ingest.withMaxTextChars(chars), maxSentenceTokens, maxTaggingTimePerArticle,
        maxMentionsPerEntity, maxQuotesPerArticle, maxAnalysisTimePerArticle);
  }

  /**
   * {@return a copy with another time limit per article} CoreNLP tagging may take {@code limit};
   * the whole analysis {@value #ANALYSIS_TO_TAGGING_RATIO} times as long.
   */
  public Limits withTimePerArticle(Duration limit) {
    if (!positive(limit)) {
      throw new IllegalArgumentException("time limit must be positive: " + limit);
    }
    return new Limits(ingest, maxSentenceTokens, limit, maxMentionsPerEntity, maxQuotesPerArticle,
        limit.multipliedBy(ANALYSIS_TO_TAGGING_RATIO));
  }

  /** {@return the language-analysis settings these limits imply (NER on), for either engine} */
  public CoreNlpAnalyzer.Settings coreNlp() {
    return new CoreNlpAnalyzer.Settings(true, maxSentenceTokens, maxTaggingTimePerArticle);
  }
}
