/**
 * Training data for Storyline's own taggers: the teacher corpus (real, permissively licensed text
 * labelled by the reference engine, Stanford CoreNLP) that the part-of-speech and named-entity
 * taggers are distilled from, its file format, and its train / held-out split.
 */
package org.storyline.nlp.tagger.training;
