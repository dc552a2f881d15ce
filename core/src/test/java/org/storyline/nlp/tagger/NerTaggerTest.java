package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NerTaggerTest {
  private static final NerTagger TAGGER = NerTagger.defaults();

  private static String[] tag(String words, String pos) {
    return TAGGER.tag(words.split(" "), pos.split(" "));
  }

  @Test
  void tagsPeopleAndPlaces() {
    String[] labels = tag("Vladimir Putin met Donald Trump in Alaska .", "NNP NNP VBD NNP NNP IN NNP .");
    assertThat(labels).containsExactly("PERSON", "PERSON", "O", "PERSON", "PERSON", "O", "LOCATION", "O");
  }

  @Test
  void tagsOrganisationsAndNationalities() {
    String[] labels = tag("The United Nations and the European Union condemned the Russian strike .",
        "DT NNP NNPS CC DT NNP NNP VBD DT JJ NN .");
    assertThat(labels).containsExactly("O", "ORGANIZATION", "ORGANIZATION", "O", "O", "ORGANIZATION", "ORGANIZATION",
        "O", "O", "MISC", "O", "O");
  }

  @Test
  void tagsNumbersOrdinalsAndMoney() {
    String[] labels = tag("The second package is worth $ 5 million , and 40 people died .",
        "DT JJ NN VBZ JJ $ CD CD , CC CD NNS VBD .");
    assertThat(labels[1]).isEqualTo("ORDINAL");
    assertThat(Arrays.copyOfRange(labels, 5, 8)).containsOnly("MONEY");
    assertThat(labels[10]).isEqualTo("NUMBER");
    assertThat(labels[0]).isEqualTo("O");
    assertThat(labels[13]).isEqualTo("O");
  }

  @Test
  void lowerCaseWordsAreNotNames() {
    String[] labels = tag("the talks will resume next week , officials said .", "DT NNS MD VB JJ NN , NNS VBD .");
    assertThat(labels[0]).isEqualTo("O");
    assertThat(labels[1]).isEqualTo("O");
    assertThat(labels[7]).isEqualTo("O");
    assertThat(labels[8]).isEqualTo("O");
  }

  @Test
  void emptySentenceGivesNoLabels() {
    assertThat(TAGGER.tag(new String[0], new String[0])).isEmpty();
    assertThat(TAGGER.tagWithMargin(new String[0], new String[0]).margin()).isEqualTo(Float.POSITIVE_INFINITY);
  }

  @Test
  void longSentenceGetsOneLabelPerWord() {
    List<String> words = new ArrayList<>();
    List<String> pos = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      words.addAll(List.of("Zelensky", "spoke", "with", "Macron", "in", "Paris", "on", "Monday", ","));
      pos.addAll(List.of("NNP", "VBD", "IN", "NNP", "IN", "NNP", "IN", "NNP", ","));
    }
    String[] labels = TAGGER.tag(words.toArray(String[]::new), pos.toArray(String[]::new));
    assertThat(labels).hasSize(words.size()).doesNotContainNull();
    assertThat(labels[5]).isEqualTo("LOCATION");
  }

  @Test
  void mismatchedPosTagsAreRejected() {
    assertThatThrownBy(() -> TAGGER.tag(new String[] {"a", "b"}, new String[] {"DT"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentTaggingGivesTheSameLabelsAsSerialTagging() throws Exception {
    List<String[]> words = new ArrayList<>();
    List<String[]> pos = new ArrayList<>();
    words.add("Vladimir Putin met Donald Trump in Alaska .".split(" "));
    pos.add("NNP NNP VBD NNP NNP IN NNP .".split(" "));
    words.add("Kyiv said 12 drones were shot down over Odesa on Friday .".split(" "));
    pos.add("NNP VBD CD NNS VBD VBN RP IN NNP IN NNP .".split(" "));
    words.add("NATO Secretary General Mark Rutte visited Berlin .".split(" "));
    pos.add("NNP NNP NNP NNP NNP VBD NNP .".split(" "));
    List<String[]> serial = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      serial.add(TAGGER.tag(words.get(i), pos.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger mismatches = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          for (int round = 0; round < 300; round++) {
            int i = round % words.size();
            if (!Arrays.equals(serial.get(i), TAGGER.tag(words.get(i), pos.get(i)))) {
              mismatches.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches.get()).isZero();
  }

  @Test
  void cascadeSendsUnsureSentencesToTheFallbackAndKeepsTheStudentsNumbers() {
    String[] words = "Putin offered 3 ceasefires .".split(" ");
    String[] pos = "NNP VBD CD NNS .".split(" ");
    String[] student = TAGGER.tag(words, pos);
    NerTagging fallback = (w, p) -> new String[] {"ORGANIZATION", "O", "O", "O", "O"};
    assertThat(TAGGER.withFallback(fallback, 0f).tag(words, pos)).containsExactly(student);
    String[] always = TAGGER.withFallback(fallback, Float.POSITIVE_INFINITY).tag(words, pos);
    assertThat(always[0]).isEqualTo("ORGANIZATION");
    assertThat(always[2]).isEqualTo(student[2]).isEqualTo("NUMBER");
  }

  @Test
  void mergeTakesTheFallbacksNamesAndTheStudentsOtherLabels() {
    String[] merged = NerTagger.merge(new String[] {"PERSON", "O", "O", "LOCATION", "MISC", "MISC"},
        new String[] {"ORGANIZATION", "DATE", "PERSON", "O", "MISC", "NUMBER"});
    assertThat(merged).containsExactly("PERSON", "DATE", "O", "LOCATION", "MISC", "NUMBER");
  }

  @Test
  void marginIsInfiniteWhenNoNameLabelCompetes() {
    assertThat(TAGGER.margin(",".split(" "), ",".split(" "))).isGreaterThan(0f);
    assertThat(TAGGER.margin("Putin".split(" "), "NNP".split(" "))).isLessThan(Float.POSITIVE_INFINITY);
  }

  @Test
  void missingOrCorruptModelIsAnIllegalStateNamingTheResource() {
    assertThatThrownBy(() -> NerTagger.load("/nlp/tagger/no-such-model.bin"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nlp/tagger/no-such-model.bin");
    assertThatThrownBy(() -> NerTagger.load("/nlp/tagger/corrupt-ner.bin"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nlp/tagger/corrupt-ner.bin");
  }

  @Test
  void shippedModelUsesCoreNlpLabelsWithoutPrefixes() {
    assertThat(TAGGER.labelSet()).contains("O", "PERSON", "LOCATION", "ORGANIZATION", "MISC", "NUMBER", "MONEY",
        "ORDINAL").allSatisfy(l -> assertThat(l).doesNotStartWith("B-").doesNotStartWith("I-"));
  }
}
