package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.ArticleExtraction;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;

/**
 * Every file of the hostile corpus (resources {@code hostile/}, see its README) and the generated
 * big ones go through the ingestor and the HTML extractor. Oracle: each finishes within a generous
 * bound, gives the articles and diagnostics its README row states, names the file in every
 * diagnostic, and every article's offsets map inside its raw document.
 */
class HostileCorpusTest {
  /** A hang bound, not a speed requirement: the slowest file takes well under a second. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @Test
  void everyCorpusFileHasAReadmeRowAndEveryRowAFile() {
    List<String> files = HostileCorpus.files().stream().map(p -> p.getFileName().toString()).toList();
    List<String> rows = HostileCorpus.expectations().stream().map(HostileCorpus.Expectation::file).toList();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(files);
  }

  @TestFactory
  Stream<DynamicTest> eachCorpusFileIngestsAsItsReadmeRowSays() {
    return HostileCorpus.expectations().stream().map(row -> DynamicTest.dynamicTest(row.file(), () -> {
      Path file = HostileCorpus.folder().resolve(row.file());
      CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(file));
      assertThat(sink.articles()).as("articles of %s: %s", row.file(), sink.diagnostics()).hasSize(row.articles());
      assertThat(codes(sink.diagnostics())).as("codes of %s: %s", row.file(), sink.diagnostics())
          .containsExactlyInAnyOrderElementsOf(row.codes());
      for (Diagnostic d : sink.diagnostics()) {
        assertThat(d.item()).as("diagnostic names the file").startsWith(file.toString());
      }
      for (Article a : sink.articles()) {
        assertValid(a, file);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachCorpusFileGoesThroughTheHtmlExtractorWithoutEscaping() {
    Ingestor ingestor = new Ingestor();
    ArticleExtraction extraction = new ArticleExtraction(ingestor);
    return HostileCorpus.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      byte[] bytes = Files.readAllBytes(file);
      IngestResult result = assertTimeoutPreemptively(BOUND, () -> ingestor.fromHtmlBytes(file.toString(), null, bytes));
      if (result.isAccepted()) {
        String raw = TextDecoder.decode(bytes, TextDecoder.sniffHtmlCharset(bytes)).text();
        OffsetAssertions.assertMapsInto(result.article(), raw);
      } else {
        assertThat(result.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR);
      }
      String decoded = TextDecoder.decode(bytes, null).text();
      HtmlExtraction extracted = assertTimeoutPreemptively(BOUND, () -> new HtmlExtractor().extract("corpus", decoded));
      OffsetAssertions.assertMapsInto(extracted.text(), extracted.toHtml(), decoded);
      // the `storyline extract` path: a page or a reason, never an exception
      ArticleExtraction.Outcome outcome = assertTimeoutPreemptively(BOUND, () -> extraction.extract(file, null, null));
      assertThat(outcome.article() != null || outcome.error() != null).isTrue();
    }));
  }

  @Test
  void scriptsStylesTemplatesAndEventHandlersNeverReachTheText() {
    Article a = only(ingest(HostileCorpus.folder().resolve("script-style-handlers.html")));
    assertThat(a.text()).contains("Negotiators from both sides resumed talks in Geneva");
    for (String marker : List.of("INJECTED", "SCRIPT", "STYLE", "HANDLER", "NOSCRIPT", "TEMPLATE", "IFRAME", "alert",
        "steal", "javascript")) {
      assertThat(a.text()).doesNotContainIgnoringCase(marker);
      assertThat(a.title()).doesNotContainIgnoringCase(marker);
    }
  }

  @Test
  void mixedEncodingsReadRightInBothPartsAndOverlongSlashesStayInvalid() {
    Article mixed = only(ingest(HostileCorpus.folder().resolve("mixed-encodings.txt")));
    assertThat(mixed.title()).isEqualTo("Caf\u00e9 diplomacy");
    assertThat(mixed.text()).contains("caf\u00e9 talks in Z\u00fcrich", "Fran\u00e7ais envoy");
    Article overlong = only(ingest(HostileCorpus.folder().resolve("overlong-utf8.txt")));
    assertThat(overlong.text()).doesNotContain("//news").contains("\u00c0\u00af");
  }

  @Test
  void aFiftyMegabyteSingleLineIsRejectedWithoutBeingRead(@TempDir Path dir) throws IOException {
    Path file = HostileCorpus.hugeSingleLine(dir);
    CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(file));
    assertThat(sink.articles()).isEmpty();
    assertThat(sink.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E109");
      assertThat(d.item()).isEqualTo(file.toString());
      assertThat(d.message()).contains("not read");
    });
  }

  @Test
  void aSentenceOfAHundredThousandTokensIsIngestedWhole(@TempDir Path dir) throws IOException {
    Path file = HostileCorpus.longSentence(dir);
    CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(file));
    Article a = only(sink);
    assertThat(a.text().split(" ")).hasSizeGreaterThanOrEqualTo(HostileCorpus.LONG_SENTENCE_TOKENS);
    String raw = java.nio.file.Files.readString(file);
    for (int i = 0; i < a.text().length(); i++) {
      int s = a.toSource().toSource(i);
      if (a.text().charAt(i) != '\n' && raw.charAt(s) != a.text().charAt(i)) {
        throw new AssertionError("char " + i + " maps to " + s + ": '" + raw.charAt(s) + "'");
      }
    }
  }

  @Test
  void aZipBombInAWarcStopsAtTheDecompressionBudgetAndKeepsTheRecordBefore(@TempDir Path dir) throws IOException {
    Path file = HostileCorpus.zipBomb(dir);
    assertThat(Files.size(file) * IngestLimits.DEFAULT_MAX_COMPRESSION_RATIO).isLessThan(HostileCorpus.BOMB_BYTES);
    CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(file));
    assertThat(sink.articles()).extracting(Article::source).containsExactly("https://example.com/before-the-bomb");
    assertThat(codes(sink.diagnostics())).containsExactly("E801");
    Diagnostic bomb = sink.diagnostics().stream().filter(d -> d.code().equals("E801")).findFirst().orElseThrow();
    assertThat(bomb.item()).startsWith(file.toString());
    assertThat(bomb.message()).contains("expands to more than " + IngestLimits.DEFAULT_MAX_FILE_BYTES + " bytes");
  }

  @Test
  void aWarcWithinTheRatioIsReadWhole(@TempDir Path dir) throws IOException {
    // 40 records of ordinary HTML: compresses about 10 times, far below the ratio
    Path file = dir.resolve("ok.warc.gz");
    try (var os = Files.newOutputStream(file)) {
      for (int i = 0; i < 40; i++) {
        os.write(HostileCorpus.gzip(HostileCorpus.warcResponse("https://example.com/" + i, "<html><body><article><p>"
            + ("Report number " + i + " on the talks in Geneva, where envoys met on Monday. ").repeat(20)
            + "</p></article></body></html>")));
      }
    }
    Ingestor tight = new Ingestor(IngestLimits.defaults().withMaxFileBytes(1024).withDecompression(100, 1L << 30));
    CollectingSink sink = new CollectingSink();
    tight.ingest(List.of(file), sink);
    assertThat(sink.articles()).hasSize(40);
    assertThat(codes(sink.diagnostics())).isEmpty();
  }

  @Test
  void htmlNestedTooDeeplyForBoundedParsingIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path file = HostileCorpus.deepNesting(dir);
    CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(file));
    assertThat(sink.articles()).isEmpty();
    assertThat(codes(sink.diagnostics())).containsExactly("E805");
  }

  @Test
  void aSymlinkLoopIsReportedAndNotFollowed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Title\n\nThe envoys met in Geneva on Monday, officials said.");
    HostileCorpus.symlinkLoop(dir);
    CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(dir));
    assertThat(sink.articles()).hasSize(1);
    assertThat(sink.diagnostics()).extracting(Diagnostic::code, d -> Path.of(d.item()).getFileName().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E110", "back"));
  }

  @Test
  void theWholeCorpusAsOneBatchKeepsEveryGoodArticle(@TempDir Path dir) throws IOException {
    HostileCorpus.copyTo(dir);
    CollectingSink sink = assertTimeoutPreemptively(BOUND, () -> ingest(dir));
    int expected = HostileCorpus.expectations().stream().mapToInt(HostileCorpus.Expectation::articles).sum();
    assertThat(sink.articles()).hasSize(expected);
    List<String> allCodes = new ArrayList<>();
    HostileCorpus.expectations().forEach(r -> allCodes.addAll(r.codes()));
    assertThat(codes(sink.diagnostics())).containsExactlyInAnyOrderElementsOf(allCodes);
  }

  // ------------------------------------------------------------------ helpers

  private static CollectingSink ingest(Path path) {
    CollectingSink sink = new CollectingSink();
    new Ingestor().ingest(List.of(path), sink);
    return sink;
  }

  private static Article only(CollectingSink sink) {
    assertThat(sink.articles()).as("%s", sink.diagnostics()).hasSize(1);
    return sink.articles().get(0);
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(d -> d.severity() != Severity.INFO).map(Diagnostic::code).toList();
  }

  /** The article's text is non-blank and its offset map lands inside the raw document it came from. */
  private static void assertValid(Article a, Path file) throws IOException {
    assertThat(a.text()).isNotBlank();
    assertThat(a.toSource().derivedLength()).isEqualTo(a.text().length());
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".html")) {
      byte[] bytes = Files.readAllBytes(file);
      String raw = TextDecoder.decode(bytes, name.endsWith(".html") ? TextDecoder.sniffHtmlCharset(bytes) : null).text();
      OffsetAssertions.assertMapsInto(a, raw);
    } else {
      for (int i = 0; i <= a.text().length(); i++) {
        assertThat(a.toSource().toSource(i)).isBetween(0, a.toSource().sourceLength());
      }
    }
  }
}
