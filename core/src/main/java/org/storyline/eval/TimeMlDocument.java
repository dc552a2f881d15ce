package org.storyline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One TimeML document as read by {@link TimeMl#parse}: the markup before TEXT kept verbatim (for
 * writing the document back), the plain text of TEXT (tags removed, character references decoded,
 * every character else unchanged), the TIMEX3 annotations found inside TEXT, and the document
 * creation time from {@code <DCT><TIMEX3 value=.../></DCT>}.
 *
 * @param source the file as given (for messages)
 * @param name the output name: the file name without {@code .tml} / {@code .tml.TE3input}
 * @param head the raw markup from the start of the file to the end of the {@code <TEXT>} start tag
 * @param rootElement the name of the document element (normally {@code TimeML}), for closing it
 * @param text the plain text of TEXT
 * @param timexes TIMEX3 elements inside TEXT, in text order
 * @param dctValue the DCT's {@code value} attribute as written, or null when the file has no DCT
 * @param dct the calendar day of the DCT, or null when absent or not a date
 * @param usedTids the {@code tid}s of TIMEX3 elements outside TEXT (the DCT's "t0"), which new
 *     annotations must not reuse
 */
public record TimeMlDocument(String source, String name, String head, String rootElement, String text,
    List<Timex> timexes, String dctValue, LocalDate dct, Set<String> usedTids) {
  public TimeMlDocument {
    if (source == null || name == null || head == null || rootElement == null || text == null) {
      throw new IllegalArgumentException("TimeML document: missing field");
    }
    timexes = List.copyOf(timexes);
    usedTids = Set.copyOf(usedTids);
  }
}
