/**
 * Language analysis: sentences, tokens, part of speech, lemmas, named entities ({@code corenlp}),
 * time expressions ({@code time}) and in-article entity linking and roles ({@code entities}). Each
 * engine hides behind the {@link org.storyline.pipeline.Stage} contract so it can be replaced.
 */
package org.storyline.nlp;
