package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The algebra of half-open spans: union, containment, overlap, order, shift. */
class SpanAlgebraTest {
  @Provide
  Arbitrary<Span> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 60))
        .as((start, length) -> new Span(start, start + length));
  }

  @Property(tries = 500)
  void unionIsTheSmallestSpanContainingBoth(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    Span u = a.union(b);
    assertThat(u).isEqualTo(b.union(a));
    assertThat(u.contains(a) && u.contains(b)).isTrue();
    assertThat(u.start()).isEqualTo(Math.min(a.start(), b.start()));
    assertThat(u.end()).isEqualTo(Math.max(a.end(), b.end()));
    assertThat(a.union(a)).isEqualTo(a);
  }

  @Property(tries = 500)
  void unionIsAssociative(@ForAll("spans") Span a, @ForAll("spans") Span b, @ForAll("spans") Span c) {
    assertThat(a.union(b).union(c)).isEqualTo(a.union(b.union(c)));
  }

  /**
   * Non-empty spans overlap exactly when they share a char. An empty span overlaps a span whose
   * interior holds its position (it lies inside it), and nothing else.
   */
  @Property(tries = 500)
  void overlapIsSymmetricAndMeansSharingAChar(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    if (!a.isEmpty() && !b.isEmpty()) {
      boolean shared = false;
      for (int i = a.start(); i < a.end(); i++) {
        shared |= b.contains(i);
      }
      assertThat(a.overlaps(b)).isEqualTo(shared);
    } else if (a.isEmpty() && !b.isEmpty()) {
      assertThat(a.overlaps(b)).isEqualTo(b.start() < a.start() && a.start() < b.end());
    } else if (a.isEmpty() && b.isEmpty()) {
      assertThat(a.overlaps(b)).isFalse();
    }
  }

  @Property(tries = 500)
  void containmentIsAPartialOrder(@ForAll("spans") Span a, @ForAll("spans") Span b, @ForAll("spans") Span c) {
    assertThat(a.contains(a)).isTrue();
    if (a.contains(b) && b.contains(a)) {
      assertThat(a).isEqualTo(b);
    }
    if (a.contains(b) && b.contains(c)) {
      assertThat(a.contains(c)).isTrue();
    }
    if (a.contains(b) && !b.isEmpty()) {
      assertThat(a.overlaps(b)).isTrue();
    }
  }

  @Property(tries = 500)
  void orderIsByStartThenEndAndAgreesWithEquals(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    int c = a.compareTo(b);
    assertThat(Integer.signum(c)).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(c == 0).isEqualTo(a.equals(b));
    if (a.start() < b.start()) {
      assertThat(c).isNegative();
    }
  }

  @Property(tries = 300)
  void shiftKeepsLengthAndCoveredText(@ForAll("spans") Span a, @ForAll @IntRange(min = 0, max = 50) int delta) {
    String text = "x".repeat(delta) + "abcdefghij".repeat(30);
    Span shifted = a.shift(delta);
    assertThat(shifted.length()).isEqualTo(a.length());
    assertThat(shifted.shift(-delta)).isEqualTo(a);
    assertThat(shifted.coveredText(text)).isEqualTo(a.coveredText(text.substring(delta)));
    assertThat(a.coveredText(text)).hasSize(a.length());
  }

  @Property(tries = 200)
  void aSpanFitsInATextExactlyWhenItsCoveredTextCanBeTaken(@ForAll("spans") Span a,
      @ForAll @IntRange(min = 0, max = 260) int length) {
    String text = "t".repeat(length);
    if (a.fitsIn(length)) {
      assertThat(a.coveredText(text)).hasSize(a.length());
    } else {
      assertThatThrownBy(() -> a.coveredText(text)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Property(tries = 200)
  void invalidBoundsAreRefused(@ForAll @IntRange(min = -50, max = 50) int start,
      @ForAll @IntRange(min = -50, max = 50) int end) {
    if (start < 0 || end < start) {
      assertThatThrownBy(() -> new Span(start, end)).isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(new Span(start, end).length()).isEqualTo(end - start);
    }
  }
}
