package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.pipeline.RuleFile;

class GoldModesTest {
  @Test
  void everyExampleOfTheShippedTableHolds() {
    GoldModes modes = GoldModes.standard();
    assertThat(modes.examples()).isNotEmpty();
    for (String example : modes.examples()) {
      String[] sides = example.split("=>");
      String[] left = sides[0].strip().split("\\s+");
      List<String> unmapped = new ArrayList<>();
      assertThat(modes.map(left[0], List.of(left[1]), unmapped)).as(example).containsExactly(sides[1].strip());
    }
  }

  @Test
  void theSameLegacyNameMapsPerGoldType() {
    GoldModes modes = GoldModes.standard();
    assertThat(modes.find("CONSULT", "host")).contains("visit");
    assertThat(modes.find("PROTEST", "host")).isEmpty();
    assertThat(modes.find("protest", " Strike-Hun ")).contains("hunger");
  }

  @Test
  void blankModesAreDroppedAndUnlistedOnesKeptAndReported() {
    List<String> unmapped = new ArrayList<>();
    List<String> out = GoldModes.standard().map("PROTEST", List.of("", "demo-org", "demo-spon", "Sit-In"), unmapped);
    assertThat(out).containsExactly("demo", "sit-in");
    assertThat(unmapped).containsExactly("PROTEST/Sit-In");
  }

  @Test
  void aMalformedOrRepeatedRowNamesItsLine() {
    assertThatThrownBy(() -> GoldModes.parse(RuleFile.parse("# c\nPROTEST | demo-org\n", "m.txt")))
        .hasMessageContaining("m.txt line 2");
    assertThatThrownBy(() -> GoldModes.parse(RuleFile.parse("PROTEST | a | b\nprotest | A | c\n", "m.txt")))
        .hasMessageContaining("line 2").hasMessageContaining("duplicate");
  }
}
