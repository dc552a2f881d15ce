package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.Tag;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.testkit.Docs;
import org.storyline.testkit.FuzzLoop;

/**
 * Fuzz target for the time normaliser (tagging, publication dating, resolution) and the metadata
 * date reader, on sentences full of impossible and extreme dates (run with {@code mvn -Pfuzz
 * verify}). Oracle: nothing escapes as an exception, every time expression covers its text inside
 * the article, resolved values are non-empty ranges, and resolution is a pure function.
 */
@Tag("fuzz")
class TimeNormaliserFuzz {
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final PublicationDater DATER = new PublicationDater();
  private static final TimeResolver RESOLVER = new TimeResolver();

  static Arbitrary<String> dateText() {
    Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(-5, 40).map(String::valueOf),
        Arbitraries.of("0", "00", "29", "30", "31", "32", "99", "1000", "1999", "2025", "9999", "10000", "99999",
            "2147483648", "-1", "1e5", "3rd", "31st", "0th", "45th"));
    Arbitrary<String> word = Arbitraries.of("January", "February", "Feb.", "March", "Sept", "December", "Monday",
        "Sunday", "last", "next", "this", "ago", "since", "until", "from", "to", "between", "and", "year", "years",
        "month", "week", "day", "days", "decade", "century", "quarter", "Q4", "spring", "winter", "today", "tomorrow",
        "yesterday", "hence", "early", "late", "mid", "the", "of", "in", "on", "BC", "AD", "a.m.", "p.m.", "GMT",
        "24:61", "T", "-", "/", ".", ",", "'", "–", "2025-02-31", "2025-13-45", "99999-12-31", "20250231", "1/2/3",
        "31/02/2025", "two", "three", "hundred", "thousand", "\u200b", "\u202e");
    Arbitrary<String> token = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, number), net.jqwik.api.Tuple.of(5, word));
    return token.list().ofMinSize(1).ofMaxSize(25).map(ts -> String.join(" ", ts) + ".");
  }

  static Arbitrary<LocalDate> anchors() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 31), LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.MIN.plusYears(1), LocalDate.MAX.minusYears(1)));
  }

  @Example
  void timeNormaliserNeverEscapesAndKeepsValuesSound() {
    Arbitrary<Object[]> inputs = Combinators.combine(dateText().list().ofMinSize(1).ofMaxSize(4), anchors(),
        Arbitraries.of(true, false)).as((sentences, anchor, dated) -> new Object[] {String.join(" ", sentences), anchor,
            dated});
    FuzzLoop.run("time", inputs.map(java.util.Arrays::asList), in -> {
      String text = (String) in.get(0);
      LocalDate anchor = (LocalDate) in.get(1);
      AnnotatedArticle doc = (Boolean) in.get(2) ? Docs.article("fuzz", text, anchor) : Docs.article(text);
      AnnotatedArticle tagged = TAGGER.apply(doc);
      AnnotatedArticle dated = DATER.apply(tagged);
      AnnotatedArticle resolved = RESOLVER.apply(dated);
      AnnotatedArticle again = new TimeResolver().apply(dated);
      assertThat(again.times()).isEqualTo(resolved.times());
      for (TimeExpression t : resolved.times()) {
        assertThat(t.span().coveredText(text)).isEqualTo(t.text());
        if (t.value() instanceof TimeValue.Resolved r) {
          assertThat(r.endExclusive()).isAfter(r.start());
        }
      }
      // the metadata date reader on the same strings
      org.storyline.ingest.PublishedDates.parse(text);
      org.storyline.ingest.PublishedDates.fromMetadata("published", text);
      org.storyline.ingest.PublishedDates.findDateline(text);
    });
  }
}
