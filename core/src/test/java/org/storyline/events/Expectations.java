package org.storyline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.ActorRef;
import org.storyline.model.EventMention;
import org.storyline.model.Quantity;

/** Checks coded events against "key=value" expectations as written in lexicon EXAMPLE lines. */
final class Expectations {
  private Expectations() {}

  static Map<String, String> parse(String expected) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : expected.trim().split("\\s+")) {
      if (part.equals("none")) {
        out.put("none", "");
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("bad expectation '" + part + "'");
      }
      String key = part.substring(0, eq);
      String value = part.substring(eq + 1);
      boolean text = key.equals("source") || key.equals("target") || key.equals("location") || key.equals("quantity");
      out.put(key, text ? value.replace('_', ' ') : value);
    }
    return out;
  }

  /** {@return null when some event meets every expectation, else a description of what was coded} */
  static String check(List<EventMention> events, Map<String, String> expected) {
    if (expected.containsKey("none")) {
      return events.isEmpty() ? null : "expected no event, got " + describe(events);
    }
    for (EventMention e : events) {
      if (matches(e, expected)) {
        return null;
      }
    }
    return "no event matches " + expected + "; got " + describe(events);
  }

  static boolean matches(EventMention e, Map<String, String> expected) {
    for (Map.Entry<String, String> x : expected.entrySet()) {
      String v = x.getValue();
      boolean ok;
      switch (x.getKey()) {
        case "frame":
          ok = e.frame().equals(v);
          break;
        case "status":
          ok = e.status().name().equals(v);
          break;
        case "cameo":
          ok = e.cameo().equals(v);
          break;
        case "plover":
          ok = e.plover().equals(v);
          break;
        case "mode":
          ok = e.mode().equals(v);
          break;
        case "source":
          ok = anyContains(e.sources(), v);
          break;
        case "target":
          ok = anyContains(e.targets(), v);
          break;
        case "location":
          ok = e.location() != null && e.location().text().contains(v);
          break;
        case "quantity":
          ok = hasQuantity(e.quantities(), v);
          break;
        case "when":
          ok = e.when() != null && e.when().timex().equals(v);
          break;
        default:
          throw new IllegalArgumentException("unknown expectation key " + x.getKey());
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyContains(List<ActorRef> refs, String v) {
    for (ActorRef r : refs) {
      if (r.text().contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasQuantity(List<Quantity> qs, String v) {
    int sp = v.indexOf(' ');
    double value = Double.parseDouble(v.substring(0, sp));
    String unit = v.substring(sp + 1);
    for (Quantity q : qs) {
      if (Math.abs(q.value() - value) < 1e-6 * Math.max(1, Math.abs(value)) && q.unit().equals(unit)) {
        return true;
      }
    }
    return false;
  }

  static String describe(List<EventMention> events) {
    List<String> out = new ArrayList<>();
    for (EventMention e : events) {
      out.add(describe(e));
    }
    return out.toString();
  }

  static String describe(EventMention e) {
    StringBuilder b = new StringBuilder();
    b.append(e.frame()).append('/').append(e.status()).append('/').append(e.cameo()).append('/').append(e.plover());
    if (!e.mode().isEmpty()) {
      b.append(':').append(e.mode());
    }
    b.append(" src=").append(texts(e.sources())).append(" tgt=").append(texts(e.targets()));
    if (e.location() != null) {
      b.append(" loc=").append(e.location().text());
    }
    if (e.when() != null) {
      b.append(" when=").append(e.when().timex());
    }
    for (Quantity q : e.quantities()) {
      b.append(" q=").append(q.value()).append(' ').append(q.unit());
    }
    return b.toString();
  }

  private static List<String> texts(List<ActorRef> refs) {
    List<String> out = new ArrayList<>();
    for (ActorRef r : refs) {
      out.add(r.text() + (r.actorCode() == null ? "" : "(" + r.actorCode() + ")"));
    }
    return out;
  }
}
