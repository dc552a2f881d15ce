/**
 * Per-article entity linking: {@link org.storyline.nlp.entities.EntityLinker} (stage {@code
 * entities.linker/v1}) turns noisy NER mentions into clean mentions linked to canonical entity ids
 * and finds the roles the article states for people.
 *
 * <p><b>Entity ids</b> are {@code <kind>:<slug>}: {@code person:}, {@code org:}, {@code loc:},
 * {@code gov:} (a state as an actor: "the Kremlin", "Moscow" used as an actor -> {@code
 * gov:russia}), {@code misc:}. Lexicon actors ({@code entities/actors.v1.txt}, loaded by {@link
 * org.storyline.nlp.entities.ActorLexicon}) have fixed ids ({@code person:volodymyr-zelensky},
 * {@code loc:usa}, {@code org:nato}); any other name gets the slug of its normalised full name
 * ({@link org.storyline.nlp.entities.Names#slug}: "Mark levin" -> {@code person:mark-levin}), so the
 * same name in two articles gets the same id. Nationality words link to their country ({@code
 * Russian} -> {@code loc:russia}).
 *
 * <p><b>In-article coreference of one-word person names</b> ("Kellogg", "Zelensky", "Melania"):
 * the candidates are the people named in full in the article whose surname matches (allowing
 * transliteration variants), or, when none does, whose given name matches; plus the lexicon person
 * the word is an alias of. Each candidate scores its number of full-name mentions in the article,
 * and the lexicon's owner of the bare name scores one more. The highest score wins; a tie goes to
 * the person named in full most recently before the word, then to the smallest id. So in "Donald
 * Trump and Melania Trump arrived. Trump spoke." the bare "Trump" is Donald Trump, while both full
 * names keep their own ids. With no candidate at all the word gets its own slug id ({@code
 * person:kovalenko}); {@link org.storyline.fusion.entity.EntityResolver} may merge that across
 * articles.
 *
 * <p><b>Descriptors</b> ("the Ukrainian president", "the former president", "the U.S. defense
 * secretary") become PERSON mentions when resolved: first to the person most recently mentioned
 * before it among those the article already stated in that role (same head, compatible country,
 * same "former"-ness); else, for a country-scoped office, to the lexicon's office holder on the
 * publication date ({@code office} records); for an undated article only to a holder the article
 * names. Unresolved descriptors are dropped with diagnostic {@code W223}.
 *
 * <p><b>Roles</b> ({@link org.storyline.model.RoleMention}) come from the patterns of {@code
 * entities/roles.v1.txt}: premodifier ("Russian President Vladimir Putin" -> "president"),
 * apposition ("Keith Kellogg, his special envoy to Ukraine" -> "special envoy to Ukraine"), as-role
 * ("Kellogg's appointment as special envoy") and resolved office descriptors. Role text is
 * normalised: role words lower case, organisation names as written ("Kremlin spokesperson"),
 * country and nationality words before the head dropped ("foreign minister"). The evidence span
 * covers both the person and the role phrase.
 *
 * <p><b>Page furniture</b> ({@code entities/furniture.v1.txt}): mentions inside an author biography,
 * byline names standing alone on their line, multi-word names with a headline verb on a
 * headline-like line or a finite-verb tag, and pronouns that have no single antecedent are dropped
 * (diagnostic {@code W222}, aggregated). "he"/"his"/"she"/"her" tagged as PERSON link to the only
 * person named earlier in the sentence (or the previous one), at confidence 0.6.
 *
 * <p>Diagnostic codes: {@code W221} input mention not matching its span (dropped), {@code W222}
 * page furniture dropped (info), {@code W223} descriptor unresolved (info).
 */
package org.storyline.nlp.entities;
