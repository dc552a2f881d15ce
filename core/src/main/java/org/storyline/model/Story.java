package org.storyline.model;

import java.util.List;

/** What fusion builds from a set of analysed articles: canonical entities, events, contradictions. */
public record Story(List<Entity> entities, List<Event> events, List<Contradiction> contradictions) {
  public Story {
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    contradictions = List.copyOf(contradictions);
  }

  public static Story empty() {
    return new Story(List.of(), List.of(), List.of());
  }
}
