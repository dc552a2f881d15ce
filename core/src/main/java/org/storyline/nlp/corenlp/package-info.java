/**
 * Stanford CoreNLP (GPL-3.0-or-later) as the first language-analysis engine: tokenisation, sentence
 * splitting, POS, lemmas and the CoNLL 4-class NER model plus numeric entities. Fine-grained NER and
 * SUTime are deliberately off: they cost two thirds of CoreNLP's NER time, and Storyline has its own
 * time tagger ({@code org.storyline.nlp.time}) and entity linker ({@code org.storyline.nlp.entities}).
 */
package org.storyline.nlp.corenlp;
