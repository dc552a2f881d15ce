/**
 * Storyline's own fast taggers (part of speech and named entities) and the contracts they meet,
 * so the language-analysis stage can run either these or Stanford CoreNLP's models (the reference
 * engine) behind the same interfaces.
 */
package org.storyline.nlp.tagger;
