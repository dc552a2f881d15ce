package org.storyline.nlp.tagger;

/**
 * The feature-template side of a greedy left-to-right tagger: turns one sentence of type {@code S}
 * into per-token precomputed hashes (once per sentence, in {@link #prepare}) and then, position by
 * position, into hashed features that may look at the classes already predicted to the left. The
 * weights side ({@link ClassScorer}) never sees the templates, so the part-of-speech and the
 * named-entity taggers share {@link GreedyDecoder}, {@link SequenceTrainer} and {@link
 * PerceptronModel} with different extractors.
 *
 * <p>Implementations are immutable and thread-safe; all per-sentence state lives in the workspace,
 * which one thread uses at a time.
 *
 * @param <S> the sentence type (e.g. {@code String[]} words, or words plus part-of-speech tags)
 * @param <W> the extractor's workspace type
 */
public interface FeatureExtractor<S, W extends SequenceWorkspace> {
  /** {@return the name of the template set, stored in the model header and checked on load} */
  String templateName();

  /** {@return the template set's version, stored in the model header and checked on load} */
  int templateVersion();

  /** {@return a fresh workspace for one thread} */
  W newWorkspace();

  /**
   * Precomputes the sentence's per-token hashes into the workspace (growing its buffers as needed)
   * and {@return the sentence length}
   */
  int prepare(S sentence, W workspace);

  /**
   * {@return the class the token at {@code i} takes without scoring (e.g. from a dictionary of
   * frequent unambiguous words), or -1} Positions with a fixed class are not trained on.
   */
  default int fixedClass(W workspace, int i) {
    return -1;
  }

  /**
   * Writes the hashed features of position {@code i} into {@code workspace.features} and {@return
   * their count} {@code workspace.classes[0..i)} hold the classes predicted so far.
   */
  int extract(W workspace, int i);
}
