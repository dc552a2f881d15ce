/**
 * CAMEO actor codes for the actors of coded events: {@link org.storyline.actors.CameoActorCoder}
 * gives an actor text its code ("USA", "RUSGOV", "UKRMIL", "COP") from Storyline's actor lexicon
 * ({@code entities/actors.v1.txt}, read through {@link org.storyline.nlp.entities.ActorLexicon}),
 * the event lexicon's name table and the agent list {@code actors/agents.v1.txt}, and optionally
 * from user-supplied dictionaries in the PETRARCH/Phoenix formats, read by {@link
 * org.storyline.actors.ActorDictionary} (actors: phrases, {@code +} synonyms, date-restricted
 * codes) and {@link org.storyline.actors.AgentDictionary} (agents: {@code ~CODE} / {@code CODE~},
 * plurals, substitution sets). Malformed dictionary lines are reported with {@link
 * org.storyline.actors.DictionaryDiagnostics} codes and skipped. Everything here is immutable and
 * thread-safe after loading.
 */
package org.storyline.actors;
