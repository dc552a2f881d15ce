/**
 * Cross-article duplicate detection: {@link org.storyline.ingest.dedup.DuplicateDetector} (batch,
 * order-independent) and {@link org.storyline.ingest.dedup.DuplicateIndex} (incremental), exact
 * copies by content hash or normalised text, near-duplicates by MinHash LSH over word 5-shingles
 * verified on the actual shingle sets ({@link org.storyline.ingest.dedup.Fingerprint}).
 */
package org.storyline.ingest.dedup;
