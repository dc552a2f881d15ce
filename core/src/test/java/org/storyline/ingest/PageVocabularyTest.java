package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.pipeline.RuleFile;

/**
 * Runs every EXAMPLE line of the page vocabularies: {@code ingest/html-classes.v1.txt} ({@link
 * ClassNames}), {@code ingest/dates.v1.txt} ({@link DateGrammar}) and {@code ingest/bylines.v1.txt}
 * ({@link Bylines}).
 */
class PageVocabularyTest {
  @TestFactory
  Stream<DynamicTest> everyClassNameExampleReadsAsWritten() {
    ClassNames names = ClassNames.standard();
    assertThat(names.examples()).isNotEmpty();
    return names.examples().stream().map(example -> DynamicTest.dynamicTest(
        "line " + example.line() + ": " + example.name(), () -> {
          if (example.lead()) {
            assertThat(names.isLead(example.name())).as("lead").isTrue();
          } else {
            assertThat(names.verdict(example.name())).isEqualTo(example.verdict());
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyDateExampleGivesItsFirstDate() {
    DateGrammar dates = DateGrammar.standard();
    assertThat(dates.examples()).isNotEmpty();
    return dates.examples().stream().map(example -> DynamicTest.dynamicTest(
        "line " + example.line() + ": " + example.text(), () -> {
          var found = dates.first(example.text(), false).map(DateGrammar.Found::date);
          if (example.expected() == null) {
            assertThat(found).isEmpty();
          } else {
            assertThat(found).contains(example.expected());
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyBylineExampleCleansAsWritten() {
    Bylines bylines = Bylines.standard();
    assertThat(bylines.examples()).isNotEmpty();
    return bylines.examples().stream().map(example -> DynamicTest.dynamicTest(
        "line " + example.line() + ": " + example.raw(), () -> {
          var cleaned = bylines.clean(example.raw(), List.of(Bylines.EXAMPLE_SITE));
          if (example.expected() == null) {
            assertThat(cleaned).isEmpty();
          } else {
            assertThat(cleaned).contains(example.expected());
          }
        }));
  }

  @Test
  void aNumericDateIsReadMonthFirstOnlyForAmericanPages() {
    DateGrammar dates = DateGrammar.standard();
    assertThat(dates.first("03/04/2025", false).map(DateGrammar.Found::date)).hasValueSatisfying(
        d -> assertThat(d.getMonthValue()).isEqualTo(4));
    assertThat(dates.first("03/04/2025", true).map(DateGrammar.Found::date)).hasValueSatisfying(
        d -> assertThat(d.getMonthValue()).isEqualTo(3));
    assertThat(dates.first("13/04/2025", true).map(DateGrammar.Found::date)).hasValueSatisfying(
        d -> assertThat(d.getMonthValue()).as("a day above 12 decides").isEqualTo(4));
  }

  @Test
  void dateAndBylineCuesSplitCamelCaseAndPunctuation() {
    assertThat(DateGrammar.standard().isCue("newsSingleDate")).isTrue();
    assertThat(DateGrammar.standard().isCue("post__date")).isTrue();
    assertThat(DateGrammar.standard().isCue("update-button")).isFalse();
    assertThat(Bylines.standard().isCue("article-author-name")).isTrue();
    assertThat(Bylines.standard().isCue("authority")).isFalse();
  }

  @Test
  void malformedVocabularyLinesAreReportedWithTheirLine() {
    assertThatThrownBy(() -> ClassNames.parse(RuleFile.parse("colour | red", "t.txt")))
        .hasMessageContaining("t.txt line 1").hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> DateGrammar.parse(RuleFile.parse("month | 13 smarch", "t.txt")))
        .hasMessageContaining("t.txt line 1");
    assertThatThrownBy(() -> DateGrammar.parse(RuleFile.parse("month | 1 jan\nmonth | 2 jan", "t.txt")))
        .hasMessageContaining("line 2").hasMessageContaining("already month 1");
    assertThatThrownBy(() -> Bylines.parse(RuleFile.parse("label | (unclosed", "t.txt")))
        .hasMessageContaining("t.txt line 1").hasMessageContaining("regular expression");
  }
}
