package org.storyline.nlp.tagger.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.nlp.tagger.ClusterLexicon;
import org.storyline.nlp.tagger.PerceptronModel;
import org.storyline.nlp.tagger.PosTagger;

class PosTaskTest {
  private static final String TEACHER = String.join("\n",
      "# doc news/1",
      "The\tDT\tO", "talks\tNNS\tO", "resume\tVBP\tO", ".\t.\tO",
      "",
      "Putin\tNNP\tPERSON", "said\tVBD\tO", "(\t-LRB-\tO", "again\tRB\tO", ")\t-RRB-\tO",
      "",
      "# doc news/2",
      "Kyiv\tNNP\tCITY", "talks\tVBZ\tO",
      "");

  @Test
  void readsTheTeacherFormatWithDocumentsAndSentences() throws IOException {
    List<TaggedSentence> sentences = ColumnCorpus.read(new BufferedReader(new StringReader(TEACHER)), "test");
    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0).docId()).isEqualTo("news/1");
    assertThat(sentences.get(1).words()).containsExactly("Putin", "said", "(", "again", ")");
    assertThat(sentences.get(1).pos()).containsExactly("NNP", "VBD", "-LRB-", "RB", "-RRB-");
    assertThat(sentences.get(1).ner()).containsExactly("PERSON", "O", "O", "O", "O");
    assertThat(sentences.get(2).docId()).isEqualTo("news/2");
  }

  @Test
  void readsConllWithNumberedDocuments() throws IOException {
    String conll = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\n";
    List<TaggedSentence> sentences = ColumnCorpus.read(new BufferedReader(new StringReader(conll)), "conll");
    assertThat(sentences).extracting(TaggedSentence::docId).containsExactly("conll-1", "conll-2");
    assertThat(sentences.get(0).pos()).containsExactly("NNP", "VBZ");
    assertThat(sentences.get(0).ner()).containsExactly("I-ORG", "O");
  }

  @Test
  void heldOutSplitIsTheSharedHashRule() {
    for (String id : List.of("ecb/1_10ecb", "traf/phys.org.tool", "a", "b", "news/42")) {
      assertThat(TaggedSentence.isHeldOut(id)).isEqualTo(Math.floorMod(id.hashCode(), 10) == 0);
    }
  }

  @Test
  void trainsAModelThatReadsBackAndAgreesOnItsTrainingData() throws IOException {
    List<TaggedSentence> train = new ArrayList<>();
    String[][] patterns = {
      {"The", "DT", "envoy", "NN", "said", "VBD", "talks", "NNS", "will", "MD", "resume", "VB", ".", "."},
      {"Russia", "NNP", "rejected", "VBD", "the", "DT", "proposal", "NN", "on", "IN", "Monday", "NNP", ".", "."},
    };
    for (int copy = 0; copy < 30; copy++) {
      for (String[] p : patterns) {
        String[] words = new String[p.length / 2];
        String[] pos = new String[p.length / 2];
        for (int i = 0; i < words.length; i++) {
          words[i] = p[2 * i];
          pos[i] = p[2 * i + 1];
        }
        train.add(new TaggedSentence("doc-" + copy, words, pos, null));
      }
    }
    PosTask task = new PosTask(() -> ClusterLexicon.NONE, 20, 0.99, 0f, 0);
    StringWriter progress = new StringWriter();
    PerceptronModel model = task.train(train, 3, 7, Map.of("source", "unit test"), new PrintWriter(progress));
    assertThat(progress.toString()).contains("epoch 3/3");
    assertThat(model.properties()).containsEntry("source", "unit test").containsKey(PosTagger.TAG_DICTIONARY);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    PerceptronModel loaded = task.read(new ByteArrayInputStream(bytes.toByteArray()));
    TaggerTask.Agreement agreement = task.evaluate(loaded, train, train.subList(0, 2));
    assertThat(agreement.tokens()).isEqualTo(14);
    assertThat(agreement.accuracy()).isEqualTo(1.0);
    assertThat(agreement.unseenTokens()).isZero();
    assertThat(new PosTagger(loaded).tag(new String[] {"The", "proposal", "will", "resume", "."}))
        .containsExactly("DT", "NN", "MD", "VB", ".");
  }
}
