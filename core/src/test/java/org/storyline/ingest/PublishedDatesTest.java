package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.model.DateBasis;
import org.storyline.model.Evidence;
import org.storyline.model.PublicationDate;

class PublishedDatesTest {
  private static final String BODY = "\n\nThe envoys met in Riyadh on Monday and agreed to meet again next week.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-02-13|2025-02-13",
      "2025-02-13T23:30:00-05:00|2025-02-13",
      "2025-02-13T00:30:00+03:00|2025-02-13",
      "2025-02-13T10:00:00.123Z|2025-02-13",
      "2025-02-13 10:00:00|2025-02-13",
      "2025/02/13|2025-02-13",
      "20250213|2025-02-13",
      "Thu, 13 Feb 2025 10:00:00 GMT|2025-02-13",
      "13 February 2025|2025-02-13",
      "February 13, 2025|2025-02-13",
      "Feb. 13, 2025 10:32 AM ET|2025-02-13",
  })
  void readsMetadataDatesAsPublished(String value, String expected) {
    assertThat(PublishedDates.parse(value)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"yesterday", "2025-02-30", "1066-10-14", "13/02/2025", "1739440800000", "' '"})
  void rejectsUnreadableOrImpossibleMetadataDates(String value) {
    assertThat(PublishedDates.parse(value)).isEmpty();
  }

  @Test
  void metadataDatesCarryTheFieldInTheirEvidence() {
    PublicationDate date = PublishedDates.fromMetadata("html article:published_time", "2025-02-13T09:00:00+01:00").orElseThrow();
    assertThat(date.basis()).isEqualTo(DateBasis.METADATA);
    assertThat(date.date()).isEqualTo(LocalDate.of(2025, 2, 13));
    Evidence e = date.evidence().get(0);
    assertThat(e.reason()).contains("article:published_time").contains("2025-02-13T09:00:00+01:00");
    assertThat(e.span().isEmpty()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Thu 13th Feb, 2025|Thu 13th Feb, 2025",
      "13 February 2025|13 February 2025",
      "Published: 13 February 2025 10:32 GMT|13 February 2025 10:32 GMT",
      "February 13, 2025 — The envoys met.|February 13, 2025",
      "WASHINGTON, Feb. 13, 2025 (Reuters) - The envoys met.|Feb. 13, 2025",
      "KYIV, Ukraine, Feb 13, 2025 – The envoys met.|Feb 13, 2025",
      "2025-02-13|2025-02-13",
      "By Jane Roe • February 13, 2025|February 13, 2025",
      "Thursday, 13th of February 2025|Thursday, 13th of February 2025",
  })
  void findsDatelinesAndPointsAtThem(String line, String dateText) {
    String text = line + BODY;
    PublicationDate date = PublishedDates.findDateline(text).orElseThrow();
    assertThat(date.basis()).isEqualTo(DateBasis.DATELINE);
    assertThat(date.date()).isEqualTo(LocalDate.of(2025, 2, 13));
    Evidence e = date.evidence().get(0);
    assertThat(e.text()).isEqualTo(dateText);
    assertThat(e.span().coveredText(text)).isEqualTo(dateText);
  }

  @Test
  void findsADatelineAfterAHeadingButNotDeepInTheText() {
    String text = "Summit preparations\n\nThu 13th Feb, 2025" + BODY;
    assertThat(PublishedDates.findDateline(text)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2025-02-13"));
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      deep.append("Paragraph ").append(i).append(" of the story.\n\n");
    }
    deep.append("13 February 2025");
    assertThat(PublishedDates.findDateline(deep.toString())).isEmpty();
  }

  @Test
  void datesInsideSentencesAreNotDatelines() {
    assertThat(PublishedDates.findDateline("Trump will take office on January 20, 2025, his team said." + BODY)).isEmpty();
    assertThat(PublishedDates.findDateline("On Thursday, February 13, 2025: talks resumed." + BODY)).isEmpty();
    assertThat(PublishedDates.findDateline("WASHINGTON, Feb. 13 (Reuters) - Without a year." + BODY)).isEmpty();
    assertThat(PublishedDates.findDateline("")).isEmpty();
  }

  @Test
  void prefersThePublishedDatelineOverAnUpdatedOne() {
    String text = "Updated: 14 February 2025\nPublished: 13 February 2025" + BODY;
    assertThat(PublishedDates.findDateline(text)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2025-02-13"));
    String onlyUpdated = "Updated: 14 February 2025" + BODY;
    assertThat(PublishedDates.findDateline(onlyUpdated)).hasValueSatisfying(d -> {
      assertThat(d.date()).isEqualTo("2025-02-14");
      assertThat(d.evidence().get(0).reason()).contains("updated");
    });
  }
}
