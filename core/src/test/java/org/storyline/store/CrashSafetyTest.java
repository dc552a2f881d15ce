package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;

/**
 * Kills a writing child JVM ({@link CrashWriterMain}) with SIGKILL at several points and checks that
 * every article it reported stored is complete, that no partial article exists, and that a rerun
 * skipping stored ids completes the store without duplicates.
 */
class CrashSafetyTest {
  private static final int ARTICLES = 30;
  private static final int PARAGRAPHS = 8;
  private static final String END_OF_OUTPUT = "\u0000eof";

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aKillWhileWritingLosesNothingReportedStoredAndLeavesNoPartialArticle() throws Exception {
    Map<ArticleId, AnnotatedArticle> expected = new HashMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      AnnotatedArticle doc = StoreFixtures.numbered(i, PARAGRAPHS);
      expected.put(doc.id(), doc);
    }
    Path store = dir.resolve("store");
    Set<ArticleId> reported = new LinkedHashSet<>();

    // each run waits for a few commits, measures how long one takes, and kills the child at a
    // different fraction of the next one, so kills land early, midway and late in a transaction
    double[][] plans = {{2, 0.1}, {2, 0.35}, {3, 0.6}, {2, 0.85}, {2, 0.5}};
    for (double[] plan : plans) {
      Run run = start(store);
      List<String> lines = run.readUntil((int) plan[0], plan[1]);
      run.process.destroyForcibly();
      assertThat(run.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      lines.addAll(run.drain());
      for (String line : lines) {
        if (line.startsWith("stored ")) {
          reported.add(ArticleId.of(line.substring(7)));
        }
      }
      assertThat(lines).as("the child was killed before finishing").doesNotContain("done");
      checkComplete(store, expected, reported);
    }
    assertThat(reported).hasSizeGreaterThanOrEqualTo(11).hasSizeLessThan(ARTICLES);

    Run last = start(store);
    List<String> lines = last.readUntil(Integer.MAX_VALUE, 0);
    assertThat(last.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(last.process.exitValue()).as(last.stderr()).isZero();
    assertThat(lines).last().isEqualTo("done");
    for (ArticleId id : reported) {
      assertThat(lines).contains("skipped " + id);
    }
    checkComplete(store, expected, expected.keySet());
    try (StoryStore s = StoryStore.open(store)) {
      StoreCounts counts = s.counts();
      assertThat(counts.articles()).isEqualTo(ARTICLES);
      assertThat(counts.sentences()).isEqualTo(expected.values().stream().mapToLong(d -> d.sentences().size()).sum());
      assertThat(counts.mentions()).isEqualTo(expected.values().stream().mapToLong(d -> d.mentions().size()).sum());
      assertThat(counts.diagnostics()).isEqualTo(2L * ARTICLES);
    }
  }

  /** Every id in {@code mustHave} is stored whole; every stored article is whole; no orphan rows. */
  private static void checkComplete(Path store, Map<ArticleId, AnnotatedArticle> expected, Set<ArticleId> mustHave)
      throws Exception {
    try (StoryStore s = StoryStore.open(store)) {
      for (ArticleId id : mustHave) {
        assertThat(s.findArticle(id)).as("reported stored: " + id).contains(expected.get(id));
      }
      for (AnnotatedArticle doc : s.loadArticles()) {
        assertThat(doc).as("stored article " + doc.id()).isEqualTo(expected.get(doc.id()));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      for (String table : List.of("sentences", "tokens", "mentions", "time_expressions", "roles", "quotes",
          "event_mentions", "diagnostics")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table
            + " WHERE article IS NOT NULL AND article NOT IN (SELECT id FROM articles)")) {
          rs.next();
          assertThat(rs.getInt(1)).as("orphan rows in " + table).isZero();
        }
      }
      try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
    }
  }

  private Run start(Path store) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = Files.createTempFile(dir, "child", ".err");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), CrashWriterMain.class.getName(), store.toString(),
        String.valueOf(ARTICLES), String.valueOf(PARAGRAPHS));
    pb.redirectError(stderr.toFile());
    return new Run(pb.start(), stderr);
  }

  /** A child process whose stdout lines are collected by a reader thread. */
  private static final class Run {
    final Process process;
    final Path stderrFile;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    Run(Process process, Path stderrFile) {
      this.process = process;
      this.stderrFile = stderrFile;
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            lines.add(line);
          }
        } catch (IOException e) {
          // the child was killed mid-line: what was read is what it printed
        } finally {
          lines.add(END_OF_OUTPUT);
        }
      }, "child-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    /**
     * Reads until {@code stored} "stored" lines were seen, then waits {@code fraction} of the time
     * between the last two of them (about one article's write).
     */
    List<String> readUntil(int stored, double fraction) throws Exception {
      List<String> out = new ArrayList<>();
      int seen = 0;
      long previous = 0;
      long interval = 0;
      while (seen < stored) {
        String line = lines.poll(30, TimeUnit.SECONDS);
        assertThat(line).as("child output timed out; stderr: " + stderr()).isNotNull();
        if (line.equals(END_OF_OUTPUT)) {
          lines.add(END_OF_OUTPUT);
          break;
        }
        out.add(line);
        if (line.startsWith("stored ")) {
          long now = System.nanoTime();
          interval = previous == 0 ? 0 : now - previous;
          previous = now;
          seen++;
        }
      }
      if (fraction > 0 && interval > 0) {
        TimeUnit.NANOSECONDS.sleep((long) (fraction * interval));
      }
      return out;
    }

    /** {@return the lines printed after the last read, up to the end of the output} */
    List<String> drain() throws InterruptedException {
      List<String> out = new ArrayList<>();
      String line;
      while ((line = lines.poll(20, TimeUnit.SECONDS)) != null && !line.equals(END_OF_OUTPUT)) {
        out.add(line);
      }
      return out;
    }

    String stderr() {
      try {
        return Files.readString(stderrFile);
      } catch (IOException e) {
        return "(no stderr: " + e + ")";
      }
    }
  }
}
