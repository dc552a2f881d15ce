package org.storyline.engine;

import java.util.Locale;
import org.storyline.nlp.LanguageAnalyzer;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.tagger.TaggerAnalyzer;

/**
 * Which language-analysis engine a run uses: the one place where the choice becomes an analyzer.
 * Every command that analyses text takes {@code --engine fast|fastest|corenlp}; the engine's stage name
 * ({@code nlp.tagger} or {@code nlp.corenlp}) is recorded in the provenance of every mention, so a
 * stored article tells which engine analysed it.
 */
public enum Engine {
  /**
   * Storyline's own POS and NER taggers, CoreNLP's CRF for the names of every sentence that has a
   * name decision ({@link TaggerAnalyzer#defaults}): the default, entity accuracy of the reference.
   */
  FAST("fast"),
  /** Storyline's own POS and NER taggers alone ({@link TaggerAnalyzer#studentOnly}): fastest, fewer entities right. */
  FASTEST("fastest"),
  /** Stanford CoreNLP ({@link CoreNlpAnalyzer}): the reference the fast engine is measured against. */
  CORENLP("corenlp");

  /** The engine used when none is chosen. */
  public static final Engine DEFAULT = FAST;

  private final String id;

  Engine(String id) {
    this.id = id;
  }

  /** {@return the name used on the command line and in reports: {@code fast}, {@code fastest} or {@code corenlp}} */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * {@return the engine named {@code name}} Case and surrounding blanks are ignored.
   *
   * @throws IllegalArgumentException for any other name, with a message listing the valid ones
   */
  public static Engine parse(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (Engine e : values()) {
      if (e.id.equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown engine '" + name + "' (expected fast, fastest or corenlp)");
  }

  /** {@return this engine's analyzer with the given limits, models loaded (seconds for CoreNLP)} */
  public LanguageAnalyzer analyzer(CoreNlpAnalyzer.Settings settings) {
    return switch (this) {
      case FAST -> TaggerAnalyzer.defaults(settings);
      case FASTEST -> TaggerAnalyzer.studentOnly(settings);
      case CORENLP -> new CoreNlpAnalyzer(settings);
    };
  }

  /** {@return this engine's analyzer with the sentence and tagging-time limits of {@code limits}, NER on} */
  public LanguageAnalyzer analyzer(Limits limits) {
    return analyzer(limits.coreNlp());
  }
}
