package org.storyline.nlp.corenlp;

/** One analyzer per test JVM: loading CoreNLP's models takes seconds. */
public final class SharedAnalyzer {
  private static CoreNlpAnalyzer instance;

  private SharedAnalyzer() {}

  /** {@return the shared analyzer, loaded on first use} */
  public static synchronized CoreNlpAnalyzer get() {
    if (instance == null) {
      instance = new CoreNlpAnalyzer(CoreNlpAnalyzer.Settings.defaults());
    }
    return instance;
  }
}
