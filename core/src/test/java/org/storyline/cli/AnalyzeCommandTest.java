package org.storyline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.HostileCorpus;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.store.StoryStore;

/**
 * {@code storyline analyze} on a batch where most files are hostile: the whole hostile corpus
 * (resources {@code hostile/}, see its README) plus the generated 50 MB line, zip bomb, deep nesting
 * and symlink loop. Each bad file is reported with its name and reason, every good article is
 * stored with every span inside its text, and the run ends normally within a generous bound.
 */
class AnalyzeCommandTest {
  @TempDir static Path input;
  @TempDir static Path store;
  private static int exit;
  private static String out;
  private static List<AnnotatedArticle> stored;
  private static List<Diagnostic> storedDiagnostics;

  private static final String GOOD = "Putin and Trump speak by phone\n\n"
      + "Russian President Vladimir Putin spoke with Donald Trump by phone on Tuesday, the Kremlin said.";

  @BeforeAll
  static void runOnHostileBatch() throws Exception {
    Files.writeString(input.resolve("good.txt"), GOOD, UTF_8);
    HostileCorpus.copyTo(input);
    HostileCorpus.hugeSingleLine(input);
    HostileCorpus.zipBomb(input);
    HostileCorpus.deepNesting(input);
    HostileCorpus.symlinkLoop(input);

    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    exit = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> Main.run(new String[] {"analyze", input.toString(),
        "--store", store.toString(), "--no-timeline", "--threads", "2", "--engine", "corenlp"}, new PrintWriter(o), new PrintWriter(e)));
    out = o + "\n" + e;
    try (StoryStore s = StoryStore.open(store)) {
      stored = s.loadArticles();
      storedDiagnostics = s.diagnostics();
    }
  }

  private static boolean storedFrom(String name) {
    return stored.stream().anyMatch(d -> d.article().source().contains(name));
  }

  /** Articles the README promises, plus good.txt and the record before the zip bomb. */
  private static int expectedArticles() {
    return HostileCorpus.expectations().stream().mapToInt(HostileCorpus.Expectation::articles).sum() + 2;
  }

  @Test
  void exitsNormallyAndStoresEveryGoodArticle() {
    assertThat(exit).as(out).isZero();
    assertThat(storedFrom("good.txt")).isTrue();
    for (HostileCorpus.Expectation row : HostileCorpus.expectations()) {
      if (row.articles() > 0 && !row.file().endsWith(".warc.gz")) {
        assertThat(stored.stream().filter(d -> d.article().source().contains(row.file()))).as(row.file())
            .hasSize(row.articles());
      }
    }
    assertThat(stored).anyMatch(d -> d.article().source().contains("example.com/one"));
    assertThat(stored).anyMatch(d -> d.article().source().contains("example.com/before-the-bomb"));
    assertThat(stored).hasSize(expectedArticles());
  }

  @Test
  void namesEachBadFileAndItsReason() {
    List<String> lines = out.lines().toList();
    List<String[]> bad = new java.util.ArrayList<>();
    for (HostileCorpus.Expectation row : HostileCorpus.expectations()) {
      row.codes().stream().filter(c -> c.startsWith("E")).distinct().forEach(c -> bad.add(new String[] {c, row.file()}));
    }
    bad.add(new String[] {"E109", "huge-single-line.txt"});
    bad.add(new String[] {"E801", "zip-bomb.warc.gz"});
    bad.add(new String[] {"E805", "deep-nesting.html"});
    bad.add(new String[] {"E110", "loop/back"});
    for (String[] b : bad) {
      assertThat(lines).as("a line with %s and %s in:%n%s", b[0], b[1], out)
          .anyMatch(l -> l.contains(b[0]) && l.contains(b[1]));
    }
    assertThat(out).contains("Read " + expectedArticles() + " article(s): " + expectedArticles() + " analysed and stored");
    assertThat(out).as("no stack traces").doesNotContain("\tat org.");
  }

  @Test
  void recordsTheLimitsItHitWithTheArticle() {
    AnnotatedArticle quotes = stored.stream().filter(d -> d.article().source().endsWith("quotes-1000.txt")).findFirst()
        .orElseThrow();
    assertThat(quotes.diagnostics()).anyMatch(d -> d.code().equals("W351"));
    // the bad files' diagnostics are kept in the store, with the file they concern
    assertThat(storedDiagnostics).anyMatch(d -> d.code().equals("E801") && d.item().endsWith("zip-bomb.warc.gz"));
    assertThat(quotes.quotes()).hasSizeLessThanOrEqualTo(2 * org.storyline.quotes.QuoteAttributor.DEFAULT_MAX_QUOTES);
  }

  @Test
  void keepsEveryStoredSpanInsideItsText() {
    for (AnnotatedArticle d : stored) {
      String text = d.text();
      int n = text.length();
      d.sentences().forEach(s -> assertThat(s.span().end()).isLessThanOrEqualTo(n));
      d.tokens().forEach(t -> assertThat(t.span().coveredText(text)).isEqualTo(t.text()));
      d.mentions().forEach(m -> assertThat(m.span().coveredText(text)).isEqualTo(m.text()));
      d.times().forEach(t -> assertThat(t.span().coveredText(text)).isEqualTo(t.text()));
      d.roles().forEach(r -> assertThat(r.span().fitsIn(n)).isTrue());
      d.quotes().forEach(q -> assertThat(q.span().fitsIn(n)).isTrue());
      d.events().forEach(ev -> assertThat(ev.trigger().end()).isLessThanOrEqualTo(n));
      for (int i = 0; i <= n; i++) {
        assertThat(d.article().toSource().toSource(i)).isBetween(0, d.article().toSource().sourceLength());
      }
    }
  }

  @Test
  void aSentenceOfAHundredThousandTokensEndsWithinTheTimeLimit(@TempDir Path dir, @TempDir Path longStore)
      throws IOException {
    // a tight limit so the test stays short: the article is either analysed (its sentence split into
    // bounded, untagged pieces, W210) or abandoned at 3 x 2 s (E803); the run ends either way
    HostileCorpus.longSentence(dir);
    StringWriter o = new StringWriter();
    int code = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Main.run(new String[] {"analyze", dir.toString(),
        "--store", longStore.toString(), "--no-timeline", "--time-limit", "2", "--verbose", "--engine", "corenlp"}, new PrintWriter(o),
        new PrintWriter(new StringWriter())));
    assertThat(code).as(o.toString()).isZero();
    try (StoryStore s = StoryStore.open(longStore)) {
      if (s.articleIds().isEmpty()) {
        assertThat(o.toString()).contains("E803", "long-sentence.txt", "abandoned");
      } else {
        AnnotatedArticle doc = s.loadArticles().get(0);
        assertThat(doc.diagnostics()).anyMatch(d -> d.code().equals("W210"));
        for (org.storyline.model.Sentence sentence : doc.sentences()) {
          assertThat(doc.tokensOf(sentence.index())).hasSizeLessThanOrEqualTo(250);
        }
      }
    }
  }

  @Test
  void reanalysingThroughAnotherSpellingOfThePathIsANoOp() throws Exception {
    StringWriter o = new StringWriter();
    Path sameDir = input.resolve("loop").resolve("..");
    int code = Main.run(new String[] {"analyze", sameDir.toString(), "--store", store.toString(), "--no-timeline", "--engine", "corenlp"},
        new PrintWriter(o), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(o.toString()).contains("0 analysed and stored, " + expectedArticles() + " already in the store");
    try (StoryStore s = StoryStore.open(store)) {
      assertThat(s.loadArticles()).hasSize(stored.size());
      // the bad files' diagnostics are replaced, not piled up, by the second run
      assertThat(s.diagnostics()).filteredOn(d -> d.item().endsWith("empty.txt")).hasSize(1);
    }
  }

  @Test
  void exitsNonZeroWhenNothingCouldBeRead(@TempDir Path onlyBad, @TempDir Path emptyStore) throws IOException {
    Files.writeString(onlyBad.resolve("notes.xyz"), "x", UTF_8);
    StringWriter o = new StringWriter();
    int code = Main.run(new String[] {"analyze", onlyBad.toString(), "--store", emptyStore.toString(), "--no-timeline", "--engine", "corenlp"},
        new PrintWriter(o), new PrintWriter(new StringWriter()));
    assertThat(code).as(o.toString()).isEqualTo(1);
    assertThat(o.toString()).contains("E105", "notes.xyz");
  }

  @Test
  void wrongUsageExitsNonZeroWithAMessage() {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    assertThat(Main.run(new String[] {"analyze"}, new PrintWriter(o), new PrintWriter(e))).isEqualTo(2);
    assertThat(e.toString()).contains("PATH");
    assertThat(Main.run(new String[] {"analyze", input.resolve("missing-dir").toString()}, new PrintWriter(o), new PrintWriter(e)))
        .isEqualTo(2);
    assertThat(e.toString()).contains("no such file or directory");
    assertThat(Main.run(new String[] {"timeline", "--from", "yesterday", "--store", store.toString()}, new PrintWriter(o), new PrintWriter(e)))
        .isEqualTo(2);
    assertThat(e.toString()).contains("invalid date 'yesterday'");
  }
}
