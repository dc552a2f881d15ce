package org.storyline.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.fusion.TimelineEntry;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.Quantity;
import org.storyline.model.Role;
import org.storyline.model.StatusChange;

/** Renders timelines, entities and contradictions as plain-text tables. */
final class StoryRenderer {
  private final StoryView view;

  StoryRenderer(StoryView view) {
    this.view = view;
  }

  String timeline(List<TimelineEntry> entries) {
    TextTable t = new TextTable(List.of("date", "what happened", "who", "status", "sources"), 12, 46, 26, 22, 24);
    for (TimelineEntry e : entries) {
      Event ev = e.event();
      t.add(List.of(date(e), what(ev), who(ev), status(ev), sources(ev.mentions())));
    }
    return t.size() == 0 ? "(no events)\n" : t.render();
  }

  static String date(TimelineEntry e) {
    Event ev = e.event();
    if (ev.date() == null) {
      return "undated";
    }
    if (e.group() == TimelineEntry.Group.DATED) {
      return ev.date().value();
    }
    return ev.date().value() + " (relative)";
  }

  String what(Event ev) {
    StringBuilder sb = new StringBuilder(ev.summary());
    if (ev.location() != null && !ev.location().isBlank() && !ev.summary().contains(ev.location())) {
      sb.append(" (").append(ev.location()).append(')');
    }
    if (!ev.quantities().isEmpty()) {
      sb.append(" [").append(ev.quantities().stream().map(Quantity::text).distinct()
          .collect(Collectors.joining(", "))).append(']');
    }
    sb.append(" {").append(ev.plover()).append(ev.mode().isEmpty() ? "" : "/" + ev.mode())
        .append(" ").append(ev.cameo()).append('}');
    return sb.toString();
  }

  String who(Event ev) {
    String s = names(ev.sources());
    String t = names(ev.targets());
    if (t.isEmpty()) {
      return s;
    }
    return (s.isEmpty() ? "?" : s) + " → " + t;
  }

  private String names(List<EntityId> ids) {
    return ids.stream().map(view::name).collect(Collectors.joining(", "));
  }

  static String status(Event ev) {
    Set<String> steps = new LinkedHashSet<>();
    for (StatusChange c : ev.statusHistory()) {
      steps.add(c.status().json());
    }
    if (steps.size() <= 1) {
      return ev.status().json();
    }
    return ev.status().json() + " (" + String.join("→", steps) + ")";
  }

  String sources(List<Citation> citations) {
    List<String> parts = new ArrayList<>();
    for (Citation c : citations) {
      String p = view.label(c.article()) + " s" + c.sentence();
      if (!parts.contains(p)) {
        parts.add(p);
      }
    }
    if (parts.size() > 3) {
      int more = parts.size() - 3;
      parts = new ArrayList<>(parts.subList(0, 3));
      parts.add("+" + more + " more");
    }
    return String.join("; ", parts);
  }

  String entities(List<Entity> entities) {
    TextTable t = new TextTable(List.of("entity", "type", "aliases", "roles (as stated, when)", "mentions"), 36, 12, 30, 46, 8);
    for (Entity e : entities) {
      List<String> roles = new ArrayList<>();
      for (Role r : e.roles()) {
        roles.add(r.title() + when(r));
      }
      List<String> aliases = e.aliases().stream().filter(a -> !a.equals(e.name())).toList();
      t.add(List.of(e.name() + " [" + e.id() + "]", e.type().name().toLowerCase(java.util.Locale.ROOT),
          String.join(", ", aliases), String.join("; ", roles), Integer.toString(e.mentionCount())));
    }
    return t.size() == 0 ? "(no entities)\n" : t.render();
  }

  private static String when(Role r) {
    if (r.firstStated() == null) {
      return " (undated)";
    }
    if (r.firstStated().equals(r.lastStated()) || r.lastStated() == null) {
      return " (" + r.firstStated() + ")";
    }
    return " (" + r.firstStated() + " .. " + r.lastStated() + ")";
  }

  String contradictions(List<Contradiction> contradictions) {
    if (contradictions.isEmpty()) {
      return "(no contradictions)\n";
    }
    StringBuilder sb = new StringBuilder();
    int n = 1;
    for (Contradiction c : contradictions) {
      sb.append(n++).append(". ").append(c.kind()).append(": ").append(c.subject()).append('\n');
      for (Contradiction.Claim claim : c.claims()) {
        Citation cit = claim.citation();
        sb.append("   - ").append(claim.value()).append("  [").append(view.label(cit.article()))
            .append(" s").append(cit.sentence()).append("]\n");
        for (String line : TextTable.wrap("\"" + cit.text().replaceAll("\\s+", " ").strip() + "\"", 100)) {
          sb.append("       ").append(line).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
