package org.storyline.nlp.tagger.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.nlp.tagger.NerFeatures;
import org.storyline.nlp.tagger.NerTagger;
import org.storyline.nlp.tagger.NerTagging;
import org.storyline.nlp.tagger.PerceptronModel;
import org.storyline.nlp.tagger.PerceptronTrainer;
import org.storyline.nlp.tagger.SequenceTrainer;
import org.storyline.nlp.tagger.ClusterLexicon;

/**
 * Trains the named-entity tagger ({@link NerTagger}) on a corpus's NER column (the teacher's
 * per-token labels, learnt as they are: no B-/I- prefixes, like the teacher's output), with the
 * words' POS tags from the corpus and the distributional word clusters of CoreNLP's CoNLL model as
 * features, then prunes tiny weights. Also scores a tagger's
 * entity spans against the corpus labels ({@link #spans}).
 */
public final class NerTask implements TaggerTask {
  /** Averaged weights smaller than this are dropped from the shipped model. */
  static final float MIN_ABS_WEIGHT = 0.01f;
  /** Features updated fewer times than this are dropped from the shipped model. */
  static final int MIN_UPDATES = 2;

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public PerceptronModel train(List<TaggedSentence> train, int epochs, long seed, Map<String, String> provenance,
      PrintWriter progress) {
    Set<String> labelSet = new TreeSet<>();
    labelSet.add("O");
    List<NerFeatures.Input> sentences = new ArrayList<>(train.size());
    List<TaggedSentence> labelled = new ArrayList<>(train.size());
    for (TaggedSentence s : train) {
      if (s.ner() == null) {
        continue;
      }
      labelled.add(s);
      for (String label : s.ner()) {
        labelSet.add(label);
      }
    }
    List<String> classes = List.copyOf(labelSet);
    Map<String, Integer> ids = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      ids.put(classes.get(c), c);
    }
    List<int[]> gold = new ArrayList<>(labelled.size());
    for (TaggedSentence s : labelled) {
      sentences.add(new NerFeatures.Input(s.words(), s.pos()));
      int[] g = new int[s.length()];
      for (int i = 0; i < g.length; i++) {
        g[i] = ids.get(s.ner()[i]);
      }
      gold.add(g);
    }
    progress.printf(Locale.ROOT, "ner: %d sentences, labels %s%n", labelled.size(), classes);
    progress.flush();
    ClusterLexicon clusters = PosTask.coreNlpClusters();
    progress.printf(Locale.ROOT, "ner: %d words in the distributional cluster lexicon%n", clusters.size());
    NerFeatures features = new NerFeatures(classes, clusters);
    PerceptronTrainer weights = new PerceptronTrainer(classes);
    long started = System.nanoTime();
    new SequenceTrainer<>(features, weights).train(sentences, gold, epochs, seed, (epoch, total, tokens, correct) -> {
      progress.printf(Locale.ROOT, "ner: epoch %d/%d  training accuracy %.4f  (%d tokens, %d features, %.1f s)%n",
          epoch, total, (double) correct / Math.max(1, tokens), tokens, weights.featureCount(),
          (System.nanoTime() - started) / 1e9);
      progress.flush();
    });
    Map<String, String> properties = new LinkedHashMap<>(provenance);
    properties.put("clustersSource", PosTask.CLUSTER_MODEL + " (distributional similarity lexicon, egw4-reut.512)");
    properties.put(NerTagger.WORD_CLUSTERS, clusters.encode());
    return weights.averaged(NerFeatures.NAME, NerFeatures.VERSION, properties, MIN_ABS_WEIGHT, MIN_UPDATES);
  }

  @Override
  public PerceptronModel read(InputStream in) throws IOException {
    PerceptronModel model = PerceptronModel.read(in, NerFeatures.NAME, NerFeatures.VERSION);
    try {
      new NerTagger(model);
    } catch (IllegalArgumentException e) {
      throw new IOException("unusable named-entity model: " + e.getMessage(), e);
    }
    return model;
  }

  @Override
  public Agreement evaluate(PerceptronModel model, List<TaggedSentence> train, List<TaggedSentence> heldOut) {
    NerTagger tagger = new NerTagger(model);
    return Agreement.count(train, heldOut, TaggedSentence::ner, s -> tagger.tag(s.words(), s.pos()));
  }

  @Override
  public List<String> figures(PerceptronModel model, List<TaggedSentence> heldOut) {
    Map<String, SpanCounts> byType = spans(new NerTagger(model), heldOut);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, SpanCounts> e : byType.entrySet()) {
      SpanCounts c = e.getValue();
      out.add(String.format(Locale.ROOT, "held-out span F1 %-13s %.4f  (P %.4f R %.4f; gold %d, predicted %d, correct %d)",
          e.getKey(), c.f1(), c.precision(), c.recall(), c.gold(), c.predicted(), c.correct()));
    }
    return out;
  }

  /**
   * Entity-span counts: a span is a maximal run of words with the same label other than {@code O},
   * correct when the same words carry the same label in the reference.
   *
   * @param gold spans in the reference
   * @param predicted spans predicted
   * @param correct predicted spans also in the reference
   */
  public record SpanCounts(long gold, long predicted, long correct) {
    /** {@return correct / predicted, or 0} */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** {@return correct / gold, or 0} */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** {@return the harmonic mean of precision and recall, or 0} */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    SpanCounts plus(SpanCounts o) {
      return new SpanCounts(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }
  }

  /**
   * {@return span counts of {@code tagger} against the corpus's NER labels, per label and overall
   * (key {@code ALL}, and {@code NAMES} for PERSON, LOCATION, ORGANIZATION and MISC together)}
   */
  public static Map<String, SpanCounts> spans(NerTagging tagger, List<TaggedSentence> sentences) {
    Map<String, SpanCounts> out = new TreeMap<>();
    for (TaggedSentence s : sentences) {
      if (s.ner() == null) {
        continue;
      }
      String[] predicted = tagger.tag(s.words(), s.pos());
      count(s.ner(), predicted, out);
    }
    SpanCounts all = new SpanCounts(0, 0, 0);
    SpanCounts names = new SpanCounts(0, 0, 0);
    for (Map.Entry<String, SpanCounts> e : out.entrySet()) {
      all = all.plus(e.getValue());
      if (Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC").contains(e.getKey())) {
        names = names.plus(e.getValue());
      }
    }
    out.put("ALL", all);
    out.put("NAMES", names);
    return out;
  }

  /** Adds one sentence's span counts per label. */
  static void count(String[] gold, String[] predicted, Map<String, SpanCounts> out) {
    Map<Long, String> goldSpans = spansOf(gold);
    Map<Long, String> predictedSpans = spansOf(predicted);
    goldSpans.forEach((span, label) -> out.merge(label, new SpanCounts(1, 0, 0), SpanCounts::plus));
    predictedSpans.forEach((span, label) -> out.merge(label,
        new SpanCounts(0, 1, label.equals(goldSpans.get(span)) ? 1 : 0), SpanCounts::plus));
  }

  /** {@return the spans of a label sequence: (start << 32 | end) to label} */
  static Map<Long, String> spansOf(String[] labels) {
    Map<Long, String> out = new HashMap<>();
    int i = 0;
    while (i < labels.length) {
      String l = labels[i];
      if ("O".equals(l)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < labels.length && l.equals(labels[j])) {
        j++;
      }
      out.put(((long) i << 32) | j, l);
      i = j;
    }
    return out;
  }
}
