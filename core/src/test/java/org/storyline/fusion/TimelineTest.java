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
}
