package org.storyline.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrfNerTaggingTest {
  private static CrfNerTagging joining;

  @BeforeAll
  static void load() {
    joining = new CrfNerTagging(true);
  }

  @Test
  void labelsNamesOfOneSentence() {
    String[] labels = joining.tag("Vladimir Putin met Donald Trump in Alaska .".split(" "),
        "NNP NNP VBD NNP NNP IN NNP .".split(" "));
    assertThat(labels).containsExactly("PERSON", "PERSON", "O", "PERSON", "PERSON", "O", "LOCATION", "O");
  }

  @Test
  void piecesOfAHyphenatedWordShareOneLabel() {
    String[] labels = joining.tag("Engines by Rolls - Royce power the jet .".split(" "),
        "NNS IN NNP HYPH NNP VBP DT NN .".split(" "));
    assertThat(labels[2]).isNotEqualTo("O").isEqualTo(labels[3]).isEqualTo(labels[4]);
  }

  @Test
  void emptySentenceGivesNoLabels() {
    assertThat(joining.tag(new String[0], new String[0])).isEmpty();
  }
}
