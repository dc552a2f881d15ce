package org.storyline.nlp.tagger;

import static org.storyline.nlp.tagger.FeatureHashing.feature;

import java.util.List;

/**
 * The named-entity feature templates ({@value #NAME}/v{@value #VERSION}) of {@link NerTagger}: for
 * each word its form, lower-cased form, prefixes and lower-cased suffixes of 1 to 4 characters and
 * shape; the lower-cased words, shapes and POS tags two to each side (and word/shape/POS
 * conjunctions); the two previously predicted labels (alone, together, and with the word, shape and
 * POS); whether the sentence is a headline (nearly every word capitalised) or the word is sentence
 * initial; the word's length class; and the distributional clusters ({@link ClusterLexicon}) of the
 * word and its neighbours. String work happens once per token in {@link #prepare}; a
 * feature is a mix of a template id with precomputed 64-bit hashes. Immutable and thread-safe.
 */
public final class NerFeatures implements FeatureExtractor<NerFeatures.Input, NerFeatures.Workspace> {
  /** Template-set name stored in the model header. */
  public static final String NAME = "ner";
  /** Template-set version stored in the model header; bump it with any change to the features. */
  public static final int VERSION = 1;
  /** Features per token. */
  static final int FEATURES = 50;

  private static final int PAD = 2;
  private static final long START = FeatureHashing.chars("<s>", false) ^ 0x5bd1e995L;
  private static final long END = FeatureHashing.chars("</s>", false) ^ 0x5bd1e995L;
  private static final long NO_LABEL = FeatureHashing.value(-1);
  private static final long NO_LABEL2 = FeatureHashing.value(-2);

  /**
   * One sentence to tag: its words and their Penn POS tags (same length).
   *
   * @param words the words
   * @param posTags their POS tags
   */
  public record Input(String[] words, String[] posTags) {
    public Input {
      if (words.length != posTags.length) {
        throw new IllegalArgumentException(words.length + " words but " + posTags.length + " POS tags");
      }
    }
  }

  /** Per-thread buffers: per-token hashes of the current sentence (with two pad positions each side). */
  public static final class Workspace extends SequenceWorkspace {
    long[] form = new long[0];
    long[] lower = new long[0];
    long[] shape = new long[0];
    long[] pos = new long[0];
    long[] suffix = new long[0]; // 4 per token, suffix k at 4 * j + k - 1
    long[] prefix = new long[0]; // 4 per token
    long[] length = new long[0];
    long[] cluster = new long[0];
    long headline;

    Workspace(int classCount) {
      super(FEATURES, classCount);
      ensureLength(64);
    }

    @Override
    public void ensureLength(int n) {
      super.ensureLength(n);
      int padded = n + 2 * PAD;
      if (form.length < padded) {
        int size = Math.max(padded, form.length * 2);
        form = new long[size];
        lower = new long[size];
        shape = new long[size];
        pos = new long[size];
        suffix = new long[size * 4];
        prefix = new long[size * 4];
        length = new long[size];
        cluster = new long[size];
      }
    }
  }

  private final List<String> classes;
  private final long[] classHash;
  private final ClusterLexicon clusters;

  /** Features for a model with labels {@code classes}, looking words up in {@code clusters}. */
  public NerFeatures(List<String> classes, ClusterLexicon clusters) {
    this.classes = List.copyOf(classes);
    this.clusters = clusters;
    this.classHash = new long[classes.size()];
    for (int c = 0; c < classHash.length; c++) {
      classHash[c] = FeatureHashing.chars(classes.get(c), false);
    }
  }

  @Override
  public String templateName() {
    return NAME;
  }

  @Override
  public int templateVersion() {
    return VERSION;
  }

  @Override
  public Workspace newWorkspace() {
    return new Workspace(classes.size());
  }

