package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.storyline.model.Article;

/**
 * Main-text extraction measured on the trafilatura evaluation set (990 pages, read from
 * shared/bench, never copied). Slow (about a minute): runs only with {@code -Dstoryline.bench=true}.
 * Metric as trafilatura's evaluate.py: "with" snippets found are true positives, "without"
 * snippets found are false positives, micro-averaged.
 */
@Tag("accuracy")
class HtmlExtractionBenchmarkTest {
  @Test
  void mainTextExtractionOnTheTrafilaturaSet(TestReporter reporter) throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("storyline.bench"), "set -Dstoryline.bench=true to run");
    Path dir = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
      Path candidate = p.resolve("shared/bench/trafilatura-eval");
      dir = Files.isDirectory(candidate) ? candidate : null;
    }
    Assumptions.assumeTrue(dir != null, "shared/bench/trafilatura-eval not available");
    JsonNode gold = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    Ingestor ingestor = new Ingestor();
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    int docs = 0;
    int datesGold = 0;
    int datesRight = 0;
    int datesWrong = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode g = entry.getValue();
      String file = g.get("file").asText();
      Path page = dir.resolve("eval").resolve(file + ".gz");
      if (!Files.exists(page)) {
        page = dir.resolve("cache").resolve(file + ".gz");
      }
      if (!Files.exists(page)) {
        continue;
      }
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        bytes = in.readAllBytes();
      }
      String html = TextDecoder.decode(bytes, TextDecoder.sniffHtmlCharset(bytes)).text();
      IngestResult result = ingestor.fromHtml(file, entry.getKey(), html);
      String text = result.findArticle().map(Article::text).orElse("").replaceAll("\\s+", " ");
      docs++;
      for (JsonNode snippet : g.path("with")) {
        if (text.contains(snippet.asText().replaceAll("\\s+", " ").strip())) {
          tp++;
        } else {
          fn++;
        }
      }
      for (JsonNode snippet : g.path("without")) {
        if (text.contains(snippet.asText().replaceAll("\\s+", " ").strip())) {
          fp++;
        } else {
          tn++;
        }
      }
      String goldDate = g.path("date").asText("");
      if (!goldDate.isBlank()) {
        datesGold++;
        var date = result.findArticle().map(a -> a.published().date()).orElse(null);
        if (date != null && date.toString().equals(goldDate)) {
          datesRight++;
        } else if (date != null) {
          datesWrong++;
        }
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    double f = 2 * precision * recall / (precision + recall);
    String summary = String.format(Locale.ROOT,
        "%d pages: precision %.3f recall %.3f F %.3f accuracy %.3f; dates %d gold, %d right, %d wrong, %d none",
        docs, precision, recall, f, (tp + tn) / (double) (tp + tn + fp + fn), datesGold, datesRight, datesWrong,
        datesGold - datesRight - datesWrong);
    reporter.publishEntry("trafilatura-eval", summary);
    assertThat(docs).isGreaterThan(900);
    // measured 0.88 when written (trafilatura 0.92, readability-lxml 0.83); tolerance 0.02
    assertThat(f).as(summary).isGreaterThan(0.86);
    assertThat(datesWrong).as(summary).isLessThan(datesRight / 5);
  }
}
