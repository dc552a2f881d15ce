package org.storyline.nlp.tagger;

/** A tiny feature-template set for tests: bias, lower-cased word, last letter, previous class. */
final class ToyExtractor implements FeatureExtractor<String[], ToyExtractor.Workspace> {
  static final class Workspace extends SequenceWorkspace {
    long[] word = new long[8];
    long[] last = new long[8];

    Workspace() {
      super(4, 8);
    }

    @Override
    public void ensureLength(int n) {
      super.ensureLength(n);
      if (word.length < n) {
        word = new long[n * 2];
        last = new long[n * 2];
      }
    }
  }

  @Override
  public String templateName() {
    return "toy";
  }

  @Override
  public int templateVersion() {
    return 1;
  }

  @Override
  public Workspace newWorkspace() {
    return new Workspace();
  }

  @Override
  public int prepare(String[] sentence, Workspace ws) {
    ws.ensureLength(sentence.length);
    for (int i = 0; i < sentence.length; i++) {
      String w = sentence[i];
      ws.word[i] = FeatureHashing.chars(w, true);
      ws.last[i] = FeatureHashing.chars(w, w.length() - 1, w.length(), true);
    }
    return sentence.length;
  }

  @Override
  public int extract(Workspace ws, int i) {
    long[] f = ws.features;
    f[0] = FeatureHashing.feature(0, 0);
    f[1] = FeatureHashing.feature(1, ws.word[i]);
    f[2] = FeatureHashing.feature(2, ws.last[i]);
    f[3] = FeatureHashing.feature(3, FeatureHashing.value(i == 0 ? -1 : ws.classes[i - 1]));
    return 4;
  }
}
