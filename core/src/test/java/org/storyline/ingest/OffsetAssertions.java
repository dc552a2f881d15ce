package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.storyline.model.Article;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

/** Checks that an offset map sends a derived text back into its raw document faithfully. */
final class OffsetAssertions {
  private OffsetAssertions() {}

  /**
   * Every char of {@code text} maps inside {@code raw}; every visible char maps to the same char,
   * to the '&amp;' of the entity it was decoded from, or (U+FFFD) to the NUL the parser replaced. Separators (line breaks, spaces) may be
   * insertions and are only checked for bounds.
   */
  static void assertMapsInto(String text, OffsetMap map, String raw) {
    assertThat(map.derivedLength()).as("map covers the text").isEqualTo(text.length());
    assertThat(map.sourceLength()).as("map points into the raw document").isEqualTo(raw.length());
    for (int i = 0; i < text.length(); i++) {
      int s = map.toSource(i);
      assertThat(s).as("offset of char %d", i).isBetween(0, raw.length());
      char c = text.charAt(i);
      if (c == '\n' || c == ' ') {
        continue;
      }
      assertThat(s).as("visible char %d '%s' maps to a char", i, c).isLessThan(raw.length());
      char r = raw.charAt(s);
      assertThat(r == c || r == '&' || (r == '\u0000' && c == '\uFFFD'))
          .as("char %d '%s' maps to raw '%s' at %d", i, c, r, s)
          .isTrue();
    }
    Span all = map.toSource(new Span(0, text.length()));
    assertThat(all.end()).isLessThanOrEqualTo(raw.length());
  }

  /** Same check for an article against the raw document it was read from. */
  static void assertMapsInto(Article article, String raw) {
    assertMapsInto(article.text(), article.toSource(), raw);
  }

  /** {@return the raw text a span of the derived text comes from} */
  static String sourceOf(Span derived, OffsetMap map, String raw) {
    return map.toSource(derived).coveredText(raw);
  }
}
