/**
 * JMH micro-benchmarks of the hot per-article stages on the seed articles ({@code examples/*.txt},
 * found from the working directory or {@code -Dstoryline.examples=DIR}): the CoreNLP analysis, the
 * time tagger, the entity linker, the quote attributor, the event coder, the whole pipeline, and
 * ingest (text files and the HTML extractor). One benchmark operation is one pass over all seeds;
 * {@link org.storyline.jmh.Counters} adds articles/s and tokens/s beside the score. Run with
 * {@code java -jar jmh/target/storyline-jmh.jar} (BENCHMARKS.md, "How speed is measured").
 */
package org.storyline.jmh;
