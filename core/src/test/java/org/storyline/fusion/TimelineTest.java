package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.fusion.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.Story;

class TimelineTest {
  private final EntityView entities = Fixtures.entities();
  private final Story story = new StoryBuilder().build(Corpus.docs(), Corpus.duplicates(), entities);
  private final Timeline timeline = new Timeline(entities);

  private static List<String> dates(List<TimelineEntry> entries) {
    return entries.stream().map(e -> e.event().date() == null ? "-" : e.event().date().value()).toList();
  }

  @Test
  void ordersDatedEventsByEarliestDayAndPutsUndatedOnesLast() {
    List<TimelineEntry> entries = timeline.entries(story.events());

    assertThat(dates(entries)).containsExactly("2025-02-12", "2025-08-15", "2025-08-18", "2025-08-20", "XXXX-12");
    assertThat(entries).extracting(TimelineEntry::group).containsExactly(TimelineEntry.Group.DATED,
        TimelineEntry.Group.DATED, TimelineEntry.Group.DATED, TimelineEntry.Group.DATED, TimelineEntry.Group.UNDATED);
  }

  @Test
  void ordersTheInputIndependently() {
    List<Event> reversed = new java.util.ArrayList<>(story.events());
    java.util.Collections.reverse(reversed);

    assertThat(timeline.entries(reversed)).isEqualTo(timeline.entries(story.events()));
  }

  @Test
  void filtersByDateRangeInclusiveAndLeavesUndatedEventsOut() {
    List<TimelineEntry> entries = timeline.entries(story.events(), date(2025, 8, 15), date(2025, 8, 18), null);

    assertThat(dates(entries)).containsExactly("2025-08-15", "2025-08-18");
  }

  @Test
  void filtersByActorThroughCanonicalIds() {
    // "person:trump" is a per-article alias of Donald Trump
    assertThat(dates(timeline.entries(story.events(), null, null, EntityId.of("person:trump"))))
        .containsExactly("2025-02-12", "2025-08-15", "2025-08-18", "2025-08-20");
    assertThat(dates(timeline.entries(story.events(), null, null, EntityId.of(Fixtures.ZELENSKY))))
        .containsExactly("2025-08-18");
    assertThat(timeline.entries(story.events(), null, null, EntityId.of("person:nobody"))).isEmpty();
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThatThrownBy(() -> timeline.entries(story.events(), date(2025, 8, 2), date(2025, 8, 1), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty range");
  }

  @Test
  void relativeDatesComeBeforeUndatedEventsWhichFollowPublicationDateThenArticleOrder() {
    org.storyline.model.AnnotatedArticle early = org.storyline.testkit.Docs.article("b-early",
        "Trump spoke with Zelensky. Putin met Lukashenko.", date(2024, 12, 1));
    early = Fixtures.withEvents(early,
        Fixtures.mention(early, "Putin met").source(Fixtures.PUTIN, "Putin").target(Fixtures.KYIV, "Lukashenko").build(),
        Fixtures.mention(early, "spoke").frame("CALL").source(Fixtures.TRUMP, "Trump")
            .target(Fixtures.ZELENSKY, "Zelensky").build());
    org.storyline.model.AnnotatedArticle late = org.storyline.testkit.Docs.article("a-late",
        "Vance met Zelensky.", date(2025, 3, 1));
    late = Fixtures.withEvents(late,
        Fixtures.mention(late, "met").source(Fixtures.VANCE, "Vance").target(Fixtures.ZELENSKY, "Zelensky").build());
    org.storyline.model.AnnotatedArticle undated = org.storyline.testkit.Docs.article("c-undated",
        "Talks in Istanbul are set for this December.", null);
    undated = Fixtures.withEvents(undated,
        Fixtures.mention(undated, "Talks").frame("TALKS").status(org.storyline.model.EventStatus.PLANNED)
            .at(Fixtures.ISTANBUL, "Istanbul").when(Fixtures.thisMonth(12)).build());
    List<Event> events = new org.storyline.fusion.event.EventFuser().fuse(List.of(late, undated, early), List.of(),
        entities);

    List<String> order = timeline.entries(events).stream().map(e -> e.event().summary()).toList();

    assertThat(order).containsExactly("Planned talks (Istanbul)", "Donald Trump speaks by phone with Volodymyr Zelenskyy",
        "Vladimir Putin meets Kyiv", "JD Vance meets Volodymyr Zelenskyy");
  }

  @Test
  void aDateFilterIsAYearAMonthOrADayAndAnythingElseIsNone() {
    assertThat(Timeline.dateBound("2025", false)).contains(java.time.LocalDate.of(2025, 1, 1));
    assertThat(Timeline.dateBound("2025", true)).contains(java.time.LocalDate.of(2025, 12, 31));
    assertThat(Timeline.dateBound("2024-02", true)).contains(java.time.LocalDate.of(2024, 2, 29));
    assertThat(Timeline.dateBound("2025-08-18", true)).contains(java.time.LocalDate.of(2025, 8, 18));
    assertThat(Timeline.dateBound("2025-02-31", false)).isEmpty();
    assertThat(Timeline.dateBound("2025-13", false)).isEmpty();
    assertThat(Timeline.dateBound("18 August 2025", false)).isEmpty();
    assertThat(Timeline.dateBound("", false)).isEmpty();
  }
}
