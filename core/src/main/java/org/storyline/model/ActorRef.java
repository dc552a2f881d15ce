package org.storyline.model;

/**
 * An actor or place as an event or quote refers to it: the text (and its span when it is in the
 * text), the canonical entity when linked, and a CAMEO actor code when known ("USAGOV", "RUS").
 */
public record ActorRef(Span span, String text, EntityId entity, String actorCode) {
  public ActorRef {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("actor needs a text");
    }
  }

  public ActorRef withEntity(EntityId linked) {
    return new ActorRef(span, text, linked, actorCode);
  }
}
