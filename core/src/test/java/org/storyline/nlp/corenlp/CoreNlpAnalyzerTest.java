package org.storyline.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Token;
import org.storyline.testkit.Docs;

class CoreNlpAnalyzerTest {
  private static CoreNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = SharedAnalyzer.get();
  }

  @Test
  void splitsSentencesAtNewlinesAndTagsPartsOfSpeech() {
    AnnotatedArticle doc = analyzer.apply(Docs.article("The Agreement and What It Signals\n"
        + "Ushakov said the meeting was suggested by the American side. Putin agreed."));
    assertThat(doc.sentences()).hasSize(3);
    Token said = doc.tokens().stream().filter(t -> t.text().equals("said")).findFirst().orElseThrow();
    assertThat(said.pos()).isEqualTo("VBD");
    assertThat(said.lemma()).isEqualTo("say");
  }

  @Test
  void findsPeoplePlacesAndMoneyWithSpansIntoTheText() {
    String text = "Ukrainian President Volodymyr Zelensky met Donald Trump in Washington. "
        + "Zelensky outlined a plan to buy $90 billion of weapons.";
    AnnotatedArticle doc = analyzer.apply(Docs.article(text));
    List<Mention> mentions = doc.mentions();
    assertThat(mentions).extracting(Mention::text)
        .contains("Volodymyr Zelensky", "Donald Trump", "Washington");
    assertThat(mentions).filteredOn(m -> m.text().equals("Donald Trump"))
        .extracting(Mention::type).containsOnly(EntityType.PERSON);
    assertThat(mentions).anyMatch(m -> m.type() == EntityType.MONEY && m.text().contains("90 billion"));
    for (Mention m : mentions) {
      assertThat(m.span().coveredText(text)).isEqualTo(m.text());
    }
    for (Token t : doc.tokens()) {
      assertThat(t.span().coveredText(text)).isEqualTo(t.text());
    }
  }

  @Test
  void tagTextGivesTheTokensPosAndPerTokenNerOfTheSameRun() {
    String text = "Vladimir Putin met Donald Trump in Alaska.\nThe summit lasted 3 hours.";
    List<CoreNlpAnalyzer.TaggedSentence> sentences = analyzer.tagText(text);
    assertThat(sentences).hasSize(2);
    CoreNlpAnalyzer.TaggedSentence first = sentences.get(0);
    assertThat(first.words()).containsExactly("Vladimir", "Putin", "met", "Donald", "Trump", "in", "Alaska", ".");
    assertThat(first.nerTags()).containsExactly("PERSON", "PERSON", "O", "PERSON", "PERSON", "O", "LOCATION", "O");
    AnnotatedArticle doc = analyzer.apply(Docs.article(text));
    assertThat(first.posTags()).containsExactlyElementsOf(doc.tokensOf(0).stream().map(Token::pos).toList());
    assertThat(sentences.get(1).nerTags().get(3)).isIn("NUMBER", "DURATION");
  }

  @Test
  void doesNotReportPronounsAsNames() {
    AnnotatedArticle doc = analyzer.apply(Docs.article("Donald Trump said he would meet Putin. His aides agreed."));
    assertThat(doc.mentions()).extracting(Mention::text).doesNotContain("he", "His");
  }

  @Test
  void leavesOverlongSentencesUntaggedWithAWarning() {
    String text = "word ".repeat(600) + "end. Putin met Zelensky in Geneva.";
    AnnotatedArticle doc = analyzer.apply(Docs.article(text));
    assertThat(doc.diagnostics()).anyMatch(d -> d.code().equals("W210") && d.message().contains("split into 3 pieces"));
    // no later stage sees a sentence over the limit
    for (org.storyline.model.Sentence s : doc.sentences()) {
      assertThat(doc.tokensOf(s.index())).hasSizeLessThanOrEqualTo(CoreNlpAnalyzer.Settings.DEFAULT_MAX_SENTENCE_TOKENS);
    }
    assertThat(doc.tokens()).hasSize(601 + 7);
    assertThat(doc.tokens().get(0).pos()).isEmpty();
    // the sentence after it is tagged as usual
    assertThat(doc.mentions()).extracting(Mention::text).contains("Putin", "Zelensky", "Geneva");
  }

  @Test
  void stopsTaggingAtTheTimeLimitAndKeepsTheTokens() {
    // a clock that advances one minute per reading: the limit passes after the first chunk
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    CoreNlpAnalyzer slow = new CoreNlpAnalyzer(CoreNlpAnalyzer.Settings.defaults()
        .withMaxTimePerArticle(java.time.Duration.ofSeconds(90)), () -> now.addAndGet(60_000_000_000L));
    String sentence = "Putin met Zelensky in Geneva on Monday, officials said. ";
    String text = sentence.repeat(CoreNlpAnalyzer.CHUNK_TOKENS / 5);
    AnnotatedArticle doc = slow.apply(Docs.article(text));
    assertThat(doc.diagnostics()).filteredOn(d -> d.code().equals(CoreNlpAnalyzer.TIME_LIMIT)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("time limit of 90 s"));
    assertThat(doc.sentences()).hasSize(CoreNlpAnalyzer.CHUNK_TOKENS / 5);
    assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.span().coveredText(text)).isEqualTo(t.text()));
    // the first chunk was tagged, the last sentence was not
    assertThat(doc.tokens().get(0).pos()).isEqualTo("NNP");
    assertThat(doc.tokens().get(doc.tokens().size() - 1).pos()).isEmpty();
    assertThat(doc.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.span().end()).isLessThan(text.length() / 2));
  }

  @Test
  void handlesEmptyText() {
    AnnotatedArticle doc = analyzer.apply(Docs.article(""));
    assertThat(doc.sentences()).isEmpty();
    assertThat(doc.mentions()).isEmpty();
  }

  @Test
  void tagsAPretokenisedSentenceWordForWord() {
    List<String> words = List.of("U.N.", "official", "Ekeus", "heads", "for", "Baghdad", "(", "Iraq", ")", ".");
    List<String> tags = analyzer.nerTags(words);
    assertThat(tags).hasSize(words.size());
    assertThat(tags.get(0)).isEqualTo("ORGANIZATION");
    assertThat(tags.get(2)).isEqualTo("PERSON");
    assertThat(tags.get(5)).isEqualTo("LOCATION");
    assertThat(tags.get(7)).isEqualTo("LOCATION");
    assertThat(tags.get(1)).isEqualTo("O");
  }

  @Test
  void pretokenisedTaggingNeverSplitsOrMergesWords() {
    List<String> words = List.of("don't", "stop", "at", "3:30pm", "in", "New", "York-based", "firms");
    assertThat(analyzer.nerTags(words)).hasSize(words.size());
    assertThat(analyzer.nerTags(List.of())).isEmpty();
  }
}
