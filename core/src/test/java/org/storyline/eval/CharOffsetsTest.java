package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CharOffsetsTest {
  @Test
  void plainTextOffsetsAreTheSameInBothUnits() {
    CharOffsets o = new CharOffsets("Putin said.");
    assertThat(o.toCodePoint(6)).isEqualTo(6);
    assertThat(o.toUtf16(6)).isEqualTo(6);
    assertThat(o.codePointLength()).isEqualTo(11);
  }

  @Test
  void anEmojiIsOneCodePointButTwoUtf16Units() {
    String text = "Wow \uD83D\uDE00 he said";
    CharOffsets o = new CharOffsets(text);
    assertThat(o.codePointLength()).isEqualTo(text.length() - 1);
    int he = text.indexOf("he");
    assertThat(o.toCodePoint(he)).isEqualTo(he - 1);
    assertThat(o.toUtf16(he - 1)).isEqualTo(he);
    assertThat(o.toUtf16(o.toCodePoint(text.length()))).isEqualTo(text.length());
  }

  @Test
  void offsetsOutsideTheTextAreRejected() {
    CharOffsets o = new CharOffsets("abc");
    assertThatThrownBy(() -> o.toUtf16(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> o.toCodePoint(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
