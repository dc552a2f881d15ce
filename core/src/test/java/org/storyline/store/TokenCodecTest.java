package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Span;
import org.storyline.model.Token;

class TokenCodecTest {
  @Test
  void roundTripsTokensWhoseTextOrLemmaDifferFromTheirSpan() {
    String text = "“Hold the meeting,” he said — Путин 🇺🇦 met.";
    List<Token> tokens = List.of(
        new Token(0, new Span(0, 1), "``", "``", "``"), // a tagger's normalised quote
        new Token(0, new Span(1, 5), "Hold", "VB", "hold"),
        new Token(0, new Span(10, 17), "meeting", "NN", "meeting"),
        new Token(0, new Span(23, 27), "said", "VBD", "say"),
        new Token(0, new Span(28, 29), "--", ":", "--"),
        new Token(1, new Span(30, 35), "Путин", "NNP", "Путин"),
        new Token(1, new Span(36, 40), "🇺🇦", "SYM", "\uD83C"), // even a lone surrogate survives
        new Token(1, new Span(41, 44), "met", "VBD", "meet"),
        new Token(1, new Span(41, 44), "met", "", "met")); // same start twice, empty POS
    byte[] blob = TokenCodec.encode(tokens, text);
    assertThat(TokenCodec.decode(blob, text)).isEqualTo(tokens);
  }

  @Test
  void costsAFewBytesPerTokenOfNewsText() {
    AnnotatedArticle doc = StoreFixtures.numbered(1, 20);
    byte[] blob = TokenCodec.encode(doc.tokens(), doc.text());
    assertThat(TokenCodec.decode(blob, doc.text())).isEqualTo(doc.tokens());
    assertThat((double) blob.length / doc.tokens().size()).isLessThan(8.0);
  }

  @Test
  void rejectsATruncatedOrUnknownBlob() {
    String text = "Putin met Trump.";
    byte[] blob = TokenCodec.encode(List.of(new Token(0, new Span(0, 5), "Putin", "NNP", "Putin")), text);
    assertThatThrownBy(() -> TokenCodec.decode(Arrays.copyOf(blob, blob.length - 2), text))
        .isInstanceOf(StoreException.class).hasMessageContaining("truncated");
    byte[] unknown = blob.clone();
    unknown[0] = 9;
    assertThatThrownBy(() -> TokenCodec.decode(unknown, text)).isInstanceOf(StoreException.class)
        .hasMessageContaining("format 9");
    assertThatThrownBy(() -> TokenCodec.decode(Arrays.copyOf(blob, blob.length + 1), text))
        .isInstanceOf(StoreException.class).hasMessageContaining("trailing");
  }
}
