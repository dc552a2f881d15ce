package org.storyline.model;

/**
 * A role a source states for an entity ("special envoy to Ukraine", "president-elect", "former
 * President"), at the article's publication date. {@code text} is the evidence text.
 */
public record RoleMention(EntityId entity, String role, Span span, String text, Provenance provenance) {
  public RoleMention {
    if (entity == null || role == null || role.isBlank() || span == null || text == null || provenance == null) {
      throw new IllegalArgumentException("role mention: missing field");
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("role text '" + text + "' does not match span " + span);
    }
  }
}
