package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PosTaggerTest {
  private static final PosTagger TAGGER = PosTagger.defaults();

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void tagsAPlainNewsSentenceAsCoreNlpWould() {
    String[] tags = TAGGER.tag(words("The president said on Tuesday that talks will resume ."));
    assertThat(tags).hasSize(10);
    assertThat(tags[0]).isEqualTo("DT");
    assertThat(tags[1]).isEqualTo("NN");
    assertThat(tags[2]).isEqualTo("VBD");
    assertThat(tags[3]).isEqualTo("IN");
    assertThat(tags[4]).isEqualTo("NNP");
    assertThat(tags[6]).isEqualTo("NNS");
    assertThat(tags[7]).isEqualTo("MD");
    assertThat(tags[8]).isEqualTo("VB");
    assertThat(tags[9]).isEqualTo(".");
  }

  @Test
  void tagsNamesNumbersAndPunctuation() {
    String[] tags = TAGGER.tag(words("Vladimir Putin met Donald Trump in Alaska on 15 August , the Kremlin said ."));
    assertThat(tags[0]).isEqualTo("NNP");
    assertThat(tags[1]).isEqualTo("NNP");
    assertThat(tags[2]).isEqualTo("VBD");
    assertThat(tags[5]).isEqualTo("IN");
    assertThat(tags[6]).isEqualTo("NNP");
    assertThat(tags[8]).isEqualTo("CD");
    assertThat(tags[10]).isEqualTo(",");
    assertThat(tags[11]).isEqualTo("DT");
    assertThat(tags[13]).isEqualTo("VBD");
  }

  @Test
  void tagsBracketsAndQuotesWithPennSymbols() {
    String[] tags = TAGGER.tag(words("`` We will not give up , '' Zelensky ( Ukraine ) said ."));
    assertThat(tags[0]).isEqualTo("``");
    assertThat(tags[6]).isEqualTo("''");
    assertThat(tags[8]).isEqualTo("-LRB-");
    assertThat(tags[10]).isEqualTo("-RRB-");
    String[] escaped = TAGGER.tag(words("Zelensky -LRB- Ukraine -RRB- said ."));
    assertThat(escaped[1]).isEqualTo("-LRB-");
    assertThat(escaped[3]).isEqualTo("-RRB-");
  }

  @Test
  void emptySentenceGivesNoTags() {
    assertThat(TAGGER.tag(new String[0])).isEmpty();
  }

  @Test
  void veryLongSentenceGetsOneKnownTagPerWord() {
    String[] base = words("Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war , officials said ;");
    String[] sentence = new String[base.length * 400];
    for (int i = 0; i < sentence.length; i++) {
      sentence[i] = base[i % base.length];
    }
    String[] tags = TAGGER.tag(sentence);
    assertThat(tags).hasSize(sentence.length).doesNotContainNull();
    assertThat(TAGGER.tagSet()).containsAll(Arrays.asList(tags));
    assertThat(tags[0]).isEqualTo("NNP");
  }

  @Test
  void oddTokensGetTagsWithoutFailing() {
    String[] sentence = {"🙂", "2025", "https://example.org/a?b=c", "news@example.com", "-LRB-", "…", "\u200b", "x", "₴100", "ÄÖÜ"};
    String[] tags = TAGGER.tag(sentence);
    assertThat(tags).hasSize(sentence.length).doesNotContainNull();
    assertThat(tags[1]).isEqualTo("CD");
    assertThat(tags[2]).isEqualTo("ADD");
    assertThat(tags[3]).isEqualTo("ADD");
    assertThat(tags[4]).isEqualTo("-LRB-");
    assertThat(TAGGER.tagSet()).containsAll(Arrays.asList(tags));
  }

  @Test
  void doesNotModifyTheWords() {
    String[] sentence = words("Talks will resume in Geneva .");
    String[] copy = sentence.clone();
    TAGGER.tag(sentence);
    assertThat(sentence).isEqualTo(copy);
  }

  @Test
  void parallelTaggingEqualsSerialTagging() throws Exception {
    List<String[]> sentences = new ArrayList<>();
    String[] pool = words("The envoy said Moscow would consider a ceasefire proposal after talks in Istanbul , "
        + "but Kyiv rejected the demands on Monday and sanctions were extended until 2026 .");
    for (int s = 0; s < 200; s++) {
      String[] sentence = new String[3 + s % 25];
      for (int i = 0; i < sentence.length; i++) {
        sentence[i] = pool[(s * 7 + i * 3) % pool.length];
      }
      sentences.add(sentence);
    }
    List<String[]> serial = sentences.stream().map(TAGGER::tag).toList();
    ExecutorService pool4 = Executors.newFixedThreadPool(4);
    try {
      List<Future<String[]>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String[] sentence : sentences) {
          futures.add(pool4.submit(() -> TAGGER.tag(sentence)));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(serial.get(k % sentences.size()));
      }
    } finally {
      pool4.shutdownNow();
    }
  }

  @Test
  void defaultsLoadsTheShippedModelOnce() {
    assertThat(PosTagger.defaults()).isSameAs(TAGGER);
    assertThat(TAGGER.model().templateName()).isEqualTo(PosFeatures.NAME);
    assertThat(TAGGER.tagSet()).contains("NN", "NNP", "VBD", "-LRB-", "-RRB-", "``", "''", ".", ",");
  }

  @Test
  void missingOrCorruptModelIsAnIllegalStateNamingTheResource() {
    assertThatThrownBy(() -> PosTagger.load("/nlp/tagger/no-such-model.bin"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nlp/tagger/no-such-model.bin");
    assertThatThrownBy(() -> PosTagger.load("/nlp/tagger/corrupt-pos.bin"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nlp/tagger/corrupt-pos.bin");
  }

  @Test
  void nullWordIsAProgrammerError() {
    assertThatThrownBy(() -> TAGGER.tag(new String[] {"Talks", null})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tagDictionaryPropertyRoundTrips() {
    var dictionary = new java.util.TreeMap<String, String>();
    dictionary.put("the", "DT");
    dictionary.put(",", ",");
    assertThat(PosTagger.parseTagDictionary(PosTagger.formatTagDictionary(dictionary))).isEqualTo(dictionary);
  }
}
