package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTaggingTest {
  static final String INPUT = """
      -DOCSTART- -X- O O

      EU NNP I-NP I-ORG
      rejects VBZ I-VP O
      German JJ I-NP I-MISC
      call NN I-NP O

      Peter NNP I-NP I-PER
      Blackburn NNP I-NP I-PER

      """;

  /** Capitalised words are names: PER after "Peter", else ORG; a stand-in for the CoreNLP tagger. */
  static final ConllTagging.SentenceTagger CAPITALS = words -> {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(!Character.isUpperCase(w.charAt(0)) ? "O" : words.contains("Peter") ? "PER" : "ORG");
    }
    return out;
  };

  @Test
  void addsAPredictionColumnAndKeepsEveryOtherLine() {
    ConllFile file = ConllFile.parse("eng.dev", INPUT);
    ConllTagging.Result r = ConllTagging.tag(file, CAPITALS);
    assertThat(r.text()).isEqualTo("""
        -DOCSTART- -X- O O

        EU NNP I-NP I-ORG I-ORG
        rejects VBZ I-VP O O
        German JJ I-NP I-MISC I-ORG
        call NN I-NP O O

        Peter NNP I-NP I-PER I-PER
        Blackburn NNP I-NP I-PER I-PER

        """);
    assertThat(r.sentences()).isEqualTo(2);
    assertThat(r.words()).isEqualTo(6);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void followsAnIob2InputAndKeepsTabs() {
    String iob2 = "Peter\tNNP\tI-NP\tB-PER\nBlackburn\tNNP\tI-NP\tI-PER\n";
    ConllTagging.Result r = ConllTagging.tag(ConllFile.parse("x", iob2), CAPITALS);
    assertThat(r.text()).isEqualTo("Peter\tNNP\tI-NP\tB-PER\tB-PER\nBlackburn\tNNP\tI-NP\tI-PER\tI-PER\n");
  }

  @Test
  void theTaggedFileScoresWithConllevalRules() {
    ConllFile tagged = ConllFile.parse("out", ConllTagging.tag(ConllFile.parse("in", INPUT), CAPITALS).text());
    ConllScorer scorer = new ConllScorer();
    List<String> problems = new ArrayList<>();
    ConllTagging.score(tagged, scorer, problems);
    // gold ORG EU, MISC German, PER Peter Blackburn; predicted ORG EU, ORG German, PER Peter Blackburn
    assertThat(scorer.overall()).isEqualTo(new ConllScorer.Counts(3, 3, 2));
    assertThat(problems).isEmpty();
  }

  @Test
  void aLineWithTheWrongColumnCountIsReportedWithItsLineAndStillTagged() {
    String bad = "EU NNP I-NP I-ORG\nrejects VBZ\n\nPeter NNP I-NP I-PER\n";
    ConllFile file = ConllFile.parse("dev.txt", bad);
    assertThat(file.problems()).containsExactly(
        "dev.txt:2: expected 4 columns like the first word line, found 2: 'rejects VBZ'");
    ConllTagging.Result r = ConllTagging.tag(file, CAPITALS);
    assertThat(r.text()).isEqualTo("EU NNP I-NP I-ORG I-ORG\nrejects VBZ O\n\nPeter NNP I-NP I-PER I-PER\n");
    assertThat(r.problems()).hasSize(1);
  }

  @Test
  void aSentenceTheTaggerFailsOnGetsOTagsAndTheRestIsTagged() {
    ConllTagging.SentenceTagger failing = words -> {
      if (words.contains("rejects")) {
        throw new IllegalStateException("model error");
      }
      return CAPITALS.types(words);
    };
    ConllTagging.Result r = ConllTagging.tag(ConllFile.parse("eng.dev", INPUT), failing);
    assertThat(r.problems()).containsExactly("eng.dev:3: sentence not tagged (model error); predicted O");
    assertThat(r.text()).contains("EU NNP I-NP I-ORG O\n").contains("Peter NNP I-NP I-PER I-PER\n");
  }

  @Test
  void scoringSkipsSentencesWithoutAPredictionColumn() {
    ConllFile tagged = ConllFile.parse("out", "EU I-ORG I-ORG\n\nalone\n");
    ConllScorer scorer = new ConllScorer();
    List<String> problems = new ArrayList<>();
    ConllTagging.score(tagged, scorer, problems);
    assertThat(scorer.overall()).isEqualTo(new ConllScorer.Counts(1, 1, 1));
    assertThat(problems).containsExactly("out:3: a gold and a predicted column are needed; sentence skipped");
  }

  @Test
  void mapsCoreNlpLabelsToConllTypes() {
    assertThat(ConllTagging.fromCoreNlp("PERSON")).isEqualTo("PER");
    assertThat(ConllTagging.fromCoreNlp("LOCATION")).isEqualTo("LOC");
    assertThat(ConllTagging.fromCoreNlp("ORGANIZATION")).isEqualTo("ORG");
    assertThat(ConllTagging.fromCoreNlp("MISC")).isEqualTo("MISC");
    assertThat(ConllTagging.fromCoreNlp("DATE")).isEqualTo("O");
    assertThat(ConllTagging.fromCoreNlp("MONEY")).isEqualTo("O");
    assertThat(ConllTagging.fromCoreNlp(null)).isEqualTo("O");
  }
}
