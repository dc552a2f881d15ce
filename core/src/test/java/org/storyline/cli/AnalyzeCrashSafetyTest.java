package org.storyline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Pipelines;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Sentence;
import org.storyline.nlp.corenlp.SharedAnalyzer;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.StoryStore;

/**
 * Kills a real {@code storyline analyze} child process with SIGKILL at random moments while it
 * ingests a few hundred articles (variants of the seed texts in {@code examples/}), restarts it,
 * and checks after every kill that the store opens, that every article an outside reader saw
 * committed is still there, that no article is half-stored (no orphan rows, every stored article
 * whole and equal to a fresh analysis of it), and at the end that a rerun completes the store with
 * no article analysed twice.
 *
 * <p>A child lives for one kill (loading CoreNLP costs it a few seconds). The first two kills land
 * at a random moment of start-up (model loading, store opening); most land after the child's
 * first commit of its run, after a random number of further commits plus a random fraction of one
 * commit's time (so inside transactions as well as between them), together storing about 80% of
 * the articles; the last killed run stores the rest and dies at a random moment after its last
 * commit, while it rebuilds the fused story. Reproduce a failure with {@code
 * -Dcrash.seed=N} (printed in every assertion message); {@code -Dcrash.kills=N} sets the number of
 * kills (default 22).
 */
@Tag("slow")
class AnalyzeCrashSafetyTest {
  private static final long SEED = Long.getLong("crash.seed", 20_250_821L);
  private static final int KILLS = Integer.getInteger("crash.kills", 22);
  private static final int ARTICLES = 200;
  private static final int STARTUP_KILLS = 2;
  /** Share of the articles the kills after commits may store; the last run before the final ones stores the rest. */
  private static final double COMMIT_KILL_SHARE = 0.8;
  /** Whole articles compared with a fresh in-process analysis after the last run. */
  private static final int SAMPLE = 12;

  @TempDir Path dir;

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void killingAnalyzeAtRandomMomentsLosesNothingCommittedAndLeavesNoHalfStoredArticle() throws Exception {
    Random random = new Random(SEED);
    String seed = "crash.seed=" + SEED;
    Path input = Files.createDirectories(dir.resolve("input"));
    int written = writeVariants(input, random);
    Path store = dir.resolve("store");
    Set<String> committed = new LinkedHashSet<>();
    int kills = 0;
    int runs = 0;
    int storedByLastKilledRun = 0;
    while (kills < KILLS) {
      runs++;
      assertThat(runs).as("%s: too many runs finished before they could be killed", seed).isLessThan(KILLS * 3);
      Child child = Child.start(input, store, dir.resolve("run-" + runs + ".log"));
      int before = committed.size();
      boolean killed;
      if (kills < STARTUP_KILLS) {
        killed = child.killAfter(random.nextInt(4_000), committed);
      } else if (kills < KILLS - 1) {
        // after the first commit of this run, a random number of further commits, then a random
        // fraction of one commit's time, so that kills land inside transactions too
        int budget = (int) (written * COMMIT_KILL_SHARE);
        int step = Math.max(1, 2 * (budget - before) / (KILLS - 1 - kills));
        killed = child.killAtCommit(before + 1 + random.nextInt(step), random.nextDouble(), committed);
      } else {
        // the last one stores every article left, then dies while rebuilding the fused story
        killed = child.killAfterLastCommit(written, random.nextInt(3_000), committed);
        storedByLastKilledRun = committed.size() - before;
      }
      if (killed) {
        kills++;
      }
      checkStore(store, committed, written, seed + ", run " + runs + (killed ? " (killed)" : " (finished)")
          + ", log " + child.log);
    }
    assertThat(kills).as(seed).isGreaterThanOrEqualTo(Math.min(KILLS, 20));
    System.out.printf(Locale.ROOT, "%s: %d kills in %d runs; the last killed run stored the %d articles left and was"
        + " killed after its last commit; %d of %d articles stored before the final runs%n", seed, kills, runs,
        storedByLastKilledRun, committed.size(), written);

    // the rerun completes the store; a second one finds everything stored
    int storedBefore = committed.size();
    Child last = Child.start(input, store, dir.resolve("final.log"));
    assertThat(last.waitForExit()).as("%s: final run exit, log %s", seed, last.log).isZero();
    String report = Files.readString(last.log, UTF_8);
    assertThat(report).as(seed).contains("Read " + written + " article(s): " + (written - storedBefore)
        + " analysed and stored, " + storedBefore + " already in the store.");
    Child again = Child.start(input, store, dir.resolve("again.log"));
    assertThat(again.waitForExit()).isZero();
    assertThat(Files.readString(again.log, UTF_8)).as(seed)
        .contains("Read " + written + " article(s): 0 analysed and stored, " + written + " already in the store.");
    checkStore(store, committed, written, seed + ", after the final runs");
    try (StoryStore s = StoryStore.open(store)) {
      assertThat(s.articleIds()).as(seed).hasSize(written);
    }
    compareWithFreshAnalysis(store, random, seed);
  }

