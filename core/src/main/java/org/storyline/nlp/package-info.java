/**
 * Language analysis: sentences, tokens, part of speech, lemmas and named entities behind {@link
 * org.storyline.nlp.LanguageAnalyzer} (two engines: {@code tagger}, Storyline's own fast taggers,
 * the default, and {@code corenlp}, Stanford CoreNLP, the reference), time expressions ({@code
 * time}) and in-article entity linking and roles ({@code entities}). Each engine hides behind the
 * {@link org.storyline.pipeline.Stage} contract so it can be replaced.
 */
package org.storyline.nlp;
