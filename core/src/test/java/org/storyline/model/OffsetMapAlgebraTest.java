package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The algebra of offset maps, on maps built like cleaning builds them: runs copied from the source
 * in order, with separators inserted between them. Every offset maps inside the source, copied
 * chars map to the same char, maps are monotone, and composition is function composition,
 * associative, with the identity as its unit.
 */
class OffsetMapAlgebraTest {
  /** A source text, a text derived from it and the map between them. */
  record Derived(String source, String text, OffsetMap map) {}

  /** One step of a derivation: skip {@code skip} source chars, copy {@code copy}, then insert {@code insert}. */
  record Step(int skip, int copy, int insert) {}

  @Provide
  Arbitrary<String> sources() {
    return Arbitraries.strings().withChars("abcdefgh XYZ.\n\u00e9\u200b").ofMinLength(0).ofMaxLength(120);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 12),
        Arbitraries.integers().between(0, 2)).as(Step::new).list().ofMaxSize(15);
  }

  /** Applies the steps to {@code source}; inserted chars are '|' (never in generated sources). */
  static Derived derive(String source, List<Step> steps) {
    OffsetMap.Builder b = OffsetMap.builder(source.length());
    StringBuilder text = new StringBuilder();
    int pos = 0;
    for (Step s : steps) {
      pos = Math.min(source.length(), pos + s.skip());
      int copy = Math.min(s.copy(), source.length() - pos);
      b.copy(pos, copy);
      text.append(source, pos, pos + copy);
      pos += copy;
      b.insert(s.insert(), pos);
      text.append("|".repeat(s.insert()));
    }
    return new Derived(source, text.toString(), b.build());
  }

  @Property(tries = 400)
  void everyOffsetMapsInsideTheSourceAndCopiedCharsMapToThemselves(@ForAll("sources") String source,
      @ForAll("steps") List<Step> steps) {
    Derived d = derive(source, steps);
    assertThat(d.map().derivedLength()).isEqualTo(d.text().length());
    assertThat(d.map().sourceLength()).isEqualTo(source.length());
    int previous = 0;
    for (int i = 0; i <= d.text().length(); i++) {
      int s = d.map().toSource(i);
      assertThat(s).isBetween(0, source.length());
      assertThat(s).as("monotone").isGreaterThanOrEqualTo(previous);
      previous = s;
      if (i < d.text().length() && d.text().charAt(i) != '|') {
        assertThat(source.charAt(s)).isEqualTo(d.text().charAt(i));
      }
    }
  }

  @Property(tries = 400)
  void spansMapToSpansInsideTheSourceCoveringTheSameCopiedText(@ForAll("sources") String source,
      @ForAll("steps") List<Step> steps) {
    Derived d = derive(source, steps);
    int n = d.text().length();
    for (int start = 0; start <= n; start += 3) {
      for (int end = start; end <= n; end += 4) {
        Span mapped = d.map().toSource(new Span(start, end));
        assertThat(mapped.fitsIn(source.length())).isTrue();
        String covered = mapped.coveredText(source);
        // every copied char of the derived span is in the source span, in order
        String copied = new Span(start, end).coveredText(d.text()).replace("|", "");
        assertThat(isSubsequence(copied, covered)).as("'%s' inside '%s'", copied, covered).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void compositionIsFunctionComposition(@ForAll("sources") String source, @ForAll("steps") List<Step> first,
      @ForAll("steps") List<Step> second) {
    Derived a = derive(source, first);
    Derived b = derive(a.text(), second);
    OffsetMap composed = b.map().andThen(a.map());
    assertThat(composed.derivedLength()).isEqualTo(b.text().length());
    assertThat(composed.sourceLength()).isEqualTo(source.length());
    for (int i = 0; i < b.text().length(); i++) {
      int viaB = b.map().toSource(i);
      if (b.text().charAt(i) != '|' && a.text().charAt(viaB) != '|') {
        // a char copied through both steps maps to the same source char either way
        assertThat(composed.toSource(i)).isEqualTo(a.map().toSource(viaB));
        assertThat(source.charAt(composed.toSource(i))).isEqualTo(b.text().charAt(i));
      } else {
        assertThat(composed.toSource(i)).isBetween(0, source.length());
      }
    }
  }

  /**
   * Associative on every char copied through all three maps. An inserted char maps to a point (its
   * insertion point), and composing forgets which later segment a point was next to, so offsets at
   * insertions may land on either side of a neighbouring insertion; they stay inside the source.
   */
  @Property(tries = 200)
  void compositionIsAssociativeOnCopiedChars(@ForAll("sources") String source, @ForAll("steps") List<Step> first,
      @ForAll("steps") List<Step> second, @ForAll("steps") List<Step> third) {
    Derived a = derive(source, first);
    Derived b = derive(a.text(), second);
    Derived c = derive(b.text(), third);
    OffsetMap left = c.map().andThen(b.map()).andThen(a.map());
    OffsetMap right = c.map().andThen(b.map().andThen(a.map()));
    for (int i = 0; i < c.text().length(); i++) {
      int inB = c.map().toSource(i);
      boolean copiedThrough = c.text().charAt(i) != '|' && b.text().charAt(inB) != '|'
          && a.text().charAt(b.map().toSource(inB)) != '|';
      if (copiedThrough) {
        assertThat(left.toSource(i)).as("offset %d", i).isEqualTo(right.toSource(i));
      } else {
        assertThat(left.toSource(i)).isBetween(0, source.length());
        assertThat(right.toSource(i)).isBetween(0, source.length());
      }
    }
  }

  @Example
  void issue6_aSpanEndingInACharInsertedAtTheEndMapsInsideTheSource() {
    // "ab" + an inserted separator at the end of the source
    OffsetMap map = OffsetMap.builder(2).copy(0, 2).insert(1, 2).build();
    Span mapped = map.toSource(new Span(0, 3));
    assertThat(mapped).isEqualTo(new Span(0, 2));
    assertThat(mapped.coveredText("ab")).isEqualTo("ab");
  }

  @Property(tries = 200)
  void theIdentityIsTheUnitOfComposition(@ForAll("sources") String source, @ForAll("steps") List<Step> steps) {
    Derived d = derive(source, steps);
    OffsetMap before = d.map().andThen(OffsetMap.identity(source.length()));
    OffsetMap after = OffsetMap.identity(d.text().length()).andThen(d.map());
    for (int i = 0; i <= d.text().length(); i++) {
      assertThat(before.toSource(i)).isEqualTo(d.map().toSource(i));
      assertThat(after.toSource(i)).isEqualTo(d.map().toSource(i));
    }
  }

  @Property(tries = 200)
  void encodingRoundTripsTheDerivedMaps(@ForAll("sources") String source, @ForAll("steps") List<Step> steps) {
    OffsetMap map = derive(source, steps).map();
    assertThat(OffsetMap.decode(map.encode())).isEqualTo(map);
  }

  private static boolean isSubsequence(String needle, String hay) {
    int j = 0;
    for (int i = 0; i < hay.length() && j < needle.length(); i++) {
      if (hay.charAt(i) == needle.charAt(j)) {
        j++;
      }
    }
    return j == needle.length();
  }
}
