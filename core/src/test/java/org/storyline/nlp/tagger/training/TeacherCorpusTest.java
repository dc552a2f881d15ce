package org.storyline.nlp.tagger.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.nlp.tagger.training.TeacherCorpus.Labelled;
import org.storyline.nlp.tagger.training.TeacherCorpus.Sentence;
import org.storyline.nlp.tagger.training.TeacherCorpus.Split;

class TeacherCorpusTest {
  @TempDir
  Path dir;

  private static Labelled labelled(String words, String pos, String ner) {
    return new Labelled(List.of(words.split(" ")), List.of(pos.split(" ")), List.of(ner.split(" ")));
  }

  /** A document id whose split is the one asked for. */
  private static String idIn(Split split) {
    for (int i = 0; ; i++) {
      String id = "doc/" + i;
      if (TeacherCorpus.splitOf(id) == split) {
        return id;
      }
    }
  }

  @Test
  void writtenSentencesReadBackWithTheirDocumentAndSplit() throws IOException {
    Path file = dir.resolve("sub/teacher.tsv.gz");
    String train = idIn(Split.TRAIN);
    String held = idIn(Split.HELDOUT);
    try (TeacherCorpus.Writer w = new TeacherCorpus.Writer(file)) {
      w.document(train, List.of(
          labelled("Vladimir Putin met Donald Trump .", "NNP NNP VBD NNP NNP .", "PERSON PERSON O PERSON PERSON O"),
          labelled("# 1 in Alaska", "# CD IN NNP", "O NUMBER O LOCATION")));
      w.document(held, List.of(labelled("Prices rose 5 % .", "NNS VBD CD NN .", "O O PERCENT PERCENT O")));
      assertThat(w.summary()).isEqualTo(new TeacherCorpus.Summary(2, 3, 15, 1, 5));
    }
    List<Sentence> all;
    try (Stream<Sentence> s = TeacherCorpus.sentences(file)) {
      all = s.toList();
    }
    assertThat(all).hasSize(3);
    assertThat(all.get(0).docId()).isEqualTo(train);
    assertThat(all.get(0).split()).isEqualTo(Split.TRAIN);
    assertThat(all.get(0).words()).containsExactly("Vladimir", "Putin", "met", "Donald", "Trump", ".");
    assertThat(all.get(0).nerTags()).containsExactly("PERSON", "PERSON", "O", "PERSON", "PERSON", "O");
    assertThat(all.get(1).words()).containsExactly("#", "1", "in", "Alaska");
    assertThat(all.get(1).posTags()).containsExactly("#", "CD", "IN", "NNP");
    assertThat(all.get(2).split()).isEqualTo(Split.HELDOUT);
    assertThat(all.get(2).nerTags()).containsExactly("O", "O", "PERCENT", "PERCENT", "O");
    assertThat(TeacherCorpus.read(file, Split.HELDOUT)).containsExactly(all.get(2));
  }

  @Test
  void fileIsGzipWithDocLinesTokenLinesAndBlankLineAfterEachSentence() throws IOException {
    Path file = dir.resolve("t.tsv.gz");
    try (TeacherCorpus.Writer w = new TeacherCorpus.Writer(file)) {
      w.document("a", List.of(labelled("Kyiv said", "NNP VBD", "LOCATION O"), labelled("Yes", "UH", "O")));
    }
    String text = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(file)).readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("# doc a\nKyiv\tNNP\tLOCATION\nsaid\tVBD\tO\n\nYes\tUH\tO\n\n");
  }

  @Test
  void tabsInsideAFieldCannotBreakTheFormat() throws IOException {
    Path file = dir.resolve("t.tsv.gz");
    try (TeacherCorpus.Writer w = new TeacherCorpus.Writer(file)) {
      w.document("a", List.of(new Labelled(List.of("a\tb", ""), List.of("NN", "NN"), List.of("O", "O"))));
    }
    List<Sentence> all = TeacherCorpus.read(file, Split.TRAIN);
    all = all.isEmpty() ? TeacherCorpus.read(file, Split.HELDOUT) : all;
    assertThat(all).singleElement().satisfies(s -> assertThat(s.words()).containsExactly("a_b"));
  }

  @Test
  void malformedLineIsReportedWithItsLineNumber() throws IOException {
    Path file = dir.resolve("bad.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("# doc x\nword\tNN\tO\nbroken line\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> {
      try (Stream<Sentence> s = TeacherCorpus.sentences(file)) {
        s.count();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessageContaining(":3:");
  }

  @Test
  void splitHoldsOutDocumentsWhoseHashIsZeroModuloTen() {
    assertThat(TeacherCorpus.splitOf("ecb/1_1ecb")).isEqualTo(
        Math.floorMod("ecb/1_1ecb".hashCode(), 10) == 0 ? Split.HELDOUT : Split.TRAIN);
    long held = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "doc" + i)
        .filter(id -> TeacherCorpus.splitOf(id) == Split.HELDOUT).count();
    assertThat(held).isBetween(60L, 140L);
  }

  @Test
  void ecbTextHasOneLinePerSentenceAndSkipsWebAddresses() throws Exception {
    String xml = "<Document doc_name=\"1_1ecb.xml\">"
        + "<token t_id=\"1\" sentence=\"0\" number=\"0\">http</token><token t_id=\"2\" sentence=\"0\" number=\"1\">:</token>"
        + "<token t_id=\"3\" sentence=\"1\" number=\"0\">Tara</token><token t_id=\"4\" sentence=\"1\" number=\"1\">Reid</token>"
        + "<token t_id=\"5\" sentence=\"1\" number=\"2\">&amp;</token><token t_id=\"6\" sentence=\"1\" number=\"3\">co</token>"
        + "<token t_id=\"7\" sentence=\"2\" number=\"0\">Rehab</token><token t_id=\"8\" sentence=\"2\" number=\"1\">.</token>"
        + "<Markables><ACTION_OCCURRENCE m_id=\"9\"><token_anchor t_id=\"7\"/></ACTION_OCCURRENCE></Markables></Document>";
    String text = TeacherCorpus.ecbText(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(text).isEqualTo("Tara Reid & co\nRehab .\n");
  }

  @Test
  void pagesMustBeLongAndEnglish() {
    String english = "The minister said that the talks with the envoy would resume in the spring, and the "
        + "two sides agreed to meet again. ";
    String german = "Der Minister sagte, dass die Gespräche mit dem Gesandten im Frühjahr wieder aufgenommen "
        + "werden und beide Seiten sich erneut treffen wollen. ";
    assertThat(TeacherCorpus.usable(english.repeat(5))).isTrue();
    assertThat(TeacherCorpus.usable(english)).isFalse();
    assertThat(TeacherCorpus.usable(german.repeat(5))).isFalse();
  }
}
