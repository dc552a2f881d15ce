package org.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.storyline.model.ActorRef;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.EntityId;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.Quantity;
import org.storyline.model.Span;
import org.storyline.model.TimeValue;

/**
 * The JSON forms of the small values the store keeps in JSON columns (actor lists, quantities,
 * citations, evidence, time values). Written explicitly field by field, never by reflection, so the
 * stored form changes only with the schema version. Stateless and thread-safe.
 */
final class ColumnJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ColumnJson() {}

  // ---- lists -------------------------------------------------------------------------------

  static <T> String list(List<T> values, Function<T, JsonNode> encoder) {
    ArrayNode array = NODES.arrayNode(values.size());
    for (T v : values) {
      array.add(encoder.apply(v));
    }
    return write(array);
  }

  static <T> List<T> list(String json, Function<JsonNode, T> decoder) {
    JsonNode array = read(json);
    if (!array.isArray()) {
      throw new StoreException("expected a JSON array, got " + abbreviate(json));
    }
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      out.add(decoder.apply(n));
    }
    return out;
  }

  static JsonNode string(String s) {
    return NODES.textNode(s);
  }

  static String string(JsonNode n) {
    return n.textValue();
  }

  static JsonNode entityId(EntityId id) {
    return NODES.textNode(id.value());
  }

  static EntityId entityId(JsonNode n) {
    return EntityId.of(n.textValue());
  }

  // ---- values ------------------------------------------------------------------------------

  static JsonNode actor(ActorRef a) {
    ObjectNode o = NODES.objectNode();
    o.put("text", a.text());
    o.put("entity", a.entity() == null ? null : a.entity().value());
    o.put("actorCode", a.actorCode());
    putSpan(o, a.span());
    return o;
  }

  static ActorRef actor(JsonNode n) {
    return new ActorRef(span(n), n.get("text").textValue(),
        n.get("entity").isNull() ? null : EntityId.of(n.get("entity").textValue()),
        n.get("actorCode").textValue());
  }

  static String actorOrNull(ActorRef a) {
    return a == null ? null : write(actor(a));
  }

  static ActorRef actorOrNull(String json) {
    return json == null ? null : actor(read(json));
  }

  static JsonNode quantity(Quantity q) {
    ObjectNode o = NODES.objectNode();
    putSpan(o, q.span());
    o.put("text", q.text());
    o.put("value", q.value());
    o.put("unit", q.unit());
    return o;
  }

  static Quantity quantity(JsonNode n) {
    return new Quantity(span(n), n.get("text").textValue(), n.get("value").asDouble(), n.get("unit").textValue());
  }

  static JsonNode citation(Citation c) {
    ObjectNode o = NODES.objectNode();
    o.put("article", c.article().value());
    o.put("sentence", c.sentence());
    putSpan(o, c.span());
    o.put("text", c.text());
    return o;
  }

  static Citation citation(JsonNode n) {
    return new Citation(ArticleId.of(n.get("article").textValue()), n.get("sentence").intValue(), span(n),
        n.get("text").textValue());
  }

  static JsonNode evidence(Evidence e) {
    ObjectNode o = NODES.objectNode();
    o.put("reason", e.reason());
    putSpan(o, e.span());
    o.put("text", e.text());
    return o;
  }

  static Evidence evidence(JsonNode n) {
    return new Evidence(n.get("reason").textValue(), span(n), n.get("text").textValue());
  }

  /** A time value as {@code {"kind": "resolved"|"relative"|"duration"|"unresolvable", ...}}. */
  static String timeOrNull(TimeValue t) {
    if (t == null) {
      return null;
    }
    ObjectNode o = NODES.objectNode();
    o.put("timex", t.timex());
    if (t instanceof TimeValue.Resolved) {
      TimeValue.Resolved r = (TimeValue.Resolved) t;
      o.put("kind", "resolved");
      o.put("start", r.start().toString());
      o.put("endExclusive", r.endExclusive().toString());
      o.put("granularity", r.granularity().name());
    } else if (t instanceof TimeValue.Relative) {
      TimeValue.Relative r = (TimeValue.Relative) t;
      o.put("kind", "relative");
      o.put("rule", r.rule());
      o.put("granularity", r.granularity().name());
    } else if (t instanceof TimeValue.Duration) {
      o.put("kind", "duration");
    } else if (t instanceof TimeValue.Unresolvable) {
      o.put("kind", "unresolvable");
      o.put("reason", ((TimeValue.Unresolvable) t).reason());
    } else {
      throw new AssertionError(t);
    }
    return write(o);
  }

  static TimeValue timeOrNull(String json) {
    if (json == null) {
      return null;
    }
    JsonNode n = read(json);
    String timex = n.get("timex").textValue();
    String kind = n.get("kind").textValue();
    switch (kind) {
      case "resolved":
        return new TimeValue.Resolved(LocalDate.parse(n.get("start").textValue()),
            LocalDate.parse(n.get("endExclusive").textValue()),
            Granularity.valueOf(n.get("granularity").textValue()), timex);
      case "relative":
        return new TimeValue.Relative(n.get("rule").textValue(),
            Granularity.valueOf(n.get("granularity").textValue()), timex);
      case "duration":
        return new TimeValue.Duration(timex);
      case "unresolvable":
        return new TimeValue.Unresolvable(n.get("reason").textValue(), timex);
      default:
        throw new StoreException("unknown time value kind '" + kind + "'");
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static void putSpan(ObjectNode o, Span span) {
    if (span == null) {
      o.putNull("start");
      o.putNull("end");
    } else {
      o.put("start", span.start());
      o.put("end", span.end());
    }
  }

  private static Span span(JsonNode n) {
    JsonNode start = n.get("start");
    return start == null || start.isNull() ? null : new Span(start.intValue(), n.get("end").intValue());
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON column", e);
    }
  }

  static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt JSON column " + abbreviate(json), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
