/**
 * Storyline's own fast taggers (part of speech and named entities) and the contracts they meet,
 * so the language-analysis stage can run either these or Stanford CoreNLP's models (the reference
 * engine) behind the same interfaces.
 *
 * <p>Shared machinery: greedy left-to-right averaged-perceptron tagging over hashed features. The
 * feature-template side ({@link org.storyline.nlp.tagger.FeatureExtractor}, with per-thread
 * {@link org.storyline.nlp.tagger.SequenceWorkspace} buffers and {@link
 * org.storyline.nlp.tagger.FeatureHashing}) is separate from the weights side ({@link
 * org.storyline.nlp.tagger.ClassScorer}: the immutable {@link
 * org.storyline.nlp.tagger.PerceptronModel} with its versioned binary format, and the {@link
 * org.storyline.nlp.tagger.PerceptronTrainer}); {@link org.storyline.nlp.tagger.GreedyDecoder}
 * and {@link org.storyline.nlp.tagger.SequenceTrainer} join the two.
 */
package org.storyline.nlp.tagger;
