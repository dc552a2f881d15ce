package org.storyline.model;

import java.util.List;

/**
 * One sentence's report of a political event, coded in PLOVER (type, mode) with the CAMEO code.
 *
 * @param id article-local id, e.g. "a1b2c3#e4"
 * @param sentence index of the sentence that reports it
 * @param trigger the word(s) that express the event ("met", "phone conversation")
 * @param frame the real-world happening it is about, used to fuse mentions whose codes differ by
 *     status: MEET, CALL, VISIT, TALKS, CEASEFIRE, SANCTION, AID, APPOINT, ATTACK, DEPLOY, STATEMENT…
 * @param plover PLOVER event type, e.g. "CONSULT"
 * @param mode PLOVER mode, e.g. "phone", or "" when none
 * @param cameo CAMEO code, e.g. "042"
 * @param status as the source states it
 * @param sources acting actors
 * @param targets actors acted upon / met with
 * @param location where, or null
 * @param when the time, or null when the sentence gives none
 * @param whenSpan the span of the time expression, or null
 * @param quantities numbers attached to the event
 * @param provenance article, evidence (the sentence span), stage and confidence
 */
public record EventMention(
    String id,
    int sentence,
    Span trigger,
    String frame,
    String plover,
    String mode,
    String cameo,
    EventStatus status,
    List<ActorRef> sources,
    List<ActorRef> targets,
    ActorRef location,
    TimeValue when,
    Span whenSpan,
    List<Quantity> quantities,
    Provenance provenance) {
  public EventMention {
    if (id == null || trigger == null || frame == null || plover == null || cameo == null || status == null || provenance == null) {
      throw new IllegalArgumentException("event mention " + id + ": missing field");
    }
    mode = mode == null ? "" : mode;
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    quantities = List.copyOf(quantities);
  }
}
