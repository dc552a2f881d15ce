package org.storyline.nlp.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Storyline's own named-entity tagger: a greedy left-to-right averaged perceptron over hashed
 * features ({@link NerFeatures}), distilled from the reference engine (Stanford CoreNLP's CoNLL
 * 4-class CRF with its numeric classifiers), whose per-token labels it reproduces without B-/I-
 * prefixes: {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}, {@code NUMBER},
 * {@code ORDINAL}, {@code MONEY}, {@code DATE}, ... or {@code O}. The shipped model is the classpath
 * resource {@value #RESOURCE} (provenance and figures in {@code ner.v1.md} beside it).
 *
 * <p>Optionally a cascade: {@link #withFallback} gives a tagger that sends the sentences the student
 * is unsure of (the smallest gap between the best and the second-best label score, over the
 * sentence's words where one of the two is a name label, is below a threshold) to another {@link NerTagging}, e.g. the reference CRF,
 * whose names replace the student's (the student's numeric and time labels stay, see {@link
 * #merge}).
 *
 * <p>Thread-safe: the model is immutable and each thread tags with its own workspace.
 */
public final class NerTagger implements NerTagging {
  /** Classpath resource of the shipped model. */
  public static final String RESOURCE = "/nlp/tagger/ner.v1.bin";
  /** Model property holding the word clusters ({@link ClusterLexicon#encode}); absent = none. */
  public static final String WORD_CLUSTERS = "wordClusters";

  private final PerceptronModel model;
  private final NerFeatures features;
  private final String[] labels;
  private final boolean[] name;
  private final ThreadLocal<NerFeatures.Workspace> workspaces;
  private final NerTagging fallback;
  private final float minMargin;

  /** A tagger using {@code model} alone. */
  public NerTagger(PerceptronModel model) {
    this(model, null, 0f);
  }

  private NerTagger(PerceptronModel model, NerTagging fallback, float minMargin) {
    if (!model.templateName().equals(NerFeatures.NAME) || model.templateVersion() != NerFeatures.VERSION) {
      throw new IllegalArgumentException("not a " + NerFeatures.NAME + "/v" + NerFeatures.VERSION + " model: "
          + model.templateName() + "/v" + model.templateVersion());
    }
    if (!model.classes().contains("O")) {
      throw new IllegalArgumentException("a named-entity model needs the label O: " + model.classes());
    }
    this.model = model;
    this.features = new NerFeatures(model.classes(), clustersOf(model));
    this.labels = model.classes().toArray(String[]::new);
    this.name = new boolean[labels.length];
    for (int c = 0; c < labels.length; c++) {
      name[c] = isName(labels[c]);
    }
    this.workspaces = ThreadLocal.withInitial(features::newWorkspace);
    this.fallback = fallback;
    this.minMargin = minMargin;
  }

  private static ClusterLexicon clustersOf(PerceptronModel model) {
    String encoded = model.properties().get(WORD_CLUSTERS);
    return encoded == null ? ClusterLexicon.NONE : ClusterLexicon.decode(encoded);
  }

  private static final class Holder {
    static final NerTagger DEFAULTS = load(RESOURCE);
  }

  /**
   * {@return a tagger with the model in classpath resource {@code resource}}
   *
   * @throws IllegalStateException naming the resource when it is missing or not a usable model
   */
  static NerTagger load(String resource) {
    try (InputStream in = NerTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("named-entity model " + resource + " is not on the classpath (a build error)");
      }
      return new NerTagger(PerceptronModel.read(in, NerFeatures.NAME, NerFeatures.VERSION));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("named-entity model " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the tagger with the shipped model and no fallback} loaded once, on first use
   * (thread-safe).
   *
   * @throws IllegalStateException if the model resource is missing or corrupt (a build error)
   */
  public static NerTagger defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * {@return a cascade: this model, and {@code fallback} for each sentence whose {@link #margin} is
   * below {@code minMargin}} A {@code minMargin} of 0 never falls back; {@code
   * Float.POSITIVE_INFINITY} always does.
   */
  public NerTagger withFallback(NerTagging fallback, float minMargin) {
    if (fallback == null || !(minMargin >= 0)) {
      throw new IllegalArgumentException("need a fallback and a margin >= 0: " + fallback + ", " + minMargin);
    }
    return new NerTagger(model, fallback, minMargin);
  }

  /** {@return the model} */
  public PerceptronModel model() {
    return model;
  }

  /** {@return the labels this model can assign} */
  public List<String> labelSet() {
    return model.classes();
  }

  /**
   * The student's labels for one sentence and its confidence.
   *
   * @param labels one label per word
   * @param margin the smallest gap between the best and the second-best label score over the
   *     sentence's words where one of the two is a name label ({@code PERSON}, {@code LOCATION},
   *     {@code ORGANIZATION}, {@code MISC}); {@code Float.POSITIVE_INFINITY} when there is none
   */
  public record Tagged(List<String> labels, float margin) {
    public Tagged {
      labels = List.copyOf(labels);
    }
  }

  @Override
  public String[] tag(String[] words, String[] posTags) {
    return tag(words, posTags, null);
  }

  /** As {@link #tag(String[], String[])}; {@code wordOf} is handed to the fallback (the student labels tokens). */
  @Override
  public String[] tag(String[] words, String[] posTags, int[] wordOf) {
    String[] out = new String[words.length];
    float margin = decode(words, posTags, out);
    if (fallback != null && margin < minMargin) {
      return merge(words, fallback.tag(words, posTags, wordOf), out);
    }
    return out;
  }

  /**
   * {@return the fallback's labels, with the student's label wherever the student gives something
   * other than a name or {@code O} (a number, money, a date, ...) and either the fallback has {@code
   * O} or the word holds a digit or a currency sign} (the reference engine's numeric classifiers
   * override its CRF on such words: "US$" is MONEY, "Boeing 747" ends in a NUMBER).
   */
  static String[] merge(String[] words, String[] fallback, String[] student) {
    String[] out = new String[student.length];
    for (int i = 0; i < out.length; i++) {
      String f = fallback[i] == null ? "O" : fallback[i];
      boolean studentOther = !isName(student[i]) && !student[i].equals("O");
      out[i] = studentOther && (f.equals("O") || numeric(words[i])) ? student[i] : f;
    }
    return out;
  }

  private static boolean numeric(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether a label is one of the four name classes} */
  static boolean isName(String label) {
    return switch (label) {
      case "PERSON", "LOCATION", "ORGANIZATION", "MISC" -> true;
      default -> false;
    };
  }

  /** {@return the student's labels and margin for one sentence} (never the fallback's). */
  public Tagged tagWithMargin(String[] words, String[] posTags) {
    String[] out = new String[words.length];
    float margin = decode(words, posTags, out);
    return new Tagged(List.of(out), margin);
  }

  /** {@return the student's margin over the sentence, as in {@link Tagged#margin}} */
  public float margin(String[] words, String[] posTags) {
    return decode(words, posTags, new String[words.length]);
  }

  private float decode(String[] words, String[] posTags, String[] out) {
    NerFeatures.Workspace ws = workspaces.get();
    int n = features.prepare(new NerFeatures.Input(words, posTags), ws);
    int classCount = labels.length;
    ws.ensureClasses(classCount);
    int[] classes = ws.classes;
    float[] scores = ws.scores;
    float margin = Float.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      int count = features.extract(ws, i);
      model.score(ws.features, count, scores);
      int best = 0;
      int runnerUp = -1;
      float max = scores[0];
      float second = Float.NEGATIVE_INFINITY;
      for (int c = 1; c < classCount; c++) {
        float s = scores[c];
        if (s > max) {
          second = max;
          runnerUp = best;
          max = s;
          best = c;
        } else if (s > second) {
          second = s;
          runnerUp = c;
        }
      }
      classes[i] = best;
      out[i] = labels[best];
      if (name[best] || (runnerUp >= 0 && name[runnerUp])) {
        margin = Math.min(margin, max - second);
      }
    }
    return margin;
  }
}