  // ------------------------------------------------------------------ checks

  /** The store opens, holds every id seen committed, and has no orphan or partial rows. */
  private static void checkStore(Path store, Set<String> committed, int written, String context) throws SQLException {
    if (!Files.exists(store.resolve(StoryStore.FILE_NAME))) {
      assertThat(committed).as(context).isEmpty();
      return;
    }
    try (StoryStore s = StoryStore.open(store)) {
      Set<String> ids = new HashSet<>();
      s.articleIds().forEach(id -> ids.add(id.value()));
      assertThat(ids).as("%s: every article seen committed is still stored", context).containsAll(committed);
      assertThat(ids.size()).as(context).isLessThanOrEqualTo(written);
      for (AnnotatedArticle doc : s.loadArticles()) {
        assertWhole(doc, context);
      }
      committed.addAll(ids);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      for (String table : List.of("sentences", "tokens", "mentions", "time_expressions", "roles", "quotes",
          "event_mentions")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table
            + " WHERE article NOT IN (SELECT id FROM articles)")) {
          rs.next();
          assertThat(rs.getInt(1)).as("%s: orphan rows in %s", context, table).isZero();
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles a WHERE NOT EXISTS"
          + " (SELECT 1 FROM sentences s WHERE s.article = a.id) OR NOT EXISTS (SELECT 1 FROM tokens t WHERE t.article = a.id)")) {
        rs.next();
        assertThat(rs.getInt(1)).as("%s: articles without sentences or tokens", context).isZero();
      }
      try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).as(context).isEqualTo("ok");
      }
    }
  }

  /** Every layer of a stored article is present and inside its text. */
  private static void assertWhole(AnnotatedArticle doc, String context) {
    String text = doc.text();
    assertThat(doc.sentences()).as("%s: sentences of %s", context, doc.id()).isNotEmpty();
    for (Sentence s : doc.sentences()) {
      assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(doc.tokensOf(s.index())).as("%s: tokens of sentence %d of %s", context, s.index(), doc.id())
          .isNotEmpty();
    }
    doc.mentions().forEach(m -> assertThat(m.span().coveredText(text)).isEqualTo(m.text()));
    doc.times().forEach(t -> assertThat(t.span().coveredText(text)).isEqualTo(t.text()));
    doc.events().forEach(e -> assertThat(e.trigger().end()).isLessThanOrEqualTo(text.length()));
  }

  /**
   * Analysis is deterministic, so a stored article equals a fresh analysis of the same article: a
   * sample of stored articles is analysed again in this JVM and compared layer by layer.
   */
  private static void compareWithFreshAnalysis(Path store, Random random, String seed) {
    Pipeline pipeline = Pipelines.standard(SharedAnalyzer.get());
    try (StoryStore s = StoryStore.open(store)) {
      List<ArticleId> ids = new ArrayList<>(s.articleIds());
      for (int i = 0; i < SAMPLE && !ids.isEmpty(); i++) {
        AnnotatedArticle storedDoc = s.article(ids.remove(random.nextInt(ids.size())));
        AnnotatedArticle fresh = pipeline.apply(AnnotatedArticle.of(storedDoc.article()));
        assertThat(storedDoc.sentences()).as(seed).isEqualTo(fresh.sentences());
        assertThat(storedDoc.tokens()).as(seed).isEqualTo(fresh.tokens());
        assertThat(storedDoc.mentions()).as(seed).isEqualTo(fresh.mentions());
        assertThat(storedDoc.times()).as(seed).isEqualTo(fresh.times());
        assertThat(storedDoc.quotes()).as(seed).isEqualTo(fresh.quotes());
        assertThat(storedDoc.events()).as(seed).isEqualTo(fresh.events());
      }
    }
  }

  // ------------------------------------------------------------------ input

  /**
   * Writes {@value #ARTICLES} articles: windows of 2 to 5 consecutive paragraphs of a seed text in
   * {@code examples/}, with people, places and numbers varied. {@return how many were written}
   */
  private static int writeVariants(Path input, Random random) throws IOException {
    Path examples = examplesFolder();
    List<List<String>> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(examples)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> paragraphs = Files.readAllLines(f, UTF_8).stream().map(String::strip)
            .filter(l -> l.length() > 60).toList();
        if (paragraphs.size() >= 2) {
          seeds.add(paragraphs);
        }
      }
    }
    assertThat(seeds).as("seed texts in " + examples).isNotEmpty();
    String[][] swaps = {{"Putin", "Lavrov", "Peskov", "Putin"}, {"Zelensky", "Yermak", "Sybiha", "Zelensky"},
        {"Istanbul", "Geneva", "Riyadh", "Doha"}, {"Trump", "Rubio", "Witkoff", "Trump"},
        {"Monday", "Tuesday", "Thursday", "Friday"}, {"August", "March", "June", "October"}};
    for (int i = 0; i < ARTICLES; i++) {
      List<String> paragraphs = seeds.get(i % seeds.size());
      // seeds written as one long paragraph are cut into sentences-sized pieces instead
      List<String> pieces = paragraphs.size() >= 4 ? paragraphs : List.of(String.join(" ", paragraphs).split("(?<=\\.) "));
      int length = 2 + random.nextInt(4);
      int from = random.nextInt(Math.max(1, pieces.size() - length));
      StringBuilder body = new StringBuilder();
      for (String p : pieces.subList(from, Math.min(pieces.size(), from + length))) {
        String varied = p;
        for (String[] swap : swaps) {
          varied = varied.replace(swap[0], swap[1 + random.nextInt(swap.length - 1)]);
        }
        body.append(varied).append("\n\n");
      }
      String title = "Dispatch " + (i + 1) + ": " + firstWords(body.toString(), 6);
      Files.writeString(input.resolve(String.format(Locale.ROOT, "dispatch-%03d.txt", i)), title + "\n\n" + body, UTF_8);
    }
    return ARTICLES;
  }

  private static String firstWords(String s, int n) {
    String[] words = s.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(n, words.length)));
  }

  private static Path examplesFolder() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 3 && p != null; i++, p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
  }

  // ------------------------------------------------------------------ the child

  /** One {@code storyline analyze} child process and an outside reader of its store. */
  private static final class Child {
    final Process process;
    final Path log;
    final Path db;

    private Child(Process process, Path log, Path db) {
      this.process = process;
      this.log = log;
      this.db = db;
    }

    static Child start(Path input, Path store, Path log) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      // C1 only and the serial collector: a short-lived child spends less CPU on compiling and GC
      // threads, so the kills fit CI's two cores; the code path is the same
      ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"),
          Main.class.getName(), "analyze", input.toString(), "--store", store.toString(), "--no-timeline",
          "--threads", "2", "--engine", "corenlp");
      pb.redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      return new Child(pb.start(), log, store.resolve(StoryStore.FILE_NAME));
    }

    /** Kills the child {@code millis} after now unless it ends first. {@return whether it was killed} */
    boolean killAfter(long millis, Set<String> committed) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          return false;
        }
        observe(committed);
        Thread.sleep(20);
      }
      return kill(committed);
    }

    /**
     * Waits until {@code target} articles are seen committed, then for {@code fraction} of the
     * time the last commit took, and kills the child. {@return whether it was killed}
     */
    boolean killAtCommit(int target, double fraction, Set<String> committed) throws Exception {
      long lastCommit = 0;
      long interval = 0;
      int seen = committed.size();
      long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (seen < target) {
        if (!process.isAlive()) {
          return false;
        }
        assertThat(System.nanoTime()).as("no commit for 3 minutes, log %s", log).isLessThan(giveUp);
        observe(committed);
        if (committed.size() > seen) {
          long now = System.nanoTime();
          interval = lastCommit == 0 ? interval : (now - lastCommit) / (committed.size() - seen);
          lastCommit = now;
          seen = committed.size();
        } else {
          Thread.sleep(10);
        }
      }
      if (interval > 0) {
        TimeUnit.NANOSECONDS.sleep((long) (fraction * interval));
      }
      return kill(committed);
    }

    /**
     * Waits until all {@code written} articles are seen committed, then {@code millis} more (the
     * run is rebuilding the story then), and kills the child. {@return whether it was killed}
     */
    boolean killAfterLastCommit(int written, long millis, Set<String> committed) throws Exception {
      long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (committed.size() < written) {
        if (!process.isAlive()) {
          return false;
        }
        assertThat(System.nanoTime()).as("no progress for 5 minutes, log %s", log).isLessThan(giveUp);
        observe(committed);
        Thread.sleep(10);
      }
      return killAfter(millis, committed);
    }

    private boolean kill(Set<String> committed) throws Exception {
      observe(committed);
      if (!process.isAlive()) {
        return false;
      }
      process.destroyForcibly(); // SIGKILL
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return process.exitValue() != 0;
    }

    int waitForExit() throws InterruptedException {
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("run ended, log %s", log).isTrue();
      return process.exitValue();
    }

    /** Adds the ids committed so far, as an outside reader sees them. */
    void observe(Set<String> committed) throws SQLException {
      if (!Files.exists(db)) {
        return;
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement st = c.createStatement()) {
        st.execute("PRAGMA busy_timeout = 1000");
        try (ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
          while (rs.next()) {
            committed.add(rs.getString(1));
          }
        }
      } catch (SQLException e) {
        // the schema is not created yet, or the database is locked for a moment: nothing seen
        if (!String.valueOf(e.getMessage()).contains("no such table") && !String.valueOf(e.getMessage()).contains("locked")
            && !String.valueOf(e.getMessage()).contains("busy")) {
          throw e;
        }
      }
    }
  }
}
