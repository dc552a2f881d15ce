package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class OffsetMapEncodingTest {
  @Test
  void encodesSegmentsCompactly() {
    OffsetMap map = OffsetMap.builder(20).copy(0, 5).insert(1, 9).copy(11, 6).build();
    assertThat(map.encode()).isEqualTo("12>20;0+0;5-9;6+11");
    assertThat(OffsetMap.decode("12>20;0+0;5-9;6+11")).isEqualTo(map);
    assertThat(OffsetMap.identity(7).encode()).isEqualTo("7>7;0+0");
  }

  @Test
  void mapsWithTheSameSegmentsAreEqual() {
    OffsetMap a = OffsetMap.builder(10).copy(0, 3).copy(3, 2).insert(1, 5).build();
    OffsetMap b = OffsetMap.builder(10).copy(0, 5).insert(1, 5).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(OffsetMap.builder(10).copy(0, 5).insert(1, 6).build());
    assertThat(OffsetMap.identity(4)).isNotEqualTo(OffsetMap.builder(5).copy(0, 4).build());
  }

  @Test
  void refusesMalformedOrImpossibleForms() {
    for (String bad : List.of("", "12", "12>20", "12>20;0*0", "12>20;1+0", "5>3;0+0", "x>3;0+0", "4>10;0+0;3+2;2+5")) {
      assertThatThrownBy(() -> OffsetMap.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property(tries = 300)
  void decodeInvertsEncode(@ForAll("maps") OffsetMap map) {
    OffsetMap back = OffsetMap.decode(map.encode());
    assertThat(back).isEqualTo(map);
    for (int i = 0; i <= map.derivedLength(); i++) {
      assertThat(back.toSource(i)).isEqualTo(map.toSource(i));
    }
  }

  @Provide
  Arbitrary<OffsetMap> maps() {
    Arbitrary<Tuple.Tuple3<Boolean, Integer, Integer>> step = Combinators.combine(
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 5))
        .as(Tuple::of);
    return step.list().ofMaxSize(12).map(steps -> {
      OffsetMap.Builder b = OffsetMap.builder(200);
      int source = 0;
      for (Tuple.Tuple3<Boolean, Integer, Integer> s : steps) {
        source += s.get3();
        if (s.get1()) {
          b.copy(source, s.get2());
          source += s.get2();
        } else {
          b.insert(s.get2(), source);
        }
      }
      return b.build();
    });
  }
}
