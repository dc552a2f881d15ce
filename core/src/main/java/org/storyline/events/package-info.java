/**
 * Political event coding: {@link org.storyline.events.EventCoder} finds event triggers in each
 * sentence and codes them as {@link org.storyline.model.EventMention}s with a PLOVER type and
 * mode, a CAMEO code, a frame (the real-world happening, used by fusion), a status (occurred,
 * planned, proposed, requested, agreed, refused, denied, hypothetical, cancelled), actors,
 * place, time and quantities. The rules are data in {@code src/main/resources/events/*.v1.txt}
 * (loaded by {@link org.storyline.events.EventLexicon}); each file documents its format.
 */
package org.storyline.events;
