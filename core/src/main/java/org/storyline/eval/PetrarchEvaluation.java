package org.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.actors.ActorDictionary;
import org.storyline.actors.AgentDictionary;
import org.storyline.actors.CameoActorCoder;
import org.storyline.events.EventCoder;
import org.storyline.events.EventLexicon;

/**
 * Scores the {@code storyline code} job on PETRARCH-2's unit-test records ({@code
 * cameo-petrarch/unit-tests/PETR.UnitTest.records.xml} in a bench directory). The records' actors
 * are fictional (Arnor, Gondor, ...) and defined only in the suite's own dictionaries, so the job's
 * actor coder reads the {@code Actorfile} and {@code Agentfile} that the records' {@code
 * <Environment>} names (PETR.Validate.actors.txt, PETR.Validate.agents.txt) with {@link
 * ActorDictionary} and {@link AgentDictionary} at run time; events are coded by Storyline's own
 * rules (the suite's verb dictionary is not used). Each record's date is passed as the line's
 * date, so date-restricted actor codes apply. Records that expect a PETRARCH input error
 * ({@code error="..."}: a bad parse tree, a dateline, a discard phrase) test PETRARCH's input
 * checks rather than coding and are not scored. Scored with {@link PetrarchScorer}.
 */
public final class PetrarchEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The unit-test folder inside a bench directory. */
  public static final String UNIT_TESTS = "cameo-petrarch/unit-tests";
  /** The records file inside {@link #UNIT_TESTS}. */
  public static final String RECORDS = "PETR.UnitTest.records.xml";

  private PetrarchEvaluation() {}

  /**
   * The results.
   *
   * @param rows the table rows
   * @param counts totals
   * @param byCategory counts per category
   * @param failures non-exact records per failure class, most frequent first
   * @param errors up to the requested number of failed records, one line each
   * @param skipped records not scored (expected PETRARCH input errors)
   * @param problems unreadable records, dictionary lines skipped, lines the job skipped
   */
  public record Result(List<BenchEvaluation.Row> rows, PetrarchScorer.Counts counts,
      Map<String, PetrarchScorer.Counts> byCategory, Map<String, Integer> failures, List<String> errors, int skipped,
      List<String> problems) {
    public Result {
      rows = List.copyOf(rows);
      byCategory = Map.copyOf(byCategory);
      failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
      errors = List.copyOf(errors);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Runs the job on the records and scores it.
   *
   * @param keep folder for the job's input and output files, or null for a temporary one
   * @param maxErrors how many failed records to describe
   * @throws IOException when the records or dictionaries cannot be read, or the files cannot be written
   */
  public static Result run(Path bench, Path keep, int maxErrors) throws IOException {
    Path dir = bench.resolve(UNIT_TESTS);
    Path recordsFile = dir.resolve(RECORDS);
    if (!Files.isRegularFile(recordsFile)) {
      throw new IOException("no PETRARCH unit tests: " + recordsFile + " is not a file");
    }
    List<String> problems = new ArrayList<>();
    PetrarchRecords.File file = PetrarchRecords.parse(recordsFile.toString(),
        Files.readString(recordsFile, StandardCharsets.UTF_8), problems);
    Path actorsFile = dir.resolve(file.environment().getOrDefault("Actorfile", "PETR.Validate.actors.txt"));
    Path agentsFile = dir.resolve(file.environment().getOrDefault("Agentfile", "PETR.Validate.agents.txt"));
    ActorDictionary actors = ActorDictionary.read(actorsFile, problems);
    AgentDictionary agents = Files.isRegularFile(agentsFile) ? AgentDictionary.read(agentsFile, problems)
        : AgentDictionary.empty();
    EventCoder coder = new EventCoder(EventLexicon.defaults(),
        CameoActorCoder.defaults().withUserDictionaries(actors, agents));

    List<PetrarchRecords.Record> scored = new ArrayList<>();
    int skipped = 0;
    for (PetrarchRecords.Record r : file.records()) {
      if (r.error() != null) {
        skipped++;
      } else {
        scored.add(r);
      }
    }
    Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("storyline-petrarch");
    Path in = work.resolve("petrarch-unit-tests.sentences.jsonl");
    Path out = work.resolve("petrarch-unit-tests.coded.jsonl");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
        for (int i = 0; i < scored.size(); i++) {
          PetrarchRecords.Record r = scored.get(i);
          // record ids repeat in the file: the line id is the position plus the record id
          w.write(JSON.writeValueAsString(Map.of("id", lineId(i, r), "text", r.text(), "date", r.date().toString())));
          w.newLine();
        }
      }
      EventCodeBatch.Report report = new EventCodeBatch(coder).run(in, out);
      problems.addAll(report.errors());
      Map<String, List<PetrarchRecords.Triple>> predicted = readCoded(out, problems);
      PetrarchScorer scorer = new PetrarchScorer();
      Map<String, Integer> failures = new LinkedHashMap<>();
      List<String> errors = new ArrayList<>();
      for (int i = 0; i < scored.size(); i++) {
        PetrarchRecords.Record r = scored.get(i);
        List<PetrarchRecords.Triple> p = predicted.getOrDefault(lineId(i, r), List.of());
        scorer.add(r.category(), r.expected(), p);
        String failure = failureClass(r.expected(), p);
        if (failure != null) {
          failures.merge(failure, 1, Integer::sum);
          if (errors.size() < maxErrors) {
            errors.add(String.format(Locale.ROOT, "%s [%s] %s: expected %s, got %s | %s", r.id(), r.category(), failure,
                show(r.expected()), show(p), r.text().length() > 100 ? r.text().substring(0, 97) + "..." : r.text()));
          }
        }
      }
      Map<String, Integer> sorted = new LinkedHashMap<>();
      failures.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      PetrarchScorer.Counts c = scorer.total();
      String data = "PETRARCH-2 unit tests (" + c.records() + " records)";
      String anchor = "PETRARCH-2 passes its own suite (1.0, by construction)";
      List<BenchEvaluation.Row> rows = List.of(
          new BenchEvaluation.Row(data, "records matched exactly", c.exactRate(), anchor),
          new BenchEvaluation.Row(data, "(source, target, code) F1", c.triples().f1(), ""),
          new BenchEvaluation.Row(data, "CAMEO full-code F1", c.full().f1(), ""),
          new BenchEvaluation.Row(data, "CAMEO root-code F1", c.root().f1(), ""),
          new BenchEvaluation.Row(data, "source code right (root right)",
              c.rootRecords() == 0 ? 0 : c.sourceRight() / (double) c.rootRecords(), ""),
          new BenchEvaluation.Row(data, "target code right (root right)",
              c.rootRecords() == 0 ? 0 : c.targetRight() / (double) c.rootRecords(), ""),
          new BenchEvaluation.Row(data, "no-event records left uncoded", c.noEventRate(), ""));
      return new Result(rows, c, scorer.byCategory(), sorted, errors, skipped, problems);
    } finally {
      if (keep == null) {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(work);
      }
    }
  }

  /**
   * {@return why a record did not match exactly, or null when it did} Classes, first that applies:
   * an event on a no-event record; no event coded; no predicted event with an expected root;
   * right root, wrong full code; right code, wrong actor codes; right triples, but events missing
   * or extra (e.g. PETRARCH's paired "visit"/"receive visit" events).
   */
  static String failureClass(List<PetrarchRecords.Triple> expected, List<PetrarchRecords.Triple> predicted) {
    if (new java.util.HashSet<>(expected).equals(new java.util.HashSet<>(predicted))) {
      return null;
    }
    if (expected.isEmpty()) {
      return "event coded on a no-event record";
    }
    if (predicted.isEmpty()) {
      return "no event coded";
    }
    boolean root = false;
    boolean full = false;
    boolean triple = false;
    for (PetrarchRecords.Triple p : predicted) {
      for (PetrarchRecords.Triple g : expected) {
        root |= PetrarchScorer.root(p.event()).equals(PetrarchScorer.root(g.event()));
        full |= p.event().equals(g.event());
        triple |= p.equals(g);
      }
    }
    if (!root) {
      return "wrong CAMEO root";
    }
    if (!full) {
      return "right root, wrong full code";
    }
    if (!triple) {
      return "right code, wrong actor codes";
    }
    return "events missing or extra (paired events)";
  }

  private static String lineId(int i, PetrarchRecords.Record r) {
    return String.format(Locale.ROOT, "%04d:%s", i, r.id());
  }

  private static String show(List<PetrarchRecords.Triple> ts) {
    if (ts.isEmpty()) {
      return "nothing";
    }
    List<String> out = new ArrayList<>();
    for (PetrarchRecords.Triple t : ts) {
      out.add(t.source() + "-" + t.event() + "-" + t.target());
    }
    return String.join(" ", out);
  }

  /** Reads the job's output back: line id → triples in file order. */
  static Map<String, List<PetrarchRecords.Triple>> readCoded(Path file, List<String> problems) throws IOException {
    return CodedEvents.read(file, problems, e -> e.path("cameo").isTextual()
        ? new PetrarchRecords.Triple(text(e.path("sourceCode")), text(e.path("targetCode")), e.path("cameo").asText())
        : null);
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
