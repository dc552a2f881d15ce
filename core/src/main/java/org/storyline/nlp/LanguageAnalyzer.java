package org.storyline.nlp;

import java.util.List;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;

/**
 * The language-analysis stage: sentences, tokens (Penn Treebank POS, lemma) and named-entity
 * mentions of an article's text. Requires {@link Layer#TEXT}; provides {@link Layer#SENTENCES},
 * {@link Layer#TOKENS} and {@link Layer#MENTIONS} (entity links left null). Two engines meet this
 * contract: Stanford CoreNLP ({@code org.storyline.nlp.corenlp.CoreNlpAnalyzer}, the reference) and
 * Storyline's own taggers ({@code org.storyline.nlp.tagger.TaggerAnalyzer}, the fast default); both
 * tokenise and split sentences identically, and both honour the same per-article limits (W210 long
 * sentences left untagged, W802 time limit, a thread interrupt ends the article with a {@link
 * java.util.concurrent.CancellationException}). The stage name in provenance tells which engine
 * analysed an article. Implementations load their models in the constructor and are thread-safe.
 */
public interface LanguageAnalyzer extends Stage {
  /**
   * Tags one pre-tokenised sentence with named-entity labels, one per word: {@code PERSON},
   * {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}, numeric classes ({@code NUMBER}, {@code
   * MONEY}, {@code PERCENT}, ...) or {@code O}. The words are taken as they are (no re-tokenisation,
   * no sentence splitting). Sentences longer than the analyzer's sentence limit, and analyzers
   * built without NER, give all {@code O}.
   *
   * @throws IllegalArgumentException when a word is null or empty
   */
  List<String> nerTags(List<String> words);
}
