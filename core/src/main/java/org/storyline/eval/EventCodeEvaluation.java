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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
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
 *
 * <p>Gold modes (a {@code mode} string or array; 71 of the dev records have the field, 54 with a
 * non-empty value) are in the 2016 vocabulary and are mapped to PLOVER 2.0 modes with {@link
 * GoldModes} before scoring. The sentences are also scored in two halves split by {@link
 * #half(String)}, so rule development can look at one half's errors and check on the other.
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
   * @param halfA the counts on half A of the sentences ({@link #half(String)})
   * @param halfB the counts on half B
   * @param problems unusable gold records, unmapped gold modes, lines the job skipped, sentences
   *     missing from the output
   */
  public record Result(List<BenchEvaluation.Row> rows, EventCodeScorer.Counts counts, EventCodeScorer.Counts halfA,
      EventCodeScorer.Counts halfB, List<String> problems) {
    public Result {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * {@return 'A' or 'B': the half of a gold record, by the parity of the CRC-32 of its id's UTF-8
   * bytes} A fixed split of the dev file, independent of the order of the records.
   */
  public static char half(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? 'A' : 'B';
  }

  /**
   * Reads gold records from a PLOVER gold-standard JSON array: every record with an {@code event}
   * other than DOCUMENT and a non-blank {@code text}; {@code cameo} is read when present, and
   * {@code mode} (a string or an array of strings) is mapped to PLOVER 2.0 modes with {@link
   * GoldModes#standard()}.
   *
   * @param problems receives one message per record that cannot be used or has a mode the table
   *     does not list
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
      List<String> modes = new ArrayList<>();
      JsonNode mode = r.path("mode");
      if (mode.isTextual()) {
        modes.add(mode.asText());
      } else if (mode.isArray()) {
        for (JsonNode m : mode) {
          if (m.isTextual()) {
            modes.add(m.asText());
          }
        }
      }
      List<String> unmapped = new ArrayList<>();
      List<String> mapped = GoldModes.standard().map(type, modes, unmapped);
      for (String u : unmapped) {
        problems.add(source + ": " + id + ": gold mode " + u + " not in " + GoldModes.RESOURCE + "; compared as written");
      }
      out.add(new Sentence(new EventCodeScorer.Gold(id, type, cameo, mapped), text));
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
      EventCodeScorer scorerA = new EventCodeScorer();
      EventCodeScorer scorerB = new EventCodeScorer();
      for (Sentence s : sentences) {
        List<EventCodeScorer.Predicted> events = predicted.get(s.gold().id());
        if (events == null) {
          problems.add(s.gold().id() + ": not in " + out + "; scored as no event");
          events = List.of();
        }
        scorer.add(s.gold(), events);
        (half(s.gold().id()) == 'A' ? scorerA : scorerB).add(s.gold(), events);
      }
      EventCodeScorer.Counts c = scorer.counts();
      EventCodeScorer.Counts a = scorerA.counts();
      EventCodeScorer.Counts b = scorerB.counts();
      String data = "PLOVER GSR dev (" + c.records() + " sentences)";
      String anchor = "no published coder figure; target ≥ 0.75";
      List<BenchEvaluation.Row> rows = new ArrayList<>(List.of(
          new BenchEvaluation.Row(data, "PLOVER event-type accuracy", c.typeAccuracy(), anchor),
          new BenchEvaluation.Row(data, "  on sentences with an event", c.typeAccuracyWithEvent(), ""),
          new BenchEvaluation.Row(data, "  sentences with an event", c.coverage(), ""),
          new BenchEvaluation.Row(data, "  half A (" + a.records() + ", CRC32(id) even)", a.typeAccuracy(), ""),
          new BenchEvaluation.Row(data, "  half B (" + b.records() + ", CRC32(id) odd)", b.typeAccuracy(), "")));
      if (c.modeGold() > 0) {
        rows.add(new BenchEvaluation.Row(data, "PLOVER mode accuracy (" + c.modeGold() + " with a mode)",
            c.modeAccuracy(), "type and mode right; no published figure"));
        rows.add(new BenchEvaluation.Row(data, "  mode accuracy where type right (" + c.modeTypeRight() + ")",
            c.modeAccuracyGivenType(), ""));
      }
      if (c.cameoGold() > 0) {
        rows.add(new BenchEvaluation.Row(data, "CAMEO root F1 (" + c.cameoGold() + " coded)", c.root().f1(), ""));
        rows.add(new BenchEvaluation.Row(data, "CAMEO full-code F1", c.full().f1(), ""));
      }
      return new Result(rows, c, a, b, problems);
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
   * vocabulary via the CAMEO code (the written type when the code is not in the lexicon), modes
   * as written (PLOVER 2.0).
   */
  static Map<String, List<EventCodeScorer.Predicted>> readCoded(Path file, EventLexicon lexicon, List<String> problems)
      throws IOException {
    return CodedEvents.read(file, problems, e -> {
      String cameo = e.path("cameo").isTextual() ? e.path("cameo").asText() : null;
      String type = lexicon.findPlover(cameo).map(PloverCode::legacyType)
          .orElse(e.path("plover").asText("").toUpperCase(Locale.ROOT));
      String mode = e.path("mode").isTextual() ? e.path("mode").asText() : "";
      return new EventCodeScorer.Predicted(type, cameo, mode);
    });
  }
}
