package org.storyline.nlp.tagger;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own models behind our tagger contracts (test scope): the POS model CoreNlpAnalyzer runs,
 * called directly, and its NER annotator (CRF plus numeric classifiers) on the words and tags given.
 * With these, TaggerAnalyzer must reproduce CoreNlpAnalyzer. Loaded once per JVM.
 */
final class CoreNlpTaggers {
  private static PosTagging pos;
  private static NerTagging ner;

  private CoreNlpTaggers() {}

  /** {@return CoreNLP's english-left3words-distsim MaxentTagger as a PosTagging} */
  static synchronized PosTagging pos() {
    if (pos == null) {
      MaxentTagger tagger = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
      pos = words -> {
        List<TaggedWord> tagged = tagger.tagSentence(labels(words), false);
        String[] tags = new String[words.length];
        for (int i = 0; i < tags.length; i++) {
          tags[i] = tagged.get(i).tag();
        }
        return tags;
      };
    }
    return pos;
  }

  /**
   * {@return CoreNLP's NER (CoNLL 4-class CRF, numeric classifiers, no SUTime) as a NerTagging, on
   * the given words and POS tags} The properties are CoreNlpAnalyzer's, so CoreNLP's annotator pool
   * hands out the NER annotator the shared analyzer already loaded.
   */
  static synchronized NerTagging ner() {
    if (ner == null) {
      Properties p = new Properties();
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      p.setProperty("tokenize.language", "en");
      p.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
      p.setProperty("pos.maxlen", "250");
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "true");
      p.setProperty("ner.maxlen", "250");
      p.setProperty("ner.buildEntityMentions", "true");
      p.setProperty("ner.language", "en");
      p.setProperty("annotators", "lemma,ner");
      StanfordCoreNLP pipeline = new StanfordCoreNLP(p, false);
      ner = (words, tags) -> {
        List<CoreLabel> labels = labels(words);
        for (int i = 0; i < words.length; i++) {
          labels.get(i).setTag(tags[i]);
        }
        String text = String.join(" ", words);
        Annotation annotation = new Annotation(text);
        annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TextAnnotation.class, text);
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        pipeline.annotate(annotation);
        String[] out = new String[words.length];
        for (int i = 0; i < out.length; i++) {
          String tag = labels.get(i).ner();
          out[i] = tag == null ? "O" : tag;
        }
        return out;
      };
    }
    return ner;
  }

  private static List<CoreLabel> labels(String[] words) {
    List<CoreLabel> labels = new ArrayList<>(words.length);
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      CoreLabel l = new CoreLabel();
      l.setWord(words[i]);
      l.setValue(words[i]);
      l.setOriginalText(words[i]);
      l.setBeginPosition(offset);
      offset += words[i].length();
      l.setEndPosition(offset);
      offset++;
      l.setIndex(i + 1);
      l.setSentIndex(0);
      labels.add(l);
    }
    return labels;
  }
}
