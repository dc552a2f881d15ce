package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AveragedPerceptronTest {
  private static final List<String> CLASSES = List.of("VOWEL", "CONSONANT", "DIGIT");
  private static final String[] WORDS = {"idea", "piano", "tree", "boat", "cat", "dog", "run", "sky", "x7", "a9", "zz3"};

  /** Class by last character: separable by the last-letter feature. */
  private static int gold(String word) {
    char c = word.charAt(word.length() - 1);
    return Character.isDigit(c) ? 2 : "aeiou".indexOf(c) >= 0 ? 0 : 1;
  }

  private static List<String[]> sentences(int count, long seed) {
    Random random = new Random(seed);
    List<String[]> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      String[] words = new String[1 + random.nextInt(6)];
      for (int i = 0; i < words.length; i++) {
        words[i] = WORDS[random.nextInt(WORDS.length)];
      }
      out.add(words);
    }
    return out;
  }

  private static List<int[]> gold(List<String[]> sentences) {
    return sentences.stream().map(s -> Arrays.stream(s).mapToInt(AveragedPerceptronTest::gold).toArray()).toList();
  }

  private static PerceptronTrainer trained(int epochs) {
    List<String[]> sentences = sentences(200, 1);
    PerceptronTrainer weights = new PerceptronTrainer(CLASSES);
    new SequenceTrainer<>(new ToyExtractor(), weights).train(sentences, gold(sentences), epochs, 42, (e, n, t, c) -> {});
    return weights;
  }

  @Test
  void learnsATinySeparableProblem() {
    PerceptronModel model = trained(5).averaged("toy", 1, Map.of(), 0f, 0);
    GreedyDecoder<String[], ToyExtractor.Workspace> decoder = new GreedyDecoder<>(model, new ToyExtractor());
    ToyExtractor.Workspace ws = new ToyExtractor().newWorkspace();
    for (String[] sentence : sentences(50, 99)) {
      int n = decoder.decode(sentence, ws);
      assertThat(n).isEqualTo(sentence.length);
      for (int i = 0; i < n; i++) {
        assertThat(model.classes().get(ws.classes[i])).as(sentence[i]).isEqualTo(CLASSES.get(gold(sentence[i])));
      }
    }
    // an unseen word is classified by its last letter alone
    decoder.decode(new String[] {"banjo", "hat", "r2"}, ws);
    assertThat(Arrays.copyOf(ws.classes, 3)).containsExactly(0, 1, 2);
  }

  @Test
  void saveAndLoadGiveIdenticalScores() throws IOException {
    PerceptronModel model = trained(3).averaged("toy", 1, Map.of("source", "unit test", "empty", ""), 0f, 0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    PerceptronModel loaded = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()), "toy", 1);
    assertThat(loaded.classes()).isEqualTo(CLASSES);
    assertThat(loaded.properties()).isEqualTo(model.properties());
    assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
    assertThat(loaded.weightCount()).isEqualTo(model.weightCount());
    ToyExtractor extractor = new ToyExtractor();
    ToyExtractor.Workspace ws = extractor.newWorkspace();
    float[] a = new float[3];
    float[] b = new float[3];
    for (String[] sentence : sentences(30, 7)) {
      extractor.prepare(sentence, ws);
      for (int i = 0; i < sentence.length; i++) {
        ws.classes[i] = i % 3;
        int n = extractor.extract(ws, i);
        model.score(ws.features, n, a);
        loaded.score(ws.features, n, b);
        assertThat(b).containsExactly(a);
      }
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    loaded.write(again);
    assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
  }

  @Test
  void averagedWeightsDifferFromTheLastWeights() {
    PerceptronTrainer weights = trained(3);
    PerceptronModel averaged = weights.averaged("toy", 1, Map.of(), 0f, 0);
    PerceptronModel last = weights.lastWeights("toy", 1, Map.of());
    long bias = FeatureHashing.feature(0, 0);
    boolean differs = false;
    for (int c = 0; c < CLASSES.size(); c++) {
      differs |= averaged.weight(bias, c) != last.weight(bias, c);
    }
    assertThat(differs).isTrue();
  }

  @Test
  void averagingWeighsEachWeightByHowLongItHeldItsValue() {
    PerceptronTrainer weights = new PerceptronTrainer(CLASSES);
    long[] feature = {FeatureHashing.feature(7, 7)};
    weights.tick();
    weights.tick();
    weights.update(feature, 1, 0, 1); // after 2 of 4 instances: class 0 +1, class 1 -1
    weights.tick();
    weights.tick();
    PerceptronModel averaged = weights.averaged("toy", 1, Map.of(), 0f, 0);
    PerceptronModel last = weights.lastWeights("toy", 1, Map.of());
    assertThat(last.weight(feature[0], 0)).isEqualTo(1f);
    assertThat(averaged.weight(feature[0], 0)).isEqualTo(0.5f);
    assertThat(averaged.weight(feature[0], 1)).isEqualTo(-0.5f);
    assertThat(averaged.weight(feature[0], 2)).isZero();
  }

  @Test
  void pruningDropsSmallWeightsAndRarelyUpdatedFeatures() {
    PerceptronTrainer weights = trained(3);
    PerceptronModel all = weights.averaged("toy", 1, Map.of(), 0f, 0);
    PerceptronModel pruned = weights.averaged("toy", 1, Map.of(), 0.05f, 2);
    assertThat(pruned.weightCount()).isLessThan(all.weightCount());
    assertThat(pruned.featureCount()).isLessThanOrEqualTo(all.featureCount());
  }

  @Test
  void trainingIsReproducibleForAFixedSeed() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    trained(2).averaged("toy", 1, Map.of(), 0f, 0).write(a);
    trained(2).averaged("toy", 1, Map.of(), 0f, 0).write(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void readRejectsForeignTruncatedAndMismatchedModels() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained(1).averaged("toy", 1, Map.of(), 0f, 0).write(bytes);
    byte[] good = bytes.toByteArray();
    assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream("hello world, not a model".getBytes()), "toy", 1))
        .isInstanceOf(IOException.class).hasMessageContaining("magic");
    assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 3)), "toy", 1))
        .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(good), "pos", 1))
        .isInstanceOf(IOException.class).hasMessageContaining("toy/v1");
    assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(good), "toy", 2))
        .isInstanceOf(IOException.class).hasMessageContaining("toy/v2");
  }

  @Test
  void featureHashesAreNeverZeroAndDependOnTheTemplate() {
    long v = FeatureHashing.chars("Putin", true);
    assertThat(v).isEqualTo(FeatureHashing.chars("PUTIN", true)).isNotEqualTo(FeatureHashing.chars("PUTIN", false));
    assertThat(FeatureHashing.feature(1, v)).isNotEqualTo(FeatureHashing.feature(2, v)).isNotZero();
    assertThat(FeatureHashing.feature(1, v, 3)).isNotEqualTo(FeatureHashing.feature(1, 3, v));
    assertThat(FeatureHashing.chars("xPutinx", 1, 6, false)).isEqualTo(FeatureHashing.chars("Putin", false));
  }
}
