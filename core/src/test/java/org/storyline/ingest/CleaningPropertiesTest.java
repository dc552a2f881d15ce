package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

/** Offsets produced by cleaning and HTML extraction never leave the original text. */
class CleaningPropertiesTest {
  private static final TextCleaner CLEANER = TextCleaner.standard();
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  @Provide
  Arbitrary<String> messyText() {
    Arbitrary<String> words = Arbitraries.strings()
        .withChars("abcXYZ .,…\u200B\u200F\u00A0\t\r\u0007é")
        .withCharRange('\u05D0', '\u05D5')
        .ofMaxLength(60);
    Arbitrary<String> furniture = Arbitraries.of("Back To Top", "By", "Liam Avatar", "Table of Contents",
        "References", "More Quick Read Articles »", "Share your thoughts in the comments below!", "",
        "\uD83D\uDE00 emoji line", "Thu 13th Feb, 2025");
    Arbitrary<String> line = Arbitraries.oneOf(words, furniture, words.map(w -> w + w + w + w));
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\u2029", "\n \n");
    return Combinators.combine(line.list().ofMaxSize(25), separator.list().ofMaxSize(25)).as((lines, seps) -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        b.append(lines.get(i));
        if (!seps.isEmpty()) {
          b.append(seps.get(i % seps.size()));
        }
      }
      return b.toString();
    });
  }

  @Property(tries = 300)
  void cleanedOffsetsStayInsideTheInputAndPointAtTheSameChars(@ForAll("messyText") String input,
      @ForAll("messyText") String title) {
    CleanedText cleaned = CLEANER.clean(input, title);
    OffsetMap map = cleaned.toInput();
    String text = cleaned.text();
    assertThat(map.derivedLength()).isEqualTo(text.length());
    int previous = 0;
    for (int i = 0; i < text.length(); i++) {
      int s = map.toSource(i);
      assertThat(s).isBetween(0, input.length() - 1);
      assertThat(s).as("cleaning keeps paragraph order").isGreaterThanOrEqualTo(previous);
      previous = s;
      if (text.charAt(i) != '\n') {
        assertThat(input.charAt(s)).isEqualTo(text.charAt(i));
      }
    }
    for (Span p : cleaned.paragraphs()) {
      assertThat(map.toSource(p).coveredText(input).replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]", ""))
          .isEqualTo(p.coveredText(text));
    }
    for (CleanedText.Removal r : cleaned.removals()) {
      assertThat(r.inputSpan().fitsIn(input.length())).isTrue();
    }
  }

  @Property(tries = 200)
  void regionCleaningNeverMapsOutsideTheRegion(@ForAll("messyText") String input, @ForAll("messyText") String prefix) {
    String whole = prefix + "\n" + input;
    int from = prefix.length() + 1;
    CleanedText cleaned = CLEANER.clean(whole, from, whole.length(), "");
    for (int i = 0; i < cleaned.text().length(); i++) {
      assertThat(cleaned.toInput().toSource(i)).isBetween(from, whole.length());
    }
  }

  @Provide
  Arbitrary<String> messyHtml() {
    Arbitrary<String> text = Arbitraries.strings().withChars("abc XYZ,.\u200B\u05D0\r\n").ofMaxLength(40);
    Arbitrary<String> piece = Arbitraries.oneOf(text,
        Arbitraries.of("<p>", "</p>", "<div class='content'>", "<div class='share'>", "</div>", "<br>", "&amp;",
            "&eacute;", "&#8217;", "&#x41;", "&nbsp;", "&bogus;", "&", "<script>var a='<p>x</p>';</script>",
            "<style>p{}</style>", "<a href='#'>", "</a>", "<!-- c -->", "<pre>", "</pre>", "<b>", "</i>",
            "<table><tr><td>", "</td><td>", "</table>", "<p onclick=\"alert(1)\">", "<", ">", "<![CDATA[x]]>"));
    return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void extractedOffsetsStayInsideTheHtml(@ForAll("messyHtml") String html) {
    HtmlExtraction extraction = EXTRACTOR.extract("generated", html);
    OffsetAssertions.assertMapsInto(extraction.text(), extraction.toHtml(), html);
    CleanedText cleaned = CLEANER.clean(extraction.text(), extraction.title());
    OffsetMap composed = cleaned.toInput().andThen(extraction.toHtml());
    OffsetAssertions.assertMapsInto(cleaned.text(), composed, html);
    // no char of the text comes from inside what the parser saw as a script or style element
    // ("<a<script>" is a tag named "a<script", not a script)
    org.jsoup.nodes.Document doc = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    for (org.jsoup.nodes.Element code : doc.select("script, style")) {
      int from = code.sourceRange().endPos();
      int to = code.endSourceRange().isTracked() ? code.endSourceRange().startPos() : html.length();
      for (int i = 0; i < cleaned.text().length(); i++) {
        int source = composed.toSource(i);
        assertThat(source >= from && source < to).as("char %d from inside <%s>", i, code.normalName()).isFalse();
      }
    }
    assertThat(cleaned.text()).doesNotContain("alert(1)");
  }
}
