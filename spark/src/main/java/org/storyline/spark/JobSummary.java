package org.storyline.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;

/**
 * What one run of the job did: the content of {@code _SUMMARY.json}.
 *
 * @param read articles read from the inputs (an article met twice counts twice)
 * @param repeated articles met more than once (kept once)
 * @param analysed articles analysed and written
 * @param failed articles whose analysis failed (E701)
 * @param skippedByReason items skipped, by diagnostic code and reason (as {@code storyline analyze}
 *     reports them: errors only)
 * @param recordsSkipped WARC records skipped by reason (not responses, not HTML…), from I101
 * @param duplicates duplicate links (articles that repeat another)
 * @param entities canonical entities
 * @param events fused events
 * @param contradictions contradictions
 * @param diagnostics run-level diagnostics by code
 * @param partitions partitions of the analysis and fusion steps
 * @param seconds wall-clock time of the whole job
 * @param stepSeconds wall-clock time of each step
 */
public record JobSummary(long read, long repeated, long analysed, long failed, Map<String, Long> skippedByReason,
    Map<String, Long> recordsSkipped, long duplicates, long entities, long events, long contradictions,
    Map<String, Long> diagnostics, int partitions, double seconds, Map<String, Double> stepSeconds) {
  private static final Pattern SKIPPED_PART = Pattern.compile("(\\d+) ([^,]+)");

  public JobSummary {
    skippedByReason = Map.copyOf(skippedByReason);
    recordsSkipped = Map.copyOf(recordsSkipped);
    diagnostics = Map.copyOf(diagnostics);
    stepSeconds = Map.copyOf(stepSeconds);
  }

  static JobSummary of(long read, long repeated, long analysed, long failed, List<Diagnostic> runLevel, long duplicates,
      long entities, long events, long contradictions, int partitions, double seconds, Map<String, Double> steps) {
    Map<String, Long> skipped = new TreeMap<>();
    Map<String, Long> records = new TreeMap<>();
    Map<String, Long> codes = new TreeMap<>();
    for (Diagnostic d : runLevel) {
      codes.merge(d.code(), 1L, Long::sum);
      if (d.severity() == Severity.ERROR) {
        skipped.merge(d.code() + " " + reasonOf(d), 1L, Long::sum);
      }
      if (d.code().equals("I101")) {
        int colon = d.message().indexOf(": ");
        Matcher m = SKIPPED_PART.matcher(colon < 0 ? "" : d.message().substring(colon + 2));
        while (m.find()) {
          records.merge(m.group(2).strip(), Long.parseLong(m.group(1)), Long::sum);
        }
      }
    }
    return new JobSummary(read, repeated, analysed, failed, skipped, records, duplicates, entities, events,
        contradictions, codes, partitions, seconds, steps);
  }

  /** The reason part of a diagnostic message, as {@code storyline analyze} groups skipped items. */
  static String reasonOf(Diagnostic d) {
    String m = d.message();
    int colon = m.indexOf(':');
    String head = colon > 0 && colon < 60 ? m.substring(0, colon) : m;
    return head.length() > 60 ? head.substring(0, 60) + "…" : head;
  }

  /** {@return the summary as pretty-printed JSON} */
  String toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("read", read);
    out.put("repeated", repeated);
    out.put("analysed", analysed);
    out.put("failed", failed);
    out.put("skipped", skippedByReason.values().stream().mapToLong(Long::longValue).sum());
    out.put("skippedByReason", new TreeMap<>(skippedByReason));
    out.put("recordsSkipped", new TreeMap<>(recordsSkipped));
    out.put("duplicates", duplicates);
    out.put("entities", entities);
    out.put("events", events);
    out.put("contradictions", contradictions);
    out.put("diagnostics", new TreeMap<>(diagnostics));
    out.put("partitions", partitions);
    out.put("seconds", Math.round(seconds * 10) / 10.0);
    out.put("articlesPerSecond", seconds > 0 ? Math.round(analysed / seconds * 100) / 100.0 : 0.0);
    Map<String, Double> steps = new LinkedHashMap<>();
    stepSeconds.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> steps.put(e.getKey(), Math.round(e.getValue() * 10) / 10.0));
    out.put("stepSeconds", steps);
    out.put("exchange", org.storyline.exchange.ExchangeJson.FORMAT);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("summary not writable as JSON", e);
    }
  }
}