  @Override
  public int prepare(Input sentence, Workspace ws) {
    String[] words = sentence.words();
    String[] tags = sentence.posTags();
    int n = words.length;
    ws.ensureLength(n);
    for (int p = 0; p < PAD; p++) {
      padding(ws, p, START);
      padding(ws, n + PAD + p, END);
    }
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < n; i++) {
      String w = words[i];
      if (w == null) {
        throw new IllegalArgumentException("null word at " + i);
      }
      int j = i + PAD;
      hashToken(w, j, ws);
      ws.cluster[j] = FeatureHashing.value(clusters.cluster(w));
      String t = tags[i];
      ws.pos[j] = t == null ? NO_LABEL : FeatureHashing.chars(t, false);
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        letters++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitals++;
        }
      }
    }
    // a headline or an all-capitals line: capitalisation says little about names there
    ws.headline = FeatureHashing.value(letters >= 4 && capitals * 10 >= letters * 8 ? 1 : 0);
    return n;
  }

  private static void hashToken(String w, int j, Workspace ws) {
    FeatureHashing.token(w, j, ws.form, ws.lower, ws.prefix, ws.suffix);
    ws.shape[j] = PosFeatures.shape(w);
    ws.length[j] = FeatureHashing.value(Math.min(w.length(), 8));
  }

  private static void padding(Workspace ws, int j, long value) {
    ws.form[j] = value;
    ws.lower[j] = value;
    ws.shape[j] = value;
    ws.pos[j] = value;
    ws.length[j] = value;
    ws.cluster[j] = value;
    for (int k = 0; k < 4; k++) {
      ws.suffix[4 * j + k] = value;
      ws.prefix[4 * j + k] = value;
    }
  }

  @Override
  public int extract(Workspace ws, int i) {
    long[] f = ws.features;
    int j = i + PAD;
    long t1 = i >= 1 ? classHash[ws.classes[i - 1]] : NO_LABEL;
    long t2 = i >= 2 ? classHash[ws.classes[i - 2]] : i == 1 ? NO_LABEL : NO_LABEL2;
    long lower = ws.lower[j];
    long shape = ws.shape[j];
    long pos = ws.pos[j];
    long[] suffix = ws.suffix;
    long[] prefix = ws.prefix;
    f[0] = feature(0, 0);
    f[1] = feature(1, ws.form[j]);
    f[2] = feature(2, lower);
    f[3] = feature(3, suffix[4 * j]);
    f[4] = feature(4, suffix[4 * j + 1]);
    f[5] = feature(5, suffix[4 * j + 2]);
    f[6] = feature(6, suffix[4 * j + 3]);
    f[7] = feature(7, prefix[4 * j]);
    f[8] = feature(8, prefix[4 * j + 1]);
    f[9] = feature(9, prefix[4 * j + 2]);
    f[10] = feature(10, prefix[4 * j + 3]);
    f[11] = feature(11, shape);
    f[12] = feature(12, ws.lower[j - 1]);
    f[13] = feature(13, ws.lower[j - 2]);
    f[14] = feature(14, ws.lower[j + 1]);
    f[15] = feature(15, ws.lower[j + 2]);
    f[16] = feature(16, ws.shape[j - 1]);
    f[17] = feature(17, ws.shape[j + 1]);
    f[18] = feature(18, ws.shape[j - 2]);
    f[19] = feature(19, ws.shape[j + 2]);
    f[20] = feature(20, pos);
    f[21] = feature(21, ws.pos[j - 1]);
    f[22] = feature(22, ws.pos[j + 1]);
    f[23] = feature(23, ws.pos[j - 2]);
    f[24] = feature(24, ws.pos[j + 2]);
    f[25] = feature(25, t1);
    f[26] = feature(26, t2);
    f[27] = feature(27, t1, t2);
    f[28] = feature(28, t1, lower);
    f[29] = feature(29, t1, shape);
    f[30] = feature(30, t1, pos);
    f[31] = feature(31, ws.lower[j - 1], lower);
    f[32] = feature(32, lower, ws.lower[j + 1]);
    f[33] = feature(33, pos, shape);
    f[34] = feature(34, ws.pos[j - 1], pos, ws.pos[j + 1]);
    f[35] = feature(35, ws.shape[j - 1], shape, ws.shape[j + 1]);
    f[36] = feature(36, i == 0 ? 1 : 0, ws.headline, shape);
    f[37] = feature(37, ws.headline, lower);
    f[38] = feature(38, ws.length[j], shape);
    f[39] = feature(39, t1, ws.lower[j - 1]);
    f[40] = feature(40, ws.lower[j - 1], ws.shape[j]);
    f[41] = feature(41, shape, ws.lower[j + 1]);
    f[42] = feature(42, ws.form[j - 1], ws.form[j], ws.form[j + 1]);
    f[43] = feature(43, t1, suffix[4 * j + 2], pos);
    long cluster = ws.cluster[j];
    f[44] = feature(44, cluster);
    f[45] = feature(45, ws.cluster[j - 1]);
    f[46] = feature(46, ws.cluster[j + 1]);
    f[47] = feature(47, cluster, shape);
    f[48] = feature(48, t1, cluster);
    f[49] = feature(49, ws.cluster[j - 1], cluster, ws.cluster[j + 1]);
    return FEATURES;
  }
}
