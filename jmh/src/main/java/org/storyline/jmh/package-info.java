/**
 * JMH micro-benchmarks of the hot per-article stages on the seed articles ({@code examples/*.txt},
 * found from the working directory or {@code -Dstoryline.examples=DIR}): an engine's language
 * analysis (CoreNLP by default, {@code -p engine=fast} for our own taggers), the time tagger, the
 * entity linker, the quote attributor, the event coder, the whole pipeline, and ingest (text files,
 * cleaning, the HTML extractor). One benchmark operation is one pass over all seeds; {@link
 * org.storyline.jmh.Counters} adds articles/s and tokens/s beside the score. Run with {@code java
 * -jar jmh/target/storyline-jmh.jar} (BENCHMARKS.md, "How speed is measured").
 */
package org.storyline.jmh;
