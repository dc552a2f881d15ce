package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.MeantimeEvaluation;

class BenchCorpusTest {
  static final String TIMEML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>T1</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">1998-11-20</TIMEX3></DCT>
      <TEXT>
      Envoys MEET in Geneva

      The envoys <EVENT eid="e1">met</EVENT> in Geneva <TIMEX3 tid="t1" type="DATE" value="1998-11-19">on Thursday</TIMEX3> &amp; agreed to talk again.
      </TEXT>
      </TimeML>
      """;

  static final String MEANTIME = """
      <?xml version="1.0" ?><Document doc_id="77" doc_name="77_Test" lang="en">
      <token number="0" sentence="0" t_id="1">Ford</token>
      <token number="1" sentence="0" t_id="2">wins</token>
      <token number="2" sentence="1" t_id="3">May</token>
      <token number="3" sentence="1" t_id="4">1</token>
      <token number="4" sentence="1" t_id="5">,</token>
      <token number="5" sentence="1" t_id="6">2007</token>
      <Markables>
      <TIMEX3 functionInDocument="CREATION_TIME" m_id="7" type="DATE" value="2007-05-01">
      <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
      </Markables>
      </Document>
      """;

  /** A stand-in for ../shared/bench holding one TBAQ and one MEANTIME document (and one broken file). */
  static Path sharedBench(Path root) throws IOException {
    Path tbaq = Files.createDirectories(root.resolve(BenchCorpus.TBAQ_DIR).resolve("TimeBank"));
    Files.writeString(tbaq.resolve("T1.tml"), TIMEML, StandardCharsets.UTF_8);
    Files.writeString(tbaq.resolve("README.txt"), "not a TimeML file", StandardCharsets.UTF_8);
    Path meantime = Files.createDirectories(root.resolve(MeantimeEvaluation.DIR).resolve("corpus_test"));
    Files.writeString(meantime.resolve("77_Test.xml"), MEANTIME, StandardCharsets.UTF_8);
    Files.writeString(meantime.resolve("broken.xml"), "<Document doc_id=\"9\"></Document>", StandardCharsets.UTF_8);
    return root;
  }

  @Test
  void readsTimeMlTextWithItsCreationDayAndMeantimeTextWithItsCreationTime(@TempDir Path dir) throws IOException {
    BenchCorpus corpus = BenchCorpus.load(sharedBench(dir));
    assertThat(corpus.tbaq()).isEqualTo(1);
    assertThat(corpus.meantime()).isEqualTo(1);
    assertThat(corpus.describe()).isEqualTo("TBAQ 1 + MEANTIME 1 documents");
    BenchCorpus.Doc t = corpus.docs().get(0);
    assertThat(t.id()).isEqualTo("tbaq-T1");
    assertThat(t.title()).isEqualTo("Envoys MEET in Geneva");
    assertThat(t.published()).isEqualTo(LocalDate.of(1998, 11, 20));
    assertThat(t.text()).contains("The envoys met in Geneva on Thursday & agreed").doesNotContain("<EVENT");
    BenchCorpus.Doc m = corpus.docs().get(1);
    assertThat(m.id()).isEqualTo("meantime-77");
    assertThat(m.published()).isEqualTo(LocalDate.of(2007, 5, 1));
    assertThat(m.text()).isEqualTo("Ford wins\nMay 1, 2007");
  }

  @Test
  void aFileThatCannotBeParsedIsListedAndSkipped(@TempDir Path dir) throws IOException {
    BenchCorpus corpus = BenchCorpus.load(sharedBench(dir));
    assertThat(corpus.problems()).singleElement().asString().contains("broken.xml");
  }

  @Test
  void writesOneJsonLinePerDocumentAsAnalyzeReadsIt(@TempDir Path dir) throws IOException {
    BenchCorpus corpus = BenchCorpus.load(sharedBench(dir.resolve("bench")));
    Path out = dir.resolve("corpus.jsonl");
    corpus.writeJsonl(out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("tbaq-T1");
    assertThat(first.get("published").asText()).isEqualTo("1998-11-20");
    assertThat(first.get("text").asText()).isEqualTo(corpus.docs().get(0).text());
  }

  @Test
  void aFolderWithoutEitherSourceIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> BenchCorpus.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("TBAQ-cleaned");
  }
}
