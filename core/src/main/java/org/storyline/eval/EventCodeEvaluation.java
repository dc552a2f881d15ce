package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.events.EventCoder;
import org.storyline.events.EventLexicon;
import org.storyline.events.PloverCode;

/**
 * Scores the {@code storyline code} job on the PLOVER gold-standard records (the CAMEO-manual
 * example sentences recoded to PLOVER, {@code plover/PLOVER_GSR_CAMEO.dev.json} in a bench
 * directory). The sentences are written as the job's JSON lines input (to a temporary folder
 * unless one is given), the job codes them, and its output file is read back and scored with
 * {@link EventCodeScorer}. Predicted types are mapped to the file's 2016 vocabulary through the
 * CAMEO code's {@link PloverCode#legacyType()}. The records' {@code date} (2000-01-01, a
 * placeholder for the manual's examples) is not passed on. The file's {@code source}/{@code
 * target} codes are CAMEO actor codes; its records carry no CAMEO event code, so the CAMEO rows
 * appear only for gold files that have a {@code cameo} field.
 */
public final class EventCodeEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The PLOVER gold-standard development half inside a bench directory. */
  public static final String PLOVER_DEV = "plover/PLOVER_GSR_CAMEO.dev.json";

  private EventCodeEvaluation() {}

  /**
   * Event-coding results.
   *
   * @param rows type accuracy (all sentences, sentences with an event), coverage, and CAMEO root
   *     and full-code F1 when the gold has CAMEO codes
   * @param counts the raw counts
   * @param problems unusable gold records, lines the job skipped, sentences missing from the output
   */
  public record Result(List<BenchEvaluation.Row> rows, EventCodeScorer.Counts counts, List<String> problems) {
    public Result {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads gold records from a PLOVER gold-standard JSON array: every record with an {@code event}
   * other than DOCUMENT and a non-blank {@code text}; {@code cameo} is read when present.
   *
   * @param problems receives one message per record that cannot be used
   * @throws FormatException when the file is not a JSON array
   */
  public static List<Sentence> readGold(String source, String json, List<String> problems) throws FormatException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isArray()) {
      throw new FormatException(source, 0, "expected a JSON array of records");
    }
    List<Sentence> out = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root) {
      i++;
      String type = r.path("event").asText("");
      if (type.equals("DOCUMENT")) {
        continue;
      }
      String id = r.path("id").asText("record " + i);
      String text = r.path("text").asText("");
      if (type.isBlank() || text.isBlank()) {
        problems.add(source + ": " + id + ": no event type or no text; not scored");
        continue;
      }
      String cameo = r.path("cameo").isValueNode() ? r.path("cameo").asText() : null;
      out.add(new Sentence(new EventCodeScorer.Gold(id, type, cameo), text));
    }
    return out;
  }

  /**
   * A gold sentence.
   *
   * @param gold its gold record
   * @param text the sentence
   */
  public record Sentence(EventCodeScorer.Gold gold, String text) {}

  /**
   * Runs the code job on the dev file and scores it.
   *
   * @param keep folder for the job's input and output files, or null for a temporary one
   * @throws IOException when the data cannot be read or is malformed, or the files cannot be written
   */
  public static Result run(Path bench, Path keep, EventLexicon lexicon) throws IOException {
    Path gold = bench.resolve(PLOVER_DEV);
    if (!Files.isRegularFile(gold)) {
      throw new IOException("no PLOVER data: " + gold + " is not a file");
    }
    List<String> problems = new ArrayList<>();
    List<Sentence> sentences;
    try {
      sentences = readGold(gold.toString(), Files.readString(gold), problems);
    } catch (FormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("storyline-code");
    Path in = dir.resolve("plover-dev.sentences.jsonl");
    Path out = dir.resolve("plover-dev.coded.jsonl");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
        for (Sentence s : sentences) {
          w.write(JSON.writeValueAsString(Map.of("id", s.gold().id(), "text", s.text())));
          w.newLine();
        }
      }
      EventCodeBatch.Report report = new EventCodeBatch(new EventCoder(lexicon)).run(in, out);
      problems.addAll(report.errors());
      Map<String, List<EventCodeScorer.Predicted>> predicted = readCoded(out, lexicon, problems);
      EventCodeScorer scorer = new EventCodeScorer();
      for (Sentence s : sentences) {
        List<EventCodeScorer.Predicted> events = predicted.get(s.gold().id());
        if (events == null) {
          problems.add(s.gold().id() + ": not in " + out + "; scored as no event");
          events = List.of();
        }
        scorer.add(s.gold(), events);
      }
      EventCodeScorer.Counts c = scorer.counts();
      String data = "PLOVER GSR dev (" + c.records() + " sentences)";
      String anchor = "no published coder figure; target ≥ 0.75";
      List<BenchEvaluation.Row> rows = new ArrayList<>(List.of(
          new BenchEvaluation.Row(data, "PLOVER event-type accuracy", c.typeAccuracy(), anchor),
          new BenchEvaluation.Row(data, "  on sentences with an event", c.typeAccuracyWithEvent(), ""),
          new BenchEvaluation.Row(data, "  sentences with an event", c.coverage(), "")));
      if (c.cameoGold() > 0) {
        rows.add(new BenchEvaluation.Row(data, "CAMEO root F1 (" + c.cameoGold() + " coded)", c.root().f1(), ""));
        rows.add(new BenchEvaluation.Row(data, "CAMEO full-code F1", c.full().f1(), ""));
      }
      return new Result(rows, c, problems);
    } finally {
      if (keep == null) {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(dir);
      }
    }
  }

  /**
   * Reads the job's output back: id → events in file order, types mapped to the gold's 2016
   * vocabulary via the CAMEO code (the written type when the code is not in the lexicon).
   */
  static Map<String, List<EventCodeScorer.Predicted>> readCoded(Path file, EventLexicon lexicon, List<String> problems)
      throws IOException {
    Map<String, List<EventCodeScorer.Predicted>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(lines.get(i));
      } catch (JsonProcessingException e) {
        problems.add(file + ":" + (i + 1) + ": not JSON; skipped");
        continue;
      }
      List<EventCodeScorer.Predicted> events = new ArrayList<>();
      for (JsonNode e : n.path("events")) {
        String cameo = e.path("cameo").isTextual() ? e.path("cameo").asText() : null;
        String type = lexicon.findPlover(cameo).map(PloverCode::legacyType)
            .orElse(e.path("plover").asText("").toUpperCase(Locale.ROOT));
        events.add(new EventCodeScorer.Predicted(type, cameo));
      }
      out.put(n.path("id").asText(), events);
    }
    return out;
  }
}
