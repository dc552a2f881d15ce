package org.storyline.nlp.tagger.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
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
import java.util.function.Supplier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import org.storyline.nlp.tagger.ClusterLexicon;
import org.storyline.nlp.tagger.PerceptronModel;
import org.storyline.nlp.tagger.PerceptronTrainer;
import org.storyline.nlp.tagger.PosFeatures;
import org.storyline.nlp.tagger.PosTagger;
import org.storyline.nlp.tagger.SequenceTrainer;

/**
 * Trains the part-of-speech tagger ({@link PosTagger}) on a corpus's POS column: builds the tag
 * dictionary of frequent words that nearly always take one tag, then trains the averaged
 * perceptron over {@link PosFeatures} and prunes tiny weights.
 */
public final class PosTask implements TaggerTask {
  /** A word enters the tag dictionary when seen at least this often ... */
  static final int DICTIONARY_MIN_COUNT = 100;
  /** ... with one tag at least this share of the time. */
  static final double DICTIONARY_MIN_SHARE = 0.999;
  /** Averaged weights smaller than this are dropped from the shipped model. */
  static final float MIN_ABS_WEIGHT = 0.01f;
  /** Features updated fewer times than this are dropped from the shipped model. */
  static final int MIN_UPDATES = 2;

  /** The CoreNLP model whose distributional word clusters (those of CoreNLP's tagger too) the features use. */
  static final String CLUSTER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final Supplier<ClusterLexicon> clusters;
  private final int dictionaryMinCount;
  private final double dictionaryMinShare;
  private final float minAbsWeight;
  private final int minUpdates;

  /** The task with the shipped model's settings. */
  public PosTask() {
    this(PosTask::coreNlpClusters, DICTIONARY_MIN_COUNT, DICTIONARY_MIN_SHARE, MIN_ABS_WEIGHT, MIN_UPDATES);
  }

  /**
   * The task with other settings: where the word clusters come from, tag-dictionary thresholds (minimum count and share of the
   * majority tag) and pruning thresholds (minimum weight magnitude and feature update count).
   */
  public PosTask(Supplier<ClusterLexicon> clusters, int dictionaryMinCount, double dictionaryMinShare, float minAbsWeight,
      int minUpdates) {
    this.clusters = clusters;
    this.dictionaryMinCount = dictionaryMinCount;
    this.dictionaryMinShare = dictionaryMinShare;
    this.minAbsWeight = minAbsWeight;
    this.minUpdates = minUpdates;
  }

  @Override
  public String name() {
    return "pos";
  }

  @Override
  public PerceptronModel train(List<TaggedSentence> train, int epochs, long seed, Map<String, String> provenance,
      PrintWriter progress) {
    Set<String> tagSet = new TreeSet<>();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (TaggedSentence s : train) {
      for (int i = 0; i < s.length(); i++) {
        tagSet.add(s.pos()[i]);
        counts.computeIfAbsent(s.words()[i], w -> new HashMap<>()).merge(s.pos()[i], 1, Integer::sum);
      }
    }
    List<String> classes = List.copyOf(tagSet);
    Map<String, String> dictionary = tagDictionary(counts, dictionaryMinCount, dictionaryMinShare);
    progress.printf(Locale.ROOT, "pos: %d sentences, %d tags, %d word types, tag dictionary %d words%n",
        train.size(), classes.size(), counts.size(), dictionary.size());
    progress.flush();
    ClusterLexicon clusters = this.clusters.get();
    progress.printf(Locale.ROOT, "pos: %d words in the distributional cluster lexicon%n", clusters.size());
    PosFeatures features = new PosFeatures(classes, dictionary, clusters);
    List<String[]> sentences = new ArrayList<>(train.size());
    List<int[]> gold = new ArrayList<>(train.size());
    Map<String, Integer> classIds = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      classIds.put(classes.get(c), c);
    }
    for (TaggedSentence s : train) {
      sentences.add(s.words());
      int[] ids = new int[s.length()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = classIds.get(s.pos()[i]);
      }
      gold.add(ids);
    }
    PerceptronTrainer weights = new PerceptronTrainer(classes);
    long started = System.nanoTime();
    new SequenceTrainer<>(features, weights).train(sentences, gold, epochs, seed, (epoch, total, tokens, correct) -> {
      progress.printf(Locale.ROOT, "pos: epoch %d/%d  training accuracy %.4f  (%d scored tokens, %d features, %.1f s)%n",
          epoch, total, (double) correct / Math.max(1, tokens), tokens, weights.featureCount(),
          (System.nanoTime() - started) / 1e9);
      progress.flush();
    });
    Map<String, String> properties = new LinkedHashMap<>(provenance);
    properties.put(PosTagger.TAG_DICTIONARY, PosTagger.formatTagDictionary(dictionary));
    if (clusters.size() > 0) {
      properties.put("clustersSource", CLUSTER_MODEL + " (distributional similarity lexicon, egw4-reut.512)");
      properties.put(PosTagger.CLUSTERS, clusters.encode());
    }
    return weights.averaged(PosFeatures.NAME, PosFeatures.VERSION, properties, minAbsWeight, minUpdates);
  }

  /**
   * {@return the distributional word clusters serialised in CoreNLP's CoNLL NER model} (its feature
   * factory's {@code lexicon}, built from the same egw4-reut.512 clusters as CoreNLP's POS tagger's
   * distsim features). Read at training time only; the model ships them, so tagging never loads
   * CoreNLP.
   */
  @SuppressWarnings("unchecked")
  public static ClusterLexicon coreNlpClusters() {
    try {
      CRFClassifier<?> crf = CRFClassifier.getClassifier(CLUSTER_MODEL);
      Object factory = crf.featureFactories.get(0);
      Field field = factory.getClass().getDeclaredField("lexicon");
      field.setAccessible(true);
      Map<String, String> lexicon = (Map<String, String>) field.get(factory);
      if (lexicon == null || lexicon.isEmpty()) {
        throw new IllegalStateException(CLUSTER_MODEL + " carries no distributional lexicon");
      }
      return ClusterLexicon.of(new TreeMap<>(lexicon));
    } catch (IOException | ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot read the word clusters of " + CLUSTER_MODEL + ": " + e, e);
    }
  }

  static Map<String, String> tagDictionary(Map<String, Map<String, Integer>> counts, int minCount, double minShare) {
    Map<String, String> dictionary = new HashMap<>();
    counts.forEach((word, tags) -> {
      if (word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0) {
        return;
      }
      int total = 0;
      int best = 0;
      String bestTag = null;
      for (Map.Entry<String, Integer> e : tags.entrySet()) {
        total += e.getValue();
        if (e.getValue() > best) {
          best = e.getValue();
          bestTag = e.getKey();
        }
      }
      if (total >= minCount && best >= minShare * total) {
        dictionary.put(word, bestTag);
      }
    });
    return dictionary;
  }

  @Override
  public PerceptronModel read(InputStream in) throws IOException {
    PerceptronModel model = PerceptronModel.read(in, PosFeatures.NAME, PosFeatures.VERSION);
    try {
      new PosTagger(model);
    } catch (IllegalArgumentException e) {
      throw new IOException("unusable part-of-speech model: " + e.getMessage(), e);
    }
    return model;
  }

  @Override
  public Agreement evaluate(PerceptronModel model, List<TaggedSentence> train, List<TaggedSentence> heldOut) {
    PosTagger tagger = new PosTagger(model);
    return Agreement.count(train, heldOut, TaggedSentence::pos, s -> tagger.tag(s.words()));
  }
}
