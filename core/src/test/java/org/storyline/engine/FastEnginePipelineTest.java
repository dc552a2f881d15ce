package org.storyline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Mention;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.tagger.FakeTaggers;
import org.storyline.nlp.tagger.TaggerAnalyzer;
import org.storyline.pipeline.Pipeline;
import org.storyline.testkit.Docs;

/**
 * The fast engine's analyzer slots into the standard pipeline: every later stage accepts its layers
 * (hand-written taggers here, so no model loads), and mentions name the engine that found them.
 */
class FastEnginePipelineTest {
  @Test
  void theStandardPipelineRunsOnTheTaggerAnalyzerAndRecordsItsStageName() throws Exception {
    TaggerAnalyzer analyzer = new TaggerAnalyzer(Limits.defaults().coreNlp(), FakeTaggers.POS, FakeTaggers.NER);
    Pipeline pipeline = Pipelines.standard(analyzer, Limits.defaults());
    assertThat(pipeline.stages().get(0).name()).isEqualTo("nlp.tagger");
    String text = Files.readString(Path.of("..", "examples", "000_de91a5db142dfa70.txt"), StandardCharsets.UTF_8);
    AnnotatedArticle doc = pipeline.apply(Docs.article(text));
    assertThat(doc.sentences()).hasSizeGreaterThan(20);
    assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.pos()).isNotEmpty());
    assertThat(doc.times()).isNotEmpty();
    assertThat(doc.mentions()).isNotEmpty();
    assertThat(doc.mentions()).filteredOn(m -> m.provenance().producedBy().name().startsWith("nlp."))
        .isNotEmpty()
        .extracting(m -> m.provenance().producedBy().name()).containsOnly(TaggerAnalyzer.INFO.name());
    assertThat(doc.diagnostics()).noneMatch(d -> d.code().equals(CoreNlpAnalyzer.TIME_LIMIT));
    assertThat(doc.mentions()).extracting(Mention::text).contains("Putin", "Ukraine");
  }
}
