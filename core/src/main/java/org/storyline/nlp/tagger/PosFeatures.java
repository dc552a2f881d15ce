package org.storyline.nlp.tagger;

import static org.storyline.nlp.tagger.FeatureHashing.feature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part-of-speech feature templates ({@value #NAME}/v{@value #VERSION}), in the spirit of the
 * classic greedy averaged-perceptron taggers: the word (as written and lower-cased), its prefixes
 * and lower-cased suffixes of 1 to 4 characters, its shape ({@code Xx}, {@code d.d}, ...), the
 * neighbouring words two to each side with the neighbours' 3-letter suffixes and shapes, the two
 * previously predicted tags (alone, together and with the word), word bigrams, a
 * sentence-initial shape feature, character-class bits (digits, case, hyphen, address-like), and the
 * distributional clusters of the word and its neighbours (the clusters CoreNLP's own tagger uses). All string work happens once per token in {@link #prepare}; a
 * feature is a mix of a template id with precomputed 64-bit hashes.
 *
 * <p>A tag dictionary of frequent words that (in training) nearly always took one tag fixes their
 * tag without scoring ({@link #fixedClass}), and so does the look of a web or e-mail address
 * ({@code ADD}, as CoreNLP tags them). Immutable and thread-safe.
 */
public final class PosFeatures implements FeatureExtractor<String[], PosFeatures.Workspace> {
  /** Template-set name stored in the model header. */
  public static final String NAME = "pos";
  /** Template-set version stored in the model header; bump it with any change to the features. */
  public static final int VERSION = 1;
  /** Features per token. */
  static final int FEATURES = 37;

  private static final int PAD = 2;
  private static final long START = FeatureHashing.chars("<s>", false) ^ 0x5bd1e995L;
  private static final long END = FeatureHashing.chars("</s>", false) ^ 0x5bd1e995L;
  private static final long NO_TAG = FeatureHashing.value(-1);
  private static final long NO_TAG2 = FeatureHashing.value(-2);

  /** Per-thread buffers: per-token hashes of the current sentence (with two pad positions each side). */
  public static final class Workspace extends SequenceWorkspace {
    String[] words = new String[0];
    long[] form = new long[0];
    long[] lower = new long[0];
    long[] shape = new long[0];
    long[] suffix = new long[0]; // 4 per token, suffix k at 4 * i + k - 1
    long[] prefix = new long[0]; // 4 per token
    long[] kind = new long[0];
    int[] kindBits = new int[0];
    long[] cluster = new long[0];

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
        kind = new long[size];
        kindBits = new int[size];
        cluster = new long[size];
        suffix = new long[size * 4];
        prefix = new long[size * 4];
      }
    }
  }

  /** {@link #kind} bit: the word looks like a web or e-mail address. */
  static final int ADDRESS = 128;

  private final List<String> classes;
  private final int addressClass;
  private final long[] classHash;
  private final Map<String, Integer> tagDictionary;
  private final ClusterLexicon clusters;

  /**
   * Features for a model with tags {@code classes}; {@code tagDictionary} maps words (as written) to
   * the tag they always take; {@code clusters} gives words' distributional clusters.
   */
  public PosFeatures(List<String> classes, Map<String, String> tagDictionary, ClusterLexicon clusters) {
    this.clusters = clusters;
    this.classes = List.copyOf(classes);
    this.addressClass = this.classes.indexOf("ADD");
    this.classHash = new long[classes.size()];
    for (int c = 0; c < classHash.length; c++) {
      classHash[c] = FeatureHashing.chars(classes.get(c), false);
    }
    Map<String, Integer> dictionary = new HashMap<>();
    tagDictionary.forEach((word, tag) -> {
      int c = this.classes.indexOf(tag);
      if (c < 0) {
        throw new IllegalArgumentException("tag dictionary tag " + tag + " (for " + word + ") is not a class");
      }
      dictionary.put(word, c);
    });
    this.tagDictionary = Map.copyOf(dictionary);
  }

  /** {@return the tag dictionary, word to tag} */
  public Map<String, String> tagDictionary() {
    Map<String, String> out = new HashMap<>();
    tagDictionary.forEach((word, c) -> out.put(word, classes.get(c)));
    return out;
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
  public int prepare(String[] words, Workspace ws) {
    int n = words.length;
    ws.ensureLength(n);
    ws.words = words;
    for (int p = 0; p < PAD; p++) {
      padding(ws, p, START);
      padding(ws, n + PAD + p, END);
    }
    for (int i = 0; i < n; i++) {
      String w = words[i];
      if (w == null) {
        throw new IllegalArgumentException("null word at " + i);
      }
      String form = unescape(w);
      hashToken(form, i + PAD, ws);
      ws.cluster[i + PAD] = FeatureHashing.value(clusters.cluster(form));
    }
    return n;
  }

  /**
   * {@return the bracket a Penn Treebank escape stands for ({@code -LRB-} is "("), else the word}
   * CoreNLP 4.5's tokenizer writes brackets as they are; older pipelines escape them.
   */
  static String unescape(String w) {
    if (w.length() != 5 || w.charAt(0) != '-' || w.charAt(4) != '-') {
      return w;
    }
    switch (w) {
      case "-LRB-":
        return "(";
      case "-RRB-":
        return ")";
      case "-LSB-":
        return "[";
      case "-RSB-":
        return "]";
      case "-LCB-":
        return "{";
      case "-RCB-":
        return "}";
      default:
        return w;
    }
  }

  /** Hashes one token's surface features ({@link FeatureHashing#token}), shape and character classes. */
  private static void hashToken(String w, int j, Workspace ws) {
    FeatureHashing.token(w, j, ws.form, ws.lower, ws.prefix, ws.suffix);
    ws.shape[j] = shape(w);
    int bits = kind(w);
    ws.kindBits[j] = bits;
    ws.kind[j] = FeatureHashing.value(bits);
  }

  /** Bits of the word's character classes, and whether it looks like a web or e-mail address. */
  static int kind(String w) {
    int bits = 0;
    int at = -1;
    int dots = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c)) {
        bits |= 1;
      } else if (Character.isUpperCase(c)) {
        bits |= 2;
      } else if (Character.isLowerCase(c)) {
        bits |= 4;
      } else if (c == '-') {
        bits |= 8;
      } else if (c == '.') {
        dots++;
      } else if (c == '@') {
        at = k;
      } else if (c == '/' || c == ':') {
        bits |= 16;
      } else {
        bits |= 32;
      }
    }
    if (dots > 0) {
      bits |= 64;
    }
    boolean email = at > 0 && w.indexOf('.', at) > at + 1;
    boolean web = w.startsWith("http:") || w.startsWith("https:") || w.startsWith("www.")
        || (dots > 0 && (bits & 4) != 0 && hasWebSuffix(w));
    if (email || web) {
      bits |= ADDRESS;
    }
    return bits;
  }

  private static boolean hasWebSuffix(String w) {
    int dot = w.lastIndexOf('.');
    if (dot <= 0 || dot == w.length() - 1) {
      return false;
    }
    String tld = w.substring(dot + 1);
    return tld.equals("com") || tld.equals("org") || tld.equals("net") || tld.equals("gov") || tld.equals("edu")
        || tld.equals("io") || tld.equals("html") || tld.equals("htm") || (tld.length() == 2 && Character.isLowerCase(tld.charAt(0))
        && Character.isLowerCase(tld.charAt(1)) && dot > 1);
  }

  private static void padding(Workspace ws, int j, long value) {
    ws.form[j] = value;
    ws.lower[j] = value;
    ws.shape[j] = value;
    ws.kind[j] = value;
    ws.kindBits[j] = 0;
    ws.cluster[j] = value;
    for (int k = 0; k < 4; k++) {
      ws.suffix[4 * j + k] = value;
      ws.prefix[4 * j + k] = value;
    }
  }

  /**
   * {@return the hash of the word's shape} Upper-case letters become X, lower-case x, digits d, other
   * characters stay; runs of one kind collapse to one character, and the shape is cut after 8.
   */
  static long shape(String w) {
    long h = 0xCBF29CE484222325L;
    char previous = 0;
    int written = 0;
    for (int i = 0; i < w.length() && written < 8; i++) {
      char c = w.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) || Character.isLetter(c) ? 'x'
          : Character.isDigit(c) ? 'd' : c;
      if (s != previous) {
        h = (h ^ s) * 0x100000001B3L;
        previous = s;
        written++;
      }
    }
    return FeatureHashing.mix(h);
  }

  @Override
  public int fixedClass(Workspace ws, int i) {
    // CoreNLP tags web and e-mail addresses ADD (over 95% of such tokens in the teacher corpus)
    if (addressClass >= 0 && (ws.kindBits[i + PAD] & ADDRESS) != 0) {
      return addressClass;
    }
    String word = ws.words[i];
    Integer c = tagDictionary.get(word);
    if (c == null && word.length() == 5 && word.charAt(0) == '-') {
      c = tagDictionary.get(unescape(word));
    }
    return c == null ? -1 : c;
  }

  @Override
  public int extract(Workspace ws, int i) {
    long[] f = ws.features;
    int j = i + PAD;
    long t1 = i >= 1 ? classHash[ws.classes[i - 1]] : NO_TAG;
    long t2 = i >= 2 ? classHash[ws.classes[i - 2]] : i == 1 ? NO_TAG : NO_TAG2;
    long lower = ws.lower[j];
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
    f[11] = feature(11, ws.shape[j]);
    f[12] = feature(12, ws.lower[j - 1]);
    f[13] = feature(13, ws.lower[j - 2]);
    f[14] = feature(14, ws.lower[j + 1]);
    f[15] = feature(15, ws.lower[j + 2]);
    f[16] = feature(16, suffix[4 * (j - 1) + 2]);
    f[17] = feature(17, suffix[4 * (j + 1) + 2]);
    f[18] = feature(18, ws.shape[j - 1]);
    f[19] = feature(19, ws.shape[j + 1]);
    f[20] = feature(20, t1);
    f[21] = feature(21, t2);
    f[22] = feature(22, t1, t2);
    f[23] = feature(23, t1, lower);
    f[24] = feature(24, lower, ws.lower[j + 1]);
    f[25] = feature(25, ws.lower[j - 1], lower);
    f[26] = feature(26, i == 0 ? 1 : 0, ws.shape[j]);
    f[27] = feature(27, t1, suffix[4 * j + 2]);
    f[28] = feature(28, ws.kind[j]);
    f[29] = feature(29, ws.kind[j], i == 0 ? 1 : 0);
    f[30] = feature(30, ws.shape[j], t1);
    f[31] = feature(31, ws.lower[j + 1], ws.lower[j + 2]);
    f[32] = feature(32, ws.cluster[j]);
    f[33] = feature(33, ws.cluster[j - 1]);
    f[34] = feature(34, ws.cluster[j + 1]);
    f[35] = feature(35, ws.cluster[j - 1], ws.cluster[j], ws.cluster[j + 1]);
    f[36] = feature(36, ws.cluster[j], t1);
    return FEATURES;
  }
}
