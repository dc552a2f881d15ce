package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static final WordClusters CLUSTERS = WordClusters.of(Map.of("kyiv", "c7", "odesa", "c7", "said", "c2"));

  @Test
  void looksWordsUpIgnoringCase() {
    assertThat(CLUSTERS.cluster("Kyiv")).isEqualTo(CLUSTERS.cluster("odesa")).isEqualTo(1);
    assertThat(CLUSTERS.cluster("SAID")).isEqualTo(0);
    assertThat(CLUSTERS.cluster("unknown")).isEqualTo(-1);
    assertThat(CLUSTERS.size()).isEqualTo(3);
    assertThat(CLUSTERS.clusterCount()).isEqualTo(2);
    assertThat(WordClusters.NONE.cluster("kyiv")).isEqualTo(-1);
  }

  @Test
  void binaryAndBase64FormsReadBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CLUSTERS.write(out);
    WordClusters again = WordClusters.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(again.cluster("odesa")).isEqualTo(1);
    assertThat(WordClusters.decode(CLUSTERS.encode()).cluster("said")).isEqualTo(0);
  }

  @Test
  void truncatedOrForeignDataIsRejected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CLUSTERS.write(out);
    byte[] bytes = out.toByteArray();
    assertThatThrownBy(() -> WordClusters.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 3))))
        .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    assertThatThrownBy(() -> WordClusters.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
        .isInstanceOf(IOException.class).hasMessageContaining("magic");
    assertThatThrownBy(() -> WordClusters.decode("%%%")).isInstanceOf(IOException.class);
  }
}
