package org.storyline.nlp.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Storyline's own part-of-speech tagger: a greedy left-to-right averaged perceptron over hashed
 * features ({@link PosFeatures}), distilled from Stanford CoreNLP's english-left3words model, whose
 * Penn Treebank tags it reproduces (including {@code -LRB-}, {@code -RRB-}, {@code ``} and
 * {@code ''}). The shipped model is the classpath resource {@value #RESOURCE} (provenance and
 * held-out agreement in {@code pos.v1.md} beside it).
 *
 * <p>Thread-safe: the model is immutable and each thread tags with its own workspace. Tagging
 * allocates only the returned array.
 */
public final class PosTagger implements PosTagging {
  /** Classpath resource of the shipped model. */
  public static final String RESOURCE = "/nlp/tagger/pos.v1.bin";
  /** Model property holding the tag dictionary: lines {@code word TAB tag}. */
  public static final String TAG_DICTIONARY = "tagDictionary";
  /** Model property holding the distributional word clusters ({@link ClusterLexicon#encode}). */
  public static final String CLUSTERS = "clusters";

  private final PerceptronModel model;
  private final GreedyDecoder<String[], PosFeatures.Workspace> decoder;
  private final String[] tags;
  private final ThreadLocal<PosFeatures.Workspace> workspaces;

  /** A tagger using {@code model}, whose tag dictionary (if any) is in its properties. */
  public PosTagger(PerceptronModel model) {
    if (!model.templateName().equals(PosFeatures.NAME) || model.templateVersion() != PosFeatures.VERSION) {
      throw new IllegalArgumentException("not a " + PosFeatures.NAME + "/v" + PosFeatures.VERSION + " model: "
          + model.templateName() + "/v" + model.templateVersion());
    }
    this.model = model;
    PosFeatures features = new PosFeatures(model.classes(), parseTagDictionary(model.properties().getOrDefault(TAG_DICTIONARY, "")),
        ClusterLexicon.decode(model.properties().getOrDefault(CLUSTERS, "")));
    this.decoder = new GreedyDecoder<>(model, features);
    this.tags = model.classes().toArray(String[]::new);
    this.workspaces = ThreadLocal.withInitial(features::newWorkspace);
  }

  private static final class Holder {
    static final PosTagger DEFAULTS = load(RESOURCE);
  }

  /**
   * {@return a tagger with the model in classpath resource {@code resource}}
   *
   * @throws IllegalStateException if the resource is missing or not a readable {@value
   *     PosFeatures#NAME}/v{@value PosFeatures#VERSION} model; the message names the resource
   */
  static PosTagger load(String resource) {
    try (InputStream in = PosTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("part-of-speech model " + resource + " is not on the classpath (a build error)");
      }
      return new PosTagger(PerceptronModel.read(in, PosFeatures.NAME, PosFeatures.VERSION));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("part-of-speech model " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the tagger with the shipped model} loaded once, on first use (thread-safe).
   *
   * @throws IllegalStateException if the model resource is missing or corrupt (a build error)
   */
  public static PosTagger defaults() {
    return Holder.DEFAULTS;
  }

  /** {@return the model} */
  public PerceptronModel model() {
    return model;
  }

  /** {@return the tags this tagger can assign} */
  public List<String> tagSet() {
    return model.classes();
  }

  @Override
  public String[] tag(String[] words) {
    PosFeatures.Workspace ws = workspaces.get();
    int n = decoder.decode(words, ws);
    String[] out = new String[n];
    int[] classes = ws.classes;
    for (int i = 0; i < n; i++) {
      out[i] = tags[classes[i]];
    }
    ws.words = null;
    return out;
  }

  /** {@return the tag dictionary encoded as the model property {@value #TAG_DICTIONARY}} */
  public static String formatTagDictionary(Map<String, String> dictionary) {
    StringBuilder out = new StringBuilder();
    dictionary.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
    return out.toString();
  }

  /** {@return the tag dictionary decoded from the model property {@value #TAG_DICTIONARY}} */
  public static Map<String, String> parseTagDictionary(String property) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : property.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException("bad tag dictionary line: " + line);
      }
      out.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return out;
  }
}
