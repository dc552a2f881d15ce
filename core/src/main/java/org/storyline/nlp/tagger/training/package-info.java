/**
 * Training of Storyline's own taggers from a teacher corpus: the corpus itself ({@link
 * org.storyline.nlp.tagger.training.TeacherCorpus}: real, permissively licensed text labelled by the
 * reference engine, Stanford CoreNLP, with its file format and train / held-out split), corpus
 * reading ({@link org.storyline.nlp.tagger.training.ColumnCorpus}), the shared held-out split
 * ({@link org.storyline.nlp.tagger.training.TaggedSentence#isHeldOut}) and one {@link
 * org.storyline.nlp.tagger.training.TaggerTask} per tagger, run by the hidden CLI command {@code
 * storyline train-tagger}. Not used at analysis time.
 */
package org.storyline.nlp.tagger.training;
