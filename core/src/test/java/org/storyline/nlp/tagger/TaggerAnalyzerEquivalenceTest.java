package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Mention;
import org.storyline.model.Token;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.corenlp.SharedAnalyzer;
import org.storyline.testkit.Docs;

/**
 * TaggerAnalyzer around CoreNLP's own POS and NER models gives exactly what CoreNlpAnalyzer gives:
 * the same sentences, tokens (text, span, POS, lemma) and mentions (span, text, type). This pins
 * the tokenizer, sentence splitter, lemmatiser, NER tokenisation and mention building of the fast
 * engine to the reference, so that any difference between the engines comes from the taggers.
 *
 * <p>One deliberate difference: CoreNLP adds a PERSON mention for every personal pronoun (for its
 * coreference) and CoreNlpAnalyzer drops those only when the pronoun is tagged as one; a pronoun
 * mis-tagged (e.g. "he" as UH before "’s") stays a "name" there. TaggerAnalyzer makes mentions
 * from NER labels only, so those pronoun mentions are left out of the comparison.
 */
class TaggerAnalyzerEquivalenceTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private static CoreNlpAnalyzer reference;
  private static TaggerAnalyzer fast;

  @BeforeAll
  static void load() {
    reference = SharedAnalyzer.get();
    fast = new TaggerAnalyzer(CoreNlpAnalyzer.Settings.defaults(), CoreNlpTaggers.pos(), CoreNlpTaggers.ner(),
        TaggerAnalyzer.NerWords.HYPHENS_JOINED);
  }

  @Test
  void givesTheSameSentencesTokensAndMentionsAsCoreNlpOnTheSeedArticles() throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seeds).hasSize(5);
    int tokens = 0;
    int mentions = 0;
    for (Path seed : seeds) {
      AnnotatedArticle doc = Docs.article(Files.readString(seed, StandardCharsets.UTF_8));
      AnnotatedArticle expected = reference.apply(doc);
      AnnotatedArticle actual = fast.apply(doc);
      assertSame(seed.getFileName().toString(), expected, actual);
      tokens += expected.tokens().size();
      mentions += expected.mentions().size();
    }
    // the seeds are real news: thousands of tokens, a few hundred names
    assertThat(tokens).isGreaterThan(3_000);
    assertThat(mentions).isGreaterThan(100);
  }

  @Test
  void givesTheSameAnalysisOnAwkwardText() {
    String text = "U.S.-Russia talks: the Trump-Putin summit (in \"Alaska\") [ended] {early}.\n"
        + "A Moscow-based envoy \u2014 Steve Witkoff \u2014 said\u00a0it's 5-4; e-mail co-operation turned_off.\r\n"
        + "\tHe said: \u201cWe'll see.\u201d Mr. Zelensky's aides paid $90 billion, 30% up - or 1,000 rubles.\n\n"
        + "Kyiv - Ukraine \u2013 Berlin-Brandenburg and well-known Kremlin-backed groups\u0007 met \ud83d\ude00 today...";
    AnnotatedArticle doc = Docs.article(text);
    assertSame("awkward", reference.apply(doc), fast.apply(doc));
  }

  @Test
  void labelsPreTokenisedWordsLikeCoreNlp() {
    List<String> words = List.of("Volodymyr", "Zelensky", "met", "Donald", "Trump", "in", "Washington", "on",
        "Friday", "with", "$", "90", "billion", ".");
    assertThat(fast.nerTags(words)).isEqualTo(reference.nerTags(words));
  }

  private static void assertSame(String name, AnnotatedArticle expected, AnnotatedArticle actual) {
    assertThat(actual.sentences()).as(name + " sentences").isEqualTo(expected.sentences());
    assertThat(tokenLines(actual)).as(name + " tokens").isEqualTo(tokenLines(expected));
    assertThat(mentionLines(actual)).as(name + " mentions").isEqualTo(mentionLines(expected));
    for (int i = 0; i < actual.mentions().size(); i++) {
      assertThat(actual.mentions().get(i).id().value()).endsWith("#m" + i);
      assertThat(actual.mentions().get(i).provenance().producedBy().name()).isEqualTo("nlp.tagger");
    }
    assertThat(actual.diagnostics()).extracting(d -> d.code()).as(name + " diagnostics")
        .isEqualTo(expected.diagnostics().stream().map(d -> d.code()).toList());
  }

  private static List<String> tokenLines(AnnotatedArticle doc) {
    List<String> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      out.add(t.sentence() + " " + t.span() + " " + t.text() + " " + t.pos() + " " + t.lemma());
    }
    return out;
  }

  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
      "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us",
      "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose");

  private static List<String> mentionLines(AnnotatedArticle doc) {
    List<String> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (!PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
        out.add(m.span() + " " + m.text() + " " + m.type());
      }
    }
    return out;
  }
}
