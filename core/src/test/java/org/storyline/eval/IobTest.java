package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IobTest {
  static List<String> tags(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void readsIob1RunsAndBTagsBetweenAdjacentChunks() {
    assertThat(Iob.chunks(tags("I-PER I-PER O I-LOC B-LOC I-LOC")))
        .containsExactly(new Iob.Chunk(0, 2, "PER"), new Iob.Chunk(3, 4, "LOC"), new Iob.Chunk(4, 6, "LOC"));
  }

  @Test
  void readsIob2AndATypeChangeAsANewChunk() {
    assertThat(Iob.chunks(tags("B-ORG I-ORG I-MISC O B-PER")))
        .containsExactly(new Iob.Chunk(0, 2, "ORG"), new Iob.Chunk(2, 3, "MISC"), new Iob.Chunk(4, 5, "PER"));
  }

  @Test
  void readsIobesEndAndSingleTags() {
    assertThat(Iob.chunks(tags("B-PER E-PER S-PER S-PER O")))
        .containsExactly(new Iob.Chunk(0, 2, "PER"), new Iob.Chunk(2, 3, "PER"), new Iob.Chunk(3, 4, "PER"));
  }

  @Test
  void detectsTheSchemeFromBTags() {
    assertThat(Iob.detect(tags("I-PER I-PER O I-LOC B-LOC"))).isEqualTo(Iob.Scheme.IOB1);
    assertThat(Iob.detect(tags("B-PER I-PER O"))).isEqualTo(Iob.Scheme.IOB2);
    // a sentence break (null) before B- makes it an IOB2 start
    assertThat(Iob.detect(Arrays.asList("I-PER", null, "B-PER"))).isEqualTo(Iob.Scheme.IOB2);
    assertThat(Iob.detect(tags("O O"))).isEqualTo(Iob.Scheme.IOB1);
  }

  @Test
  void encodesTypeRunsInEitherScheme() {
    List<String> types = tags("PER PER O LOC ORG ORG");
    assertThat(Iob.encode(types, Iob.Scheme.IOB1)).containsExactly("I-PER", "I-PER", "O", "I-LOC", "I-ORG", "I-ORG");
    assertThat(Iob.encode(types, Iob.Scheme.IOB2)).containsExactly("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG");
    assertThat(Iob.chunks(Iob.encode(types, Iob.Scheme.IOB1))).isEqualTo(Iob.chunks(Iob.encode(types, Iob.Scheme.IOB2)));
  }
}
