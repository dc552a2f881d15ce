package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.fusion.EntityView;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Event;
import org.storyline.model.EventId;
import org.storyline.model.EventStatus;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.server.StorySnapshots.Snapshot;

/**
 * An event's id is a hash of its earliest report, so a new article can rename it: the server
 * keeps answering the old id with the event that took over its sentences.
 */
class EventSuccessorsTest {

  @Test
  void aRenamedEventIsFoundUnderItsFormerId() {
    Snapshot before = snapshot(Map.of(), event("ev-old", cite("a", 1), cite("b", 2)), event("ev-call", cite("c", 0)));
    List<Event> now = List.of(event("ev-new", cite("z", 0), cite("a", 1), cite("b", 2)), event("ev-call", cite("c", 0)));
    Snapshot after = snapshot(StorySnapshots.successors(before, now, byId(now)), now.toArray(Event[]::new));

    assertThat(after.formerIds()).containsExactly(Map.entry(EventId.of("ev-old"), EventId.of("ev-new")));
    assertThat(after.event(EventId.of("ev-old")).id()).isEqualTo(EventId.of("ev-new"));
    assertThat(after.event(EventId.of("ev-call")).id()).isEqualTo(EventId.of("ev-call"));
    assertThat(after.event(EventId.of("ev-unknown"))).isNull();
  }

  @Test
  void theSuccessorIsTheEventWithMostOfTheOldSentencesAndRenamesChain() {
    Snapshot first = snapshot(Map.of(), event("ev-1", cite("a", 1), cite("a", 2), cite("b", 0)));
    List<Event> second = List.of(event("ev-2", cite("a", 1), cite("a", 2)), event("ev-other", cite("b", 0)));
    Snapshot s2 = snapshot(StorySnapshots.successors(first, second, byId(second)), second.toArray(Event[]::new));
    assertThat(s2.formerIds()).containsEntry(EventId.of("ev-1"), EventId.of("ev-2"));

    List<Event> third = List.of(event("ev-3", cite("x", 0), cite("a", 1), cite("a", 2)), event("ev-other", cite("b", 0)));
    Snapshot s3 = snapshot(StorySnapshots.successors(s2, third, byId(third)), third.toArray(Event[]::new));
    assertThat(s3.event(EventId.of("ev-1")).id()).isEqualTo(EventId.of("ev-3"));
    assertThat(s3.event(EventId.of("ev-2")).id()).isEqualTo(EventId.of("ev-3"));
  }

  @Test
  void anEventWhoseSentencesAreGoneHasNoSuccessor() {
    Snapshot before = snapshot(Map.of(), event("ev-gone", cite("a", 5)));
    List<Event> now = List.of(event("ev-call", cite("c", 0)));
    assertThat(StorySnapshots.successors(before, now, byId(now))).isEmpty();
  }

  private static Citation cite(String article, int sentence) {
    return new Citation(ArticleId.of(article), sentence, new Span(0, 4), "text");
  }

  private static Event event(String id, Citation... mentions) {
    return new Event(EventId.of(id), "MEET", "CONSULT", "", "040", EventStatus.OCCURRED, List.of(), List.of(), null,
        null, List.of(), id, List.of(), Arrays.asList(mentions), 1.0);
  }

  private static Map<EventId, Event> byId(List<Event> events) {
    Map<EventId, Event> m = new LinkedHashMap<>();
    events.forEach(e -> m.put(e.id(), e));
    return m;
  }

  private static Snapshot snapshot(Map<EventId, EventId> former, Event... events) {
    List<Event> list = List.of(events);
    Story story = new Story(List.of(), list, List.of());
    return new Snapshot(1, 0, story, EntityView.of(List.of(), Map.of()), Map.of(), byId(list), List.of(), Map.of(),
        Map.of(), Map.of(), former);
  }
}
