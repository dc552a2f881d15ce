package org.storyline.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.EventMention;

/**
 * Development check, not a unit test: codes each sentence of the PLOVER gold-standard dev file
 * (the 2016 CAMEO-manual records, read from its path; nothing is copied) with
 * {@link EventCoder#codeSentence(String)} and reports how often the most confident event's PLOVER
 * type, in the file's 2016 vocabulary (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT), equals the gold
 * type. Usage: {@code PloverDevCheck [path-to-PLOVER_GSR_CAMEO.dev.json]}.
 */
public final class PloverDevCheck {
  private PloverDevCheck() {}

  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "/work/shared/bench/plover/PLOVER_GSR_CAMEO.dev.json");
    JsonNode records = new ObjectMapper().readTree(Files.readString(path));
    EventLexicon lexicon = EventLexicon.defaults();
    EventCoder coder = new EventCoder(lexicon);
    int total = 0;
    int coded = 0;
    int correct = 0;
    int anyCorrect = 0;
    Map<String, int[]> perType = new TreeMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    for (JsonNode r : records) {
      String gold = r.path("event").asText();
      if (gold.isEmpty() || gold.equals("DOCUMENT")) {
        continue;
      }
      total++;
      int[] counts = perType.computeIfAbsent(gold, k -> new int[2]);
      counts[0]++;
      List<EventMention> events = coder.codeSentence(r.path("text").asText());
      if (events.isEmpty()) {
        confusions.merge(gold + " -> (none)", 1, Integer::sum);
        continue;
      }
      coded++;
      EventMention best = events.stream()
          .max(Comparator.comparingDouble((EventMention e) -> e.provenance().confidence())).orElseThrow();
      String predicted = legacy(lexicon, best);
      if (predicted.equals(gold)) {
        correct++;
        counts[1]++;
      } else {
        confusions.merge(gold + " -> " + predicted, 1, Integer::sum);
      }
      if (events.stream().anyMatch(e -> legacy(lexicon, e).equals(gold))) {
        anyCorrect++;
      }
    }
    System.out.printf(Locale.ROOT, "records %d, with an event %d (%.1f%%)%n", total, coded, 100.0 * coded / total);
    System.out.printf(Locale.ROOT, "PLOVER type accuracy (top event vs gold, all records): %.1f%% (%d/%d)%n",
        100.0 * correct / total, correct, total);
    System.out.printf(Locale.ROOT, "accuracy on records with an event: %.1f%%; gold type among any event: %.1f%%%n",
        100.0 * correct / Math.max(1, coded), 100.0 * anyCorrect / total);
    for (Map.Entry<String, int[]> e : perType.entrySet()) {
      System.out.printf(Locale.ROOT, "  %-12s %2d/%2d%n", e.getKey(), e.getValue()[1], e.getValue()[0]);
    }
    System.out.println("confusions:");
    confusions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(25)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %3d %s%n", e.getValue(), e.getKey()));
  }

  private static String legacy(EventLexicon lexicon, EventMention e) {
    return lexicon.findPlover(e.cameo()).map(PloverCode::legacyType).orElse(e.plover());
  }
}
