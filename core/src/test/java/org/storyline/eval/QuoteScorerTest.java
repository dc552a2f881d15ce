package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

/** The quote metrics on hand-made cases whose figures are worked out by hand. */
class QuoteScorerTest {
  private static Span at(String text, String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException(part);
    }
    return new Span(i, i + part.length());
  }

  private static Polnear.Attribution gold(String text, String content, String source) {
    return new Polnear.Attribution(List.of(at(text, content)), source == null ? List.of() : List.of(at(text, source)),
        List.of());
  }

  private static QuoteScorer.Predicted predicted(String text, String content, String speaker) {
    return new QuoteScorer.Predicted(at(text, content), speaker == null ? null : at(text, speaker), speaker);
  }

  @Test
  void wordF1CountsEachWordOnceOnEachSide() {
    String text = "Ann said that the talks failed badly. Bob left.";
    QuoteScorer s = new QuoteScorer();
    // gold: "that the talks failed badly" = 5 words; predicted: "the talks failed badly. Bob" = 5 words, 4 shared
    s.add("d", text, List.of(gold(text, "that the talks failed badly", "Ann")),
        List.of(predicted(text, "the talks failed badly. Bob", "Ann")));
    QuoteScorer.Counts c = s.counts();
    assertThat(c.goldWords()).isEqualTo(5);
    assertThat(c.systemWords()).isEqualTo(5);
    assertThat(c.commonWords()).isEqualTo(4);
    assertThat(c.words().f1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void overlapCountsQuotesAndContentsSharingAWord() {
    String text = "Ann said the talks failed. Bob said rain comes. Cy sang loudly.";
    QuoteScorer s = new QuoteScorer();
    s.add("d", text, List.of(gold(text, "the talks failed", "Ann"), gold(text, "rain comes", "Bob")),
        List.of(predicted(text, "talks", "Ann"), predicted(text, "sang loudly", null)));
    QuoteScorer.Counts c = s.counts();
    // P = 1 of 2 predicted overlaps gold, R = 1 of 2 gold contents found
    assertThat(c.overlap().precision()).isEqualTo(0.5);
    assertThat(c.overlap().recall()).isEqualTo(0.5);
    assertThat(c.overlap().f1()).isEqualTo(0.5);
  }

  @Test
  void exactUnitsIgnoreEdgePunctuationQuoteMarksAndALeadingThat() {
    String text = "Ann said that the talks failed. “We won,” Bob said. “Again and again.” Cy said it rains today.";
    Polnear.Attribution bob = new Polnear.Attribution(List.of(at(text, "“We won,”"), at(text, "“Again and again.”")),
        List.of(at(text, "Bob")), List.of());
    QuoteScorer s = new QuoteScorer();
    s.add("d", text, List.of(gold(text, "that the talks failed.", "Ann"), bob, gold(text, "it rains today", "Cy")),
        List.of(predicted(text, "the talks failed", "Ann"), predicted(text, "We won", "Bob"),
            predicted(text, "Again and again.", "Bob"), predicted(text, "it rains", "Cy")));
    QuoteScorer.Counts c = s.counts();
    // units: gold 4 fragments, system 4 quotes; 3 equal ("it rains" is not "it rains today")
    assertThat(c.goldUnits()).isEqualTo(4);
    assertThat(c.systemUnits()).isEqualTo(4);
    assertThat(c.exact()).isEqualTo(3);
    assertThat(c.exactMatch().f1()).isEqualTo(0.75);
  }

  @Test
  void aQuoteInsideAnotherIsFoldedIntoIt() {
    String text = "Ann said the talks were “productive” and useful.";
    QuoteScorer s = new QuoteScorer();
    s.add("d", text, List.of(gold(text, "the talks were “productive” and useful", "Ann")),
        List.of(predicted(text, "the talks were “productive” and useful", "Ann"), predicted(text, "productive", "Ann")));
    QuoteScorer.Counts c = s.counts();
    assertThat(c.system()).isEqualTo(1);
    assertThat(c.systemUnits()).isEqualTo(1);
    assertThat(c.exact()).isEqualTo(1);
    assertThat(c.namedJudged()).isEqualTo(1);
  }

  @Test
  void speakerIsRightWhenItOverlapsTheGoldSourceAndWrongWhenMissingOrElsewhere() {
    String text = "Senator Ann Lee said the talks failed. Bob Ray said rain comes. Cy Tan said snow falls.";
    QuoteScorer s = new QuoteScorer();
    s.add("d", text,
        List.of(gold(text, "the talks failed", "Senator Ann Lee"), gold(text, "rain comes", "Bob Ray"),
            gold(text, "snow falls", "Cy Tan"), gold(text, "Senator", null)),
        List.of(predicted(text, "the talks failed", "Ann Lee"), predicted(text, "rain comes", null),
            predicted(text, "snow falls", "Bob Ray"), predicted(text, "Senator", "Cy Tan")));
    QuoteScorer.Counts c = s.counts();
    // the fourth gold has no source: not judged
    assertThat(c.namedJudged()).isEqualTo(3);
    assertThat(c.namedRight()).isEqualTo(1);
    assertThat(c.speakerAccuracy()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void aPronounSourceIsRightWhenTheSpeakerIsThePreviousNamedSource() {
    String text = "Mr. Obama said the museum opens. He said it tells a story. Ms. Lee said it rains. She said it pours.";
    QuoteScorer s = new QuoteScorer();
    s.add("d", text,
        List.of(gold(text, "the museum opens", "Mr. Obama"), gold(text, "it tells a story", "He"),
            gold(text, "it rains", "Ms. Lee"), gold(text, "it pours", "She")),
        // the antecedent's name (Storyline gives the pronoun's antecedent), then a wrong antecedent
        List.of(predicted(text, "it tells a story", "Obama"), predicted(text, "it pours", "Mr. Obama")));
    QuoteScorer.Counts c = s.counts();
    assertThat(c.pronounJudged()).isEqualTo(2);
    assertThat(c.pronounRight()).isEqualTo(1);
    assertThat(c.pronounSpeakerAccuracy()).isEqualTo(0.5);
    assertThat(c.namedJudged()).isZero();
  }

  @Test
  void keepsErrorLinesUpToTheLimit() {
    String text = "Ann said the talks failed. Bob sang.";
    QuoteScorer s = new QuoteScorer(1);
    s.add("d", text, List.of(gold(text, "the talks failed", "Ann")), List.of(predicted(text, "Bob sang", null)));
    assertThat(s.errors()).hasSize(1).first().asString().contains("false alarm").contains("Bob sang");
    QuoteScorer none = new QuoteScorer();
    none.add("d", text, List.of(gold(text, "the talks failed", "Ann")), List.of());
    assertThat(none.errors()).isEmpty();
    assertThat(none.counts().words().f1()).isZero();
  }
}
