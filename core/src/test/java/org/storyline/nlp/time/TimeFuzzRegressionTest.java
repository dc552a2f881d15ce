package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.TimeValue;
import org.storyline.testkit.Docs;

/** Inputs the time normaliser fuzz target ({@code TimeNormaliserFuzz}) found breaking a guarantee. */
class TimeFuzzRegressionTest {
  @Test
  @Tag("issue-6")
  void issue6_aShiftBeyondTheIntegerRangeIsUnresolvableNotAStageFailure() {
    AnnotatedArticle doc = Docs.article("x", "The truce ends 2147483648 days hence, and began 99999999999 days ago.",
        LocalDate.of(2025, 2, 13));
    AnnotatedArticle out = new TimeResolver().apply(new PublicationDater().apply(new TimeTagger().apply(doc)));
    assertThat(out.times()).isNotEmpty();
    assertThat(out.times()).allSatisfy(t -> assertThat(t.value()).isNotInstanceOf(TimeValue.Relative.class));
    assertThat(out.times()).anyMatch(t -> t.value() instanceof TimeValue.Unresolvable);
    assertThat(out.diagnostics()).extracting(Diagnostic::code).doesNotContain("E001");
  }
}
