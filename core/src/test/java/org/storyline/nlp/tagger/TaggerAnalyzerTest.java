package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Sentence;
import org.storyline.model.Token;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer.Settings;
import org.storyline.testkit.Docs;

/**
 * TaggerAnalyzer with hand-written taggers (no model loaded): what it builds from the taggers'
 * output, and its limits. Equality with CoreNLP is pinned by TaggerAnalyzerEquivalenceTest.
 */
class TaggerAnalyzerTest {
  private static TaggerAnalyzer analyzer() {
    return new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, FakeTaggers.NER);
  }

  @Test
  void buildsSentencesTokensLemmasAndTypedMentionsWithSpansIntoTheText() {
    String text = "Vladimir Putin met Zelensky in Geneva.\nOfficials said 3 talks ended.";
    AnnotatedArticle doc = analyzer().apply(Docs.article(text));
    assertThat(doc.sentences()).extracting(Sentence::index).containsExactly(0, 1);
    assertThat(doc.sentences().get(0).span().coveredText(text)).isEqualTo("Vladimir Putin met Zelensky in Geneva.");
    Token met = doc.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
    assertThat(met.pos()).isEqualTo("VBD");
    assertThat(met.lemma()).isEqualTo("meet");
    Token talks = doc.tokens().stream().filter(t -> t.text().equals("talks")).findFirst().orElseThrow();
    assertThat(talks.lemma()).isEqualTo("talk");
    assertThat(doc.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Vladimir Putin", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Zelensky", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Geneva", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("Officials", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("3", EntityType.NUMBER));
    for (Mention m : doc.mentions()) {
      assertThat(m.span().coveredText(text)).isEqualTo(m.text());
      assertThat(m.entity()).isNull();
      assertThat(m.provenance().producedBy()).isEqualTo(TaggerAnalyzer.INFO.ref());
    }
    assertThat(doc.mentions()).extracting(m -> m.id().value()).containsExactly("test#m0", "test#m1", "test#m2",
        "test#m3", "test#m4");
    assertThat(TaggerAnalyzer.INFO.name()).isEqualTo("nlp.tagger");
  }

  @Test
  void dropsMentionsMadeOnlyOfPronounsAndIgnoresLabelsWithoutAType() {
    NerTagging withDates = (words, tags) -> {
      String[] labels = FakeTaggers.NER.tag(words, tags);
      for (int i = 0; i < words.length; i++) {
        if (words[i].equals("Monday")) {
          labels[i] = "DATE";
        }
      }
      return labels;
    };
    AnnotatedArticle doc = new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, withDates)
        .apply(Docs.article("He said they met Putin on Monday."));
    assertThat(doc.mentions()).extracting(Mention::text).containsExactly("Putin");
  }

  @Test
  void givesTheNerTaggerTheTokensOrCoreNlpsHyphenJoinedWords() {
    List<List<String>> seen = new ArrayList<>();
    NerTagging recording = (words, tags) -> {
      seen.add(Arrays.asList(words));
      return FakeTaggers.NER.tag(words, tags);
    };
    String text = "the Trump-Putin summit and a Moscow-based envoy - Witkoff - met.";
    new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, recording).apply(Docs.article(text));
    assertThat(seen).containsExactly(List.of("the", "Trump", "-", "Putin", "summit", "and", "a", "Moscow", "-",
        "based", "envoy", "-", "Witkoff", "-", "met", "."));
    seen.clear();
    AnnotatedArticle joined = new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, recording,
        TaggerAnalyzer.NerWords.HYPHENS_JOINED).apply(Docs.article(text));
    // "Moscow-based" stays apart as CoreNLP keeps it; spaced dashes are not joined
    assertThat(seen).containsExactly(List.of("the", "Trump-Putin", "summit", "and", "a", "Moscow", "-", "based",
        "envoy", "-", "Witkoff", "-", "met", "."));
    // the joined word's label goes to each of its tokens, so the mention covers the whole word
    assertThat(joined.mentions()).extracting(Mention::text).contains("Trump-Putin", "Witkoff");
  }

  @Test
  void aTokenTaggerHandsItsFallbackTheHyphenGroupsSoOnlyWrittenTogetherWordsJoin() {
    List<int[]> groups = new ArrayList<>();
    NerTagging grouping = new NerTagging() {
      @Override
      public String[] tag(String[] words, String[] tags) {
        return FakeTaggers.NER.tag(words, tags);
      }

      @Override
      public String[] tag(String[] words, String[] tags, int[] wordOf) {
        groups.add(wordOf);
        return tag(words, tags);
      }
    };
    String text = "the Trump-Putin summit and a Moscow-based envoy - Witkoff - met.";
    new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, grouping).apply(Docs.article(text));
    // tokens: the Trump - Putin summit and a Moscow - based envoy - Witkoff - met .
    // "Trump-Putin" is one word; "Moscow-based" stays two (CoreNLP's exception) and the spaced
    // dashes stay apart, whatever tag the hyphens got
    assertThat(groups).singleElement().satisfies(g ->
        assertThat(g).containsExactly(0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
    groups.clear();
    new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, grouping).apply(Docs.article("Putin met Trump."));
    assertThat(groups).singleElement().isNull();
  }

  @Test
  void tokensOfOneHyphenatedWordGetTheLabelMostOfThemHave() {
    // a per-token tagger that marks only numbers: "52-year-old" must not become a mention "52-"
    NerTagging numbersOnly = (words, tags) -> {
      String[] labels = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        labels[i] = words[i].equals("52") || words[i].equals("3") ? "NUMBER"
            : words[i].equals("Trump") || words[i].equals("Putin") ? "PERSON" : "O";
      }
      return labels;
    };
    String text = "a 52-year-old envoy met 3 Trump-Putin aides - 3 - in Kyiv.";
    AnnotatedArticle doc = new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, numbersOnly).apply(Docs.article(text));
    // 52 - year - old: O wins 4 to 1; Trump - Putin: PERSON wins 2 to 1; spaced dashes join nothing
    assertThat(doc.mentions()).extracting(Mention::text).containsExactly("3", "Trump-Putin", "3");
    assertThat(TaggerAnalyzer.oneLabelPerGroup(new String[] {"A", "B", "B", "C", "A"}, new int[] {0, 0, 0, 1, 2}))
        .containsExactly("B", "B", "B", "C", "A");
    assertThat(TaggerAnalyzer.oneLabelPerGroup(new String[] {"A", "B"}, new int[] {0, 0})).containsExactly("A", "A");
  }

  @Test
  void splitsOverlongSentencesIntoUntaggedPiecesWithW210() {
    String text = "word ".repeat(600) + "end. Putin met Zelensky in Geneva.";
    AnnotatedArticle doc = analyzer().apply(Docs.article(text));
    assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(CoreNlpAnalyzer.LONG_SENTENCE);
      assertThat(d.stage()).isEqualTo("nlp.tagger");
      assertThat(d.message()).contains("602 tokens (limit 250): split into 3 pieces");
    });
    assertThat(doc.sentences()).hasSize(4);
    for (Sentence s : doc.sentences()) {
      assertThat(doc.tokensOf(s.index())).hasSizeLessThanOrEqualTo(250);
    }
    assertThat(doc.tokens()).hasSize(601 + 7);
    assertThat(doc.tokens().get(0).pos()).isEmpty();
    assertThat(doc.mentions()).extracting(Mention::text).containsExactly("Putin", "Zelensky", "Geneva");
  }

  @Test
  void stopsTaggingAtTheTimeLimitWithW802AndKeepsTheTokens() {
    // a clock that advances one minute per reading: the limit passes after the first chunk
    AtomicLong now = new AtomicLong();
    TaggerAnalyzer slow = new TaggerAnalyzer(Settings.defaults().withMaxTimePerArticle(Duration.ofSeconds(90)), FakeTaggers.POS,
        FakeTaggers.NER, TaggerAnalyzer.NerWords.TOKENS, () -> now.addAndGet(60_000_000_000L));
    String sentence = "Putin met Zelensky in Geneva on Monday, officials said. ";
    int sentences = TaggerAnalyzer.CHUNK_TOKENS / 5;
    String text = sentence.repeat(sentences);
    AnnotatedArticle doc = slow.apply(Docs.article(text));
    assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(CoreNlpAnalyzer.TIME_LIMIT);
      assertThat(d.message()).contains("time limit of 90 s");
    });
    assertThat(doc.sentences()).hasSize(sentences);
    assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.span().coveredText(text)).isEqualTo(t.text()));
    // sentences of 11 tokens: the first chunk holds 90 of them, the rest are untagged
    assertThat(doc.tokens().get(0).pos()).isEqualTo("NNP");
    assertThat(doc.tokensOf(89).get(0).pos()).isEqualTo("NNP");
    assertThat(doc.tokensOf(90).get(0).pos()).isEmpty();
    // Putin, Zelensky, Geneva and (for these taggers) Monday in each tagged sentence
    assertThat(doc.mentions()).hasSize(90 * 4);
  }

  @Test
  void anInterruptedThreadEndsTheArticleWithACancellation() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> analyzer().apply(Docs.article("Putin met Zelensky.")))
          .isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void handlesEmptyAndBlankText() {
    assertThat(analyzer().apply(Docs.article("")).sentences()).isEmpty();
    AnnotatedArticle blank = analyzer().apply(Docs.article(" \n\n\t "));
    assertThat(blank.sentences()).isEmpty();
    assertThat(blank.tokens()).isEmpty();
  }

  @Test
  void withoutNerMakesNoMentionsAndNeedsNoNerTagger() {
    TaggerAnalyzer posOnly = new TaggerAnalyzer(new Settings(false, 250), FakeTaggers.POS, null);
    AnnotatedArticle doc = posOnly.apply(Docs.article("Putin met Zelensky in Geneva."));
    assertThat(doc.tokens()).extracting(Token::pos).containsExactly("NNP", "VBD", "NNP", "NNS", "NNP", ".");
    assertThat(doc.mentions()).isEmpty();
    assertThat(posOnly.nerTags(List.of("Putin", "met"))).containsExactly("O", "O");
  }

  @Test
  void tagsPreTokenisedWordsAndRejectsEmptyOnes() {
    assertThat(analyzer().nerTags(List.of("Putin", "met", "Zelensky", "in", "Geneva", "."))).containsExactly(
        "PERSON", "O", "PERSON", "O", "LOCATION", "O");
    assertThat(analyzer().nerTags(List.of())).isEmpty();
    List<String> tooLong = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      tooLong.add("Putin");
    }
    assertThat(analyzer().nerTags(tooLong)).hasSize(300).containsOnly("O");
    assertThatThrownBy(() -> analyzer().nerTags(List.of("Putin", ""))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTaggerReturningTheWrongNumberOfTagsIsAProgrammingError() {
    PosTagging broken = words -> new String[] {"NN"};
    assertThatThrownBy(() -> new TaggerAnalyzer(Settings.defaults(), broken, FakeTaggers.NER)
        .apply(Docs.article("Putin met Zelensky.")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("POS tagger returned 1 tags for 4 words");
    assertThatThrownBy(() -> new TaggerAnalyzer(Settings.defaults(), FakeTaggers.POS, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lemmatisesPhrasalVerbsWrittenWithAnUnderscoreAsCoreNlpDoes() {
    var morphology = new edu.stanford.nlp.process.Morphology();
    assertThat(TaggerAnalyzer.lemma(morphology, "turned_off", "VBD")).isEqualTo("turn_off");
    assertThat(TaggerAnalyzer.lemma(morphology, "talks", "NNS")).isEqualTo("talk");
    assertThat(TaggerAnalyzer.lemma(morphology, "was", "VBD")).isEqualTo("be");
  }
}
