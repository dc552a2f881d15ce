/**
 * Cross-article entity resolution: {@link org.storyline.fusion.entity.EntityResolver} merges the
 * per-article entity ids of {@code org.storyline.nlp.entities.EntityLinker} into canonical
 * {@link org.storyline.model.Entity} records (name, aliases, roles in time, CAMEO actor code,
 * mention count) and an {@link org.storyline.fusion.entity.EntityResolution} map from every
 * per-article id to its canonical id.
 *
 * <p>Merge rules, applied to the set of ids (never to the order articles arrive in):
 *
 * <ol>
 *   <li>an id not in the actor lexicon whose mention text is a lexicon alias of exactly one
 *       actor of the same kind joins that actor ("person:zelenskyy" seen as "Zelenskyy");
 *   <li>a one-word person id ("person:zelensky") joins the one person, in the lexicon or named
 *       in full in any article, with that surname (transliteration-tolerant: Zelenskyy,
 *       Zelenskiy, Zelensky); or, failing a surname, that given name. With several such people
 *       it joins the one the lexicon lists the bare name for ("Trump" -> Donald Trump), and
 *       otherwise stays apart: different people sharing a surname are never merged;
 *   <li>multi-word person ids that differ only in transliteration ("person:olena-zelenskiy",
 *       "person:olena-zelenskyy") join; the lexicon id, else the most mentioned (then smallest)
 *       id is canonical. A multi-word id whose given name and surname match exactly one lexicon
 *       person joins that person.
 * </ol>
 *
 * <p>Roles: one {@link org.storyline.model.Role} per canonical entity and role title (compared
 * case-insensitively), first and last stated at the earliest and latest publication date of the
 * articles stating it ({@code published().anchor()}; null when none is dated), with a citation
 * per statement (sentence index, evidence span and text). The output depends only on the set of
 * articles: they are sorted by id before anything else.
 */
package org.storyline.fusion.entity;
