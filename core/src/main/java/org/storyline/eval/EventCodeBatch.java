package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.events.EventCoder;
import org.storyline.model.ActorRef;
import org.storyline.model.EventMention;

/**
 * The {@code storyline code} job: sentence-level event coding of a JSON lines file. Each input
 * line is {@code {"id":..., "text":..., "date":"2025-08-15"}} ({@code date}, an ISO date used as
 * the publication date for tense checks, is optional); each output line is
 *
 * <pre>{"id":"s1","events":[{"plover":"CONSULT","mode":"visit","cameo":"042","status":"OCCURRED",
 *   "source":"Putin","target":"Alaska","sourceCode":"RUSGOV","targetCode":null}]}</pre>
 *
 * <p>Events are coded by {@link EventCoder#codeSentence(String, LocalDate)} from the plain text
 * (no NLP models) and written most confident first, so the first event is the sentence's best
 * reading. {@code source}/{@code target} are the first source and target actor's text (null when
 * none), the codes their CAMEO actor codes where known, else null.
 *
 * <p>A line that is not a JSON object, lacks a string {@code id} or {@code text}, or has a date
 * that is not an ISO date is reported as {@code FILE:LINE: problem} and skipped; blank lines are
 * skipped silently; the other lines are still coded.
 */
public final class EventCodeBatch {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventCoder coder;

  /** A job coding with {@code coder}. */
  public EventCodeBatch(EventCoder coder) {
    this.coder = coder;
  }

  /**
   * What a run did.
   *
   * @param sentences lines written
   * @param events events written
   * @param errors one message per skipped line, {@code FILE:LINE: problem}
   */
  public record Report(int sentences, int events, List<String> errors) {
    public Report {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Codes every line of {@code in} and writes the result to {@code out} (its folder is created
   * when missing).
   *
   * @throws IOException when {@code in} cannot be read or {@code out} cannot be written
   */
  public Report run(Path in, Path out) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    List<String> errors = new ArrayList<>();
    int sentences = 0;
    int events = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode coded;
        try {
          coded = codeLine(line);
        } catch (FormatProblem e) {
          errors.add(in + ":" + number + ": " + e.getMessage() + "; skipped");
          continue;
        }
        w.write(JSON.writeValueAsString(coded));
        w.newLine();
        sentences++;
        events += coded.path("events").size();
      }
    }
    return new Report(sentences, events, errors);
  }

  private ObjectNode codeLine(String line) throws FormatProblem {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new FormatProblem("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new FormatProblem("not a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
      throw new FormatProblem("missing \"id\" (a string)");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new FormatProblem("missing \"text\" (a string)");
    }
    LocalDate date = null;
    JsonNode d = node.get("date");
    if (d != null && !d.isNull()) {
      if (!d.isTextual()) {
        throw new FormatProblem("\"date\" must be an ISO date string such as 2025-08-15");
      }
      String s = d.asText().strip();
      try {
        date = s.length() > 10 && s.charAt(10) == 'T' ? LocalDate.parse(s.substring(0, 10)) : LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw new FormatProblem("\"date\" is not an ISO date: " + s);
      }
    }
    List<EventMention> mentions = new ArrayList<>(coder.codeSentence(text.asText(), date));
    mentions.sort(Comparator.comparingDouble((EventMention e) -> e.provenance().confidence()).reversed());
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id.asText());
    ArrayNode list = out.putArray("events");
    for (EventMention e : mentions) {
      ObjectNode o = list.addObject();
      o.put("plover", e.plover());
      o.put("mode", e.mode());
      o.put("cameo", e.cameo());
      o.put("status", e.status().name());
      ActorRef source = e.sources().isEmpty() ? null : e.sources().get(0);
      ActorRef target = e.targets().isEmpty() ? null : e.targets().get(0);
      o.put("source", source == null ? null : source.text());
      o.put("target", target == null ? null : target.text());
      o.put("sourceCode", source == null ? null : source.actorCode());
      o.put("targetCode", target == null ? null : target.actorCode());
    }
    return out;
  }

  /** A line that cannot be coded; the message says why, without the location. */
  private static final class FormatProblem extends Exception {
    private static final long serialVersionUID = 1L;

    FormatProblem(String message) {
      super(message);
    }
  }
}
