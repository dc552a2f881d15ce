package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityType;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;
import org.storyline.quotes.QuoteAttributor;
import org.storyline.testkit.Docs;

/** The quotes job with a hand-built analyser (no CoreNLP): JSON lines, offsets, bad files. */
class QuoteBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Test analyser: {@link Docs} sentences and tokens, a PERSON mention for each known name found. */
  static final class NaiveAnalyzer implements Stage {
    private final List<String> names;

    NaiveAnalyzer(List<String> names) {
      this.names = names;
    }

    @Override
    public StageInfo info() {
      return new StageInfo("test.naive", "v0", Set.of(Layer.TEXT),
          Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.ENTITY_LINKS));
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle doc) {
      AnnotatedArticle out = Docs.article(doc.id().value(), doc.text(), null).withArticle(doc.article());
      for (String name : names) {
        if (doc.text().contains(name)) {
          out = Docs.withMention(out, name, EntityType.PERSON, "person:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
      }
      return out;
    }
  }

  static QuoteBatch job() {
    return new QuoteBatch(Pipeline.of(new NaiveAnalyzer(List.of("Ann Lee", "Bob Ray")), new QuoteAttributor()));
  }

  @Test
  void writesOneLinePerFileWithCodePointOffsetsIntoTheRawText(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    // an emoji (two UTF-16 units) before the quote shifts UTF-16 offsets but not code points
    String a = "Header \uD83D\uDE00\n\n“We will win the vote,” Ann Lee said on Monday.\n";
    Files.writeString(in.resolve("a.txt"), a);
    Files.writeString(in.resolve("sub/b.txt"), "Bob Ray said that the plan would fail in the end.\n");
    Path out = tmp.resolve("out/quotes.jsonl");
    QuoteBatch.Report r = job().run(in, out);
    assertThat(r.errors()).isEmpty();
    assertThat(r.documents()).isEqualTo(2);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("doc").asText()).isEqualTo("a.txt");
    JsonNode q = first.get("quotes").get(0);
    int[] cps = a.codePoints().toArray();
    String content = new String(cps, q.get("start").asInt(), q.get("end").asInt() - q.get("start").asInt());
    assertThat(content).isEqualTo("We will win the vote");
    assertThat(q.get("kind").asText()).isEqualTo("DIRECT");
    JsonNode speaker = q.get("speaker");
    assertThat(speaker.get("text").asText()).isEqualTo("Ann Lee");
    assertThat(new String(cps, speaker.get("start").asInt(), speaker.get("end").asInt() - speaker.get("start").asInt()))
        .isEqualTo("Ann Lee");
    JsonNode cue = q.get("cue");
    assertThat(new String(cps, cue.get("start").asInt(), cue.get("end").asInt() - cue.get("start").asInt())).isEqualTo("said");
    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(second.get("doc").asText()).isEqualTo("sub/b.txt");
    assertThat(second.get("quotes").get(0).get("kind").asText()).isEqualTo("REPORTED");
  }

  @Test
  void scareQuotesAreNotWrittenAndUnattributedQuotesHaveNullSpeaker(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("c.txt"), "His \"America First\" policy shaped the talks. \"We are not going to accept this deal under any terms.\"\n");
    Path out = tmp.resolve("q.jsonl");
    job().run(in, out);
    JsonNode quotes = JSON.readTree(Files.readAllLines(out).get(0)).get("quotes");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).get("speaker").isNull()).isTrue();
    assertThat(quotes.get(0).get("cue").isNull()).isTrue();
  }

  @Test
  void badFilesAreReportedByNameAndTheOthersStillWritten(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("blank.txt"), "  \n\t\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(in.resolve("latin1.txt"), "Ann Lee said that the caf\u00e9 would close next week.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve(".hidden"), "Ann Lee said that it is hidden from the job.");
    Files.writeString(in.resolve("ok.txt"), "Ann Lee said that the plan would fail in the end.");
    Path out = tmp.resolve("q.jsonl");
    QuoteBatch.Report r = job().run(in, out);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.errors()).hasSize(3);
    assertThat(r.errors()).anyMatch(e -> e.contains("empty.txt") && e.contains("empty file"))
        .anyMatch(e -> e.contains("blank.txt") && e.contains("no text"))
        .anyMatch(e -> e.contains("image.png") && e.contains("binary"));
    assertThat(r.warnings()).singleElement().asString().contains("latin1.txt").contains("ISO-8859-1");
    Map<String, QuotesJsonl.Line> back = QuotesJsonl.parse("q.jsonl", Files.readString(out));
    assertThat(back.keySet()).containsExactly("latin1.txt", "ok.txt");
  }

  @Test
  void aStageFailureSkipsTheDocumentWithItsName(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("boom.txt"), "Ann Lee said that it fails.");
    Files.writeString(in.resolve("fine.txt"), "Ann Lee said that it works well enough.");
    Stage failing = new Stage() {
      @Override
      public StageInfo info() {
        return new StageInfo("test.fail", "v0", Set.of(Layer.QUOTES), Set.of());
      }

      @Override
      public AnnotatedArticle apply(AnnotatedArticle doc) {
        if (doc.text().contains("fails")) {
          throw new IllegalStateException("bad luck");
        }
        return doc;
      }
    };
    QuoteBatch job = new QuoteBatch(Pipeline.of(new NaiveAnalyzer(List.of("Ann Lee")), new QuoteAttributor(), failing));
    QuoteBatch.Report r = job.run(in, tmp.resolve("q.jsonl"));
    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.errors()).singleElement().asString().contains("boom.txt").contains("bad luck");
  }

  @Test
  void readingBackRejectsMalformedLinesWithFileAndLine() {
    assertThatThrownBy(() -> QuotesJsonl.parse("q.jsonl", "{\"doc\":\"a\",\"quotes\":[]}\nnot json\n"))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("q.jsonl:2: not JSON");
    assertThatThrownBy(() -> QuotesJsonl.parse("q.jsonl", "{\"doc\":\"a\",\"quotes\":[{\"start\":5,\"end\":2}]}"))
        .isInstanceOf(FormatException.class).hasMessageContaining("q.jsonl:1:");
    assertThatThrownBy(() -> QuotesJsonl.parse("q.jsonl", "{\"doc\":\"a\",\"quotes\":[]}\n{\"doc\":\"a\",\"quotes\":[]}"))
        .isInstanceOf(FormatException.class).hasMessageContaining("appears twice");
  }
}
