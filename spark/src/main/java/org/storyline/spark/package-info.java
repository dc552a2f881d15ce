/**
 * Storyline on Apache Spark: the embedded engine's stages, distributed, with the same result as
 * {@code storyline analyze} on the same input. Entry point {@link org.storyline.spark.SparkMain}
 * ({@code storyline-spark.jar analyze --input … --output DIR}); the job is {@link
 * org.storyline.spark.StorylineJob}; {@code storyline import DIR} (core) loads its output into a
 * store.
 *
 * <h2>Per article</h2>
 *
 * Each input file is read on an executor by the core's own ingest code ({@code
 * Ingestor.ingest(item, size, stream, sink)}), streamed, so a WARC of any size is never held
 * whole. A local file is named by its absolute normalised path, as {@code storyline analyze}
 * names it, so article ids are the same. Articles are analysed in {@code mapPartitions} by the
 * standard pipeline, loaded once per executor JVM ({@link org.storyline.spark.PipelineHolder});
 * closures carry only strings. A record that fails becomes a diagnostic row (E701, E702), never a
 * failed job.
 *
 * <h2>Across articles: why the decomposition is exact</h2>
 *
 * The embedded engine computes duplicates, entities, events and contradictions as pure functions
 * of the whole set of articles. The job splits each function into <em>components</em> that the
 * unchanged core code processes apart, and the union of the parts equals the whole. For each
 * step, the split is chosen so that nothing the core code decides for one component depends on
 * another; {@link org.storyline.spark.DecomposedStory} runs the same plan in one JVM and the
 * tests compare it, and the job, with the embedded result.
 *
 * <p><b>Duplicates</b> ({@link org.storyline.spark.DuplicateBlocking}). The index finds candidates
 * by exact keys (normalised-text hash, content hash: sharing one always means an exact copy) and
 * by 64 LSH band keys, a bucket holding its first 2,001 articles in id order; a candidate pair is
 * a duplicate when verified on the shingle sets. The job forms exactly these pairs per key, verifies
 * them in parallel, and takes connected components of the verified pairs: the index's
 * union-find groups. Per group, the core detector over the group's articles re-finds at least the
 * group's verified pairs (a bucket restricted to the group keeps the members among its first
 * entries), so it forms the same group and the same links (each member to the earliest-published
 * original). Near-duplicate detection is MinHash/LSH, never all pairs.
 *
 * <p><b>Entities</b> ({@link org.storyline.spark.EntityBlocking}). The resolver's merges work on
 * the set of entity ids: rule 1 maps an id by its own mention texts (a lexicon alias, given name +
 * surname), so it is computed for each id alone; rule 3 (transliteration variants) groups ids with
 * equal word-by-word variant keys; rule 2 maps a one-word person id to the only lexicon person or
 * full name (a target of rules 1 and 3) with that surname (else given name); entities are then
 * built per canonical id. Keys per id: the id and its rule-1 target, the variant key of every word
 * of both, and for one-word ids every lexicon person with that surname or given name. Every id
 * whose target could be a candidate for rule 2 shares a word key with the one-word id, every
 * rule-3 group shares all word keys, and every id with a given canonical id shares a key with
 * it; so components (ids joined by shared keys, found on the driver over the distinct ids) contain
 * every id a decision of the resolver looks at, including all candidates a uniqueness test counts.
 * Each component is resolved by the unchanged {@code EntityResolver} over slim articles (id,
 * publication date, sentences, the component's mentions and roles).
 *
 * <p><b>Events</b> ({@link org.storyline.spark.FusionBlocking}). The fuser works per frame
 * family. Every pass merges two groups only when they share an article (same sentence, same
 * article and place, article anaphor) or a canonical participant (the dated passes require
 * overlapping participants, the undated ones equal non-empty participant lists); an undated group
 * joins a dated one only with equal participants or within its own article; a speculative report
 * attaches only to a group of its own article; a copy's mention attaches only to its original
 * article's mentions. So, with nodes = (article, family) and keys = the family with each
 * canonical participant of the node's mentions, plus the family with the article's duplicate
 * group, every group the fuser ever forms lies inside one connected component, and so do all the
 * groups each uniqueness decision counts ("exactly one dated group fits", "the article's only
 * identified event"). Within a component the fuser sees the same groups in the same relative
 * order (a total order on mentions), so it takes the same decisions; passes that find nothing to
 * merge in one component change nothing there. Each component runs the unchanged {@code
 * EventFuser} with the component's articles (each restricted to the family's mentions) and the
 * duplicate links between them, then {@code ContradictionFinder} for the per-event kinds (date,
 * place, participants, status), which read only the mentions of the event's cited sentences, all
 * inside the component. One caveat: event ids are 48-bit hashes of the earliest mention, and the
 * embedded fuser suffixes "-2" when two events in the whole set collide; the job cannot see a
 * collision between components, so it reports one as W702 (two given events collide with
 * probability 2^-48).
 *
 * <p><b>Role anachronisms.</b> Only an entity that some role statement calls "former" something
 * can have one, and its evidence comes from articles that mention it or state a role of it (role
 * statements, term starts naming it, undated articles dated by the events they report). The job
 * groups, per such entity's display subject ("role of NAME"), every article naming it and every
 * fused event citing those articles, runs the finder, and keeps that subject's role
 * contradictions.
 *
 * <p>The final story sorts entities by id, events by {@code EventFuser.EVENT_ORDER} and
 * contradictions by {@code ContradictionFinder.ORDER}, the orders the embedded code produces.
 *
 * <h2>Scaling limits</h2>
 *
 * Components are as large as the story is connected: one frame family's reports that share a
 * participant chain into one component, so a hub entity (a head of state in a year of news) makes
 * one large fusion task per family rather than many small ones. Exactness requires this: the
 * embedded fuser's undated-to-dated pass has no date bound. The driver holds only distinct keys
 * (entity ids, participant keys, verified duplicate pairs), never the articles.
 */
package org.storyline.spark;
