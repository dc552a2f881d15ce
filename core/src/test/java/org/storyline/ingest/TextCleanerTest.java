package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.OffsetAssertions.assertMapsInto;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TextCleanerTest {
  private static final TextCleaner CLEANER = TextCleaner.standard();
  private static final String TITLE = "Envoys Prepare for Summit in Riyadh";
  private static final String LEAD_FULL =
      "Senior envoys from Washington and Moscow arrived in Riyadh on Monday to prepare a summit between the two "
          + "presidents – and European diplomats say they were not told in advance. The talks are expected to last two days.";
  private static final String LEAD_TEASER =
      "Senior envoys from Washington and Moscow arrived in Riyadh on Monday to prepare a summit between the two presidents…";
  private static final String BODY_1 =
      "The Kremlin said the agenda would include a ceasefire, prisoner exchanges and sanctions relief, while Kyiv "
          + "insisted that no decision about Ukraine could be taken without Ukraine.";
  private static final String BODY_2 =
      "Officials on both sides cautioned that a date for the summit had not been fixed and that much work remained.";
  private static final String BIO =
      "Alex Example Profile He is a correspondent with more than 12 years of experience in foreign reporting. "
          + "He worked for two wire agencies and is the author of a book on Black Sea security.";

  /** A page shaped like seed 000: teaser, avatar caption, lone "By", repeated title, full lead. */
  private static final String FURNISHED = TITLE + "\n\n" + LEAD_TEASER + "\n\nJane Roe Avatar\n\nBy\n\n" + TITLE + "\n\n"
      + LEAD_FULL + "\n\n" + BODY_1 + "\n\n" + BODY_2 + "\n\nBack To Top\n\n" + BIO + "\n\nJane Roe Avatar\n";

  @Test
  void removesTeaserCopyAvatarLoneByAndRepeatedTitle() {
    int bodyStart = FURNISHED.indexOf("\n");
    CleanedText cleaned = CLEANER.clean(FURNISHED, bodyStart, FURNISHED.length(), TITLE);

    assertThat(cleaned.text()).isEqualTo(LEAD_FULL + "\n\n" + BODY_1 + "\n\n" + BODY_2);
    assertThat(cleaned.removals()).extracting(CleanedText.Removal::rule).containsExactly(
        "truncated_copy", "avatar_caption", "lone_by", "repeated_title", "back_to_top", "author_bio", "avatar_caption");
    assertMapsInto(cleaned.text(), cleaned.toInput(), FURNISHED);
  }

  @Test
  void everyKeptParagraphMapsBackToItsVerbatimSource() {
    int bodyStart = FURNISHED.indexOf("\n");
    CleanedText cleaned = CLEANER.clean(FURNISHED, bodyStart, FURNISHED.length(), TITLE);
    assertThat(cleaned.paragraphs()).hasSize(3);
    for (Span p : cleaned.paragraphs()) {
      String kept = p.coveredText(cleaned.text());
      Span source = cleaned.toInput().toSource(p);
      assertThat(source.coveredText(FURNISHED)).isEqualTo(kept);
    }
    // the full lead is the second copy: its source is after the repeated title
    Span leadSource = cleaned.toInput().toSource(cleaned.paragraphs().get(0));
    assertThat(leadSource.start()).isEqualTo(FURNISHED.indexOf(LEAD_FULL));
  }

  @Test
  void everyRemovalSpanCoversExactlyTheRemovedParagraph() {
    int bodyStart = FURNISHED.indexOf("\n");
    CleanedText cleaned = CLEANER.clean(FURNISHED, bodyStart, FURNISHED.length(), TITLE);
    List<String> removed = cleaned.removals().stream().map(r -> r.inputSpan().coveredText(FURNISHED)).toList();
    assertThat(removed).containsExactly(LEAD_TEASER, "Jane Roe Avatar", "By", TITLE, "Back To Top", BIO, "Jane Roe Avatar");
    for (CleanedText.Removal r : cleaned.removals()) {
      assertThat(r.inputSpan().start()).isGreaterThanOrEqualTo(bodyStart);
    }
  }

  @Test
  void keepsTheFullerCopyWhenTheTeaserComesSecond() {
    String input = LEAD_FULL + "\n\n" + BODY_1 + "\n\n" + LEAD_TEASER;
    CleanedText cleaned = CLEANER.clean(input, "");
    assertThat(cleaned.text()).isEqualTo(LEAD_FULL + "\n\n" + BODY_1);
    assertThat(cleaned.removals()).singleElement().satisfies(r -> assertThat(r.rule()).isEqualTo("truncated_copy"));
  }

  @Test
  void removesExactRepeatsButKeepsShortRepeatedHeadings() {
    String input = "Background\n\n" + BODY_1 + "\n\nBackground\n\n" + BODY_2 + "\n\n" + BODY_1;
    CleanedText cleaned = CLEANER.clean(input, "");
    assertThat(cleaned.text()).isEqualTo("Background\n\n" + BODY_1 + "\n\nBackground\n\n" + BODY_2);
    assertThat(cleaned.removals()).extracting(CleanedText.Removal::rule).containsExactly("duplicate_paragraph");
  }

  @Test
  void authorBioIsRemovedOnlyAtTheEnd() {
    String bioFirst = BIO + "\n\n" + BODY_1 + "\n\n" + BODY_2 + "\n\n" + LEAD_FULL;
    assertThat(CLEANER.clean(bioFirst, "").text()).startsWith(BIO);
    String bioLast = BODY_1 + "\n\n" + BODY_2 + "\n\n" + BIO;
    assertThat(CLEANER.clean(bioLast, "").text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
  }

  @Test
  void extractsAndRemovesABylineParagraph() {
    String input = "By Maria Example and John Sample\n\n" + BODY_1 + "\n\n" + BODY_2;
    CleanedText cleaned = CLEANER.clean(input, "");
    assertThat(cleaned.byline()).isEqualTo("Maria Example and John Sample");
    assertThat(cleaned.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
    String sentence = "By Monday, both delegations had left Istanbul without an agreement.";
    assertThat(CLEANER.clean(sentence + "\n\n" + BODY_1, "").text()).startsWith(sentence);
  }

  @Test
  void lineModeTreatsEachLineAsAParagraph() {
    String input = "Table of Contents\n" + BODY_1 + "\nDid You Know?\n" + BODY_2 + "\r\n"
        + "We encourage you to share this article with your network, leave a comment with your thoughts.";
    CleanedText cleaned = CLEANER.clean(input, "");
    assertThat(cleaned.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
    assertMapsInto(cleaned.text(), cleaned.toInput(), input);
  }

  @Test
  void blockModeKeepsInnerLineBreaksAndDropsCarriageReturnsAndControls() {
    String input = "First line\r\nsecond line\u0007 of one block\r\n\r\n" + BODY_1;
    CleanedText cleaned = CLEANER.clean(input, "");
    assertThat(cleaned.text()).isEqualTo("First line\nsecond line of one block\n\n" + BODY_1);
    assertMapsInto(cleaned.text(), cleaned.toInput(), input);
  }

  @Test
  void keepsZeroWidthAndBidiCharacters() {
    String rtl = "\u200Fמשא ומתן\u200F בין \u202Bהצדדים\u202C נמשך\u200B בריאד.";
    String input = BODY_1 + "\n\n" + rtl + "\n\n\uD83C\uDDFA\uD83C\uDDE6 flag emoji kept";
    CleanedText cleaned = CLEANER.clean(input, "");
    assertThat(cleaned.text()).contains(rtl).contains("\uD83C\uDDFA\uD83C\uDDE6");
    assertMapsInto(cleaned.text(), cleaned.toInput(), input);
  }

  @Test
  void emptyAndBoilerplateOnlyInputsGiveEmptyText() {
    assertThat(CLEANER.clean("", "").text()).isEmpty();
    assertThat(CLEANER.clean("  \n\n \t\n", "").text()).isEmpty();
    CleanedText onlyFurniture = CLEANER.clean("Back To Top\n\nBy\n\nReferences", "");
    assertThat(onlyFurniture.text()).isEmpty();
    assertThat(onlyFurniture.toInput().derivedLength()).isZero();
  }

  @Test
  void behavesTheSameUnderTheTurkishLocale() {
    Locale saved = Locale.getDefault();
    String input = "TITLE IN CAPITALS WITH I\n\n" + BODY_1 + "\n\nBACK TO TOP";
    String expected = CLEANER.clean(input, "title in capitals with i").text();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(CLEANER.clean(input, "title in capitals with i").text()).isEqualTo(expected).isEqualTo(BODY_1);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void regionCleaningMapsIntoTheWholeInput() {
    String input = "HEADER LINE\n" + BODY_1 + "\n" + BODY_2;
    int from = input.indexOf('\n') + 1;
    CleanedText cleaned = CLEANER.clean(input, from, input.length(), "");
    assertThat(cleaned.toInput().sourceLength()).isEqualTo(input.length());
    assertThat(cleaned.toInput().toSource(0)).isEqualTo(from);
    assertMapsInto(cleaned.text(), cleaned.toInput(), input);
  }
}
