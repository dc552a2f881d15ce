package org.storyline.nlp.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClusterLexiconTest {
  private static final ClusterLexicon LEXICON = ClusterLexicon.of(new TreeMap<>(Map.of(
      "kyiv", "0110", "moscow", "0110", "said", "1011", "9,999", "0001")));

  @Test
  void findsWordsCaseInsensitivelyAndDigitsAsNine() {
    assertThat(LEXICON.cluster("Kyiv")).isEqualTo(LEXICON.cluster("moscow")).isNotNegative();
    assertThat(LEXICON.cluster("SAID")).isNotEqualTo(LEXICON.cluster("kyiv")).isNotNegative();
    assertThat(LEXICON.cluster("1,000")).isEqualTo(LEXICON.cluster("9,999")).isNotNegative();
    assertThat(LEXICON.cluster("Zaporizhzhia")).isEqualTo(-1);
    assertThat(ClusterLexicon.NONE.cluster("kyiv")).isEqualTo(-1);
  }

  @Test
  void encodeAndDecodeRoundTrip() {
    ClusterLexicon decoded = ClusterLexicon.decode(LEXICON.encode());
    assertThat(decoded.size()).isEqualTo(4);
    for (String w : new String[] {"kyiv", "Moscow", "said", "2,025", "unknown"}) {
      assertThat(decoded.cluster(w)).as(w).isEqualTo(LEXICON.cluster(w));
    }
    assertThat(ClusterLexicon.decode("")).isSameAs(ClusterLexicon.NONE);
    assertThatThrownBy(() -> ClusterLexicon.decode("AAAA")).isInstanceOf(IllegalArgumentException.class);
  }
}
