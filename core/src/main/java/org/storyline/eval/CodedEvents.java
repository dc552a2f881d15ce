package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the output of {@code storyline code} back for a scorer: one JSON line per input sentence,
 * {@code {"id", "events": [...]}}. A line that is not JSON is named in {@code problems} (file and
 * line number) and skipped; blank lines are ignored.
 */
final class CodedEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CodedEvents() {}

  /**
   * {@return line id → the line's events, each turned into {@code T} by {@code event} (null: left
   * out), in file order}
   */
  static <T> Map<String, List<T>> read(Path file, List<String> problems, Function<JsonNode, T> event)
      throws IOException {
    Map<String, List<T>> out = new HashMap<>();
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
      List<T> events = new ArrayList<>();
      for (JsonNode e : n.path("events")) {
        T t = event.apply(e);
        if (t != null) {
          events.add(t);
        }
      }
      out.put(n.path("id").asText(), events);
    }
    return out;
  }
}
