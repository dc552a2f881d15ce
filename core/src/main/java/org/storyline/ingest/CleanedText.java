package org.storyline.ingest;

import java.util.List;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

/**
 * The result of {@link TextCleaner#clean}: the cleaned text (kept paragraphs joined by "\n\n"), a
 * map from it back to the input, the paragraph spans in the cleaned text, what was removed and why,
 * and a byline found in the removed furniture.
 *
 * @param text the cleaned text
 * @param toInput maps offsets of {@code text} to offsets of the cleaner's input (its full length,
 *     also when only a region was cleaned)
 * @param paragraphs spans of the kept paragraphs in {@code text}, in order
 * @param removals removed paragraphs, as spans of the input with the rule that removed each
 * @param byline the author from a removed "By Name" paragraph, or null
 */
public record CleanedText(
    String text, OffsetMap toInput, List<Span> paragraphs, List<Removal> removals, String byline) {
  public CleanedText {
    if (text == null || toInput == null || toInput.derivedLength() != text.length()) {
      throw new IllegalArgumentException("cleaned text and its map disagree");
    }
    paragraphs = List.copyOf(paragraphs);
    removals = List.copyOf(removals);
  }

  /** A paragraph removed from the input: its span in the input and the rule that removed it. */
  public record Removal(Span inputSpan, String rule) {
    public Removal {
      if (inputSpan == null || rule == null || rule.isBlank()) {
        throw new IllegalArgumentException("removal needs a span and a rule");
      }
    }
  }
}
