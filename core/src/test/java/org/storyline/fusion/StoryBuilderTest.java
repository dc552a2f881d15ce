package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.Event;
import org.storyline.model.EventStatus;
import org.storyline.model.StatusChange;
import org.storyline.model.Story;

class StoryBuilderTest {
  private final EntityView entities = Fixtures.entities();
  private final Story story = new StoryBuilder().build(Corpus.docs(), Corpus.duplicates(), entities);

  private Event eventWith(String summary) {
    return story.events().stream().filter(e -> e.summary().equals(summary)).findFirst()
        .orElseThrow(() -> new AssertionError(summary + " not in " + story.events().stream().map(Event::summary).toList()));
  }

  @Test
  void buildsTheTrumpPutinMeetingFromSetUpThroughTheSaudiPlanToHeld() {
    Event meeting = eventWith("Donald Trump meets Vladimir Putin (Alaska)");

    assertThat(meeting.statusHistory()).extracting(StatusChange::status).containsExactly(
        EventStatus.PLANNED, EventStatus.DENIED, EventStatus.PLANNED, EventStatus.AGREED, EventStatus.OCCURRED);
    assertThat(meeting.statusHistory()).extracting(s -> s.source().article().value()).containsExactly(
        "s4-setting-up", "s4-setting-up", "s3-saudi", "s1-agreement", "s5-held");
    assertThat(meeting.date().value()).isEqualTo("2025-08-15");
    // the syndicated copy of the Saudi report is cited, but is not a status change of its own
    assertThat(meeting.mentions()).extracting(c -> c.article().value()).contains("s3-copy");
  }

  @Test
  void keepsTheCallsAndTheWhiteHouseMeetingApart() {
    Event februaryCall = story.events().stream()
        .filter(e -> e.frame().equals("CALL") && e.date().value().equals("2025-02-12")).findFirst().orElseThrow();
    Event augustCall = story.events().stream()
        .filter(e -> e.frame().equals("CALL") && e.date().value().equals("2025-08-20")).findFirst().orElseThrow();
    Event whiteHouse = eventWith("Donald Trump meets Volodymyr Zelenskyy (White House)");

    assertThat(februaryCall.mentions()).extracting(c -> c.article().value()).containsExactly("s3-copy", "s3-saudi");
    assertThat(februaryCall.statusHistory()).hasSize(1);
    assertThat(augustCall.quantities()).hasSize(1);
    assertThat(whiteHouse.date().value()).isEqualTo("2025-08-18");
    assertThat(story.events()).extracting(Event::summary).containsExactly(
        "Donald Trump speaks by phone with Vladimir Putin",
        "Donald Trump meets Vladimir Putin (Alaska)",
        "Donald Trump meets Volodymyr Zelenskyy (White House)",
        "Donald Trump speaks by phone with Vladimir Putin",
        "Planned meeting (Istanbul)");
  }

  @Test
  void reportsTheIstanbulDatesThePlanDeniedAndFormerPresident() {
    Map<String, Contradiction> byKind = story.contradictions().stream()
        .collect(Collectors.toMap(Contradiction::kind, Function.identity()));

    assertThat(byKind.keySet()).containsExactlyInAnyOrder("date", "status", "role-anachronism");
    assertThat(byKind.get("date").subject()).contains("Istanbul");
    assertThat(byKind.get("status").claims()).extracting(Contradiction.Claim::value).containsExactly("planned", "denied");
    Contradiction role = byKind.get("role-anachronism");
    assertThat(role.subject()).isEqualTo("role of Donald Trump");
    assertThat(role.claims()).extracting(c -> c.citation().article().value())
        .contains("s1-agreement", "s2-white-house", "s3-saudi", "s3-copy", "s4-setting-up");
  }

  @Test
  void everyCitationQuotesItsArticleExactly() {
    Map<ArticleId, AnnotatedArticle> docs = Corpus.docs().stream()
        .collect(Collectors.toMap(AnnotatedArticle::id, Function.identity()));
    List<Citation> all = new java.util.ArrayList<>();
    story.events().forEach(e -> all.addAll(e.mentions()));
    story.events().forEach(e -> e.statusHistory().forEach(s -> all.add(s.source())));
    story.contradictions().forEach(c -> c.claims().forEach(cl -> all.add(cl.citation())));

    assertThat(all).isNotEmpty().allSatisfy(c -> {
      AnnotatedArticle doc = docs.get(c.article());
      assertThat(c.span().coveredText(doc.text())).isEqualTo(c.text());
      assertThat(doc.sentences().get(c.sentence()).span()).isEqualTo(c.span());
    });
  }

  @Test
  void storyCarriesTheEntitiesOfTheView() {
    assertThat(story.entities()).isEqualTo(entities.all());
  }
}
