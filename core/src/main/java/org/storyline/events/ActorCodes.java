package org.storyline.events;

import java.time.LocalDate;
import java.util.Optional;
import org.storyline.model.ActorRef;

/**
 * Gives an event's actor its CAMEO actor code ("USA", "RUSGOV", "UKRMIL"). {@link EventCoder}
 * asks for the code of every source and target it codes. Implementations are immutable and
 * thread-safe.
 */
@FunctionalInterface
public interface ActorCodes {
  /**
   * {@return the actor's code, empty when unknown}
   *
   * @param text the text the actor's span points into (the article text, or one sentence)
   * @param actor the actor, with its span when it has one
   * @param date the date the text speaks from (its publication date), or null when unknown;
   *     codes of people depend on it (the office they held then)
   */
  Optional<String> code(String text, ActorRef actor, LocalDate date);

  /** {@return codes from the event lexicon's actor table ({@code events/actor-codes.v1.txt}) only} */
  static ActorCodes of(EventLexicon lexicon) {
    return (text, actor, date) -> lexicon.findActorCode(actor.entity(), actor.text());
  }
}
