package org.storyline.model;

/**
 * A mention of an entity or quantity in an article. {@code entity} is the canonical entity it
 * refers to once linked, else null. {@code text} repeats the covered text.
 */
public record Mention(MentionId id, Span span, String text, EntityType type, EntityId entity, Provenance provenance) {
  public Mention {
    if (id == null || span == null || text == null || type == null || provenance == null) {
      throw new IllegalArgumentException("mention: missing required field " + id);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not match span " + span);
    }
  }

  public Mention withEntity(EntityId linked) {
    return new Mention(id, span, text, type, linked, provenance);
  }
}
