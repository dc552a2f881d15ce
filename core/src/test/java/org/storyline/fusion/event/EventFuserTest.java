package org.storyline.fusion.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.fusion.Fixtures.ALASKA;
import static org.storyline.fusion.Fixtures.ISTANBUL;
import static org.storyline.fusion.Fixtures.PUTIN;
import static org.storyline.fusion.Fixtures.RUSSIA;
import static org.storyline.fusion.Fixtures.TRUMP;
import static org.storyline.fusion.Fixtures.UKRAINE;
import static org.storyline.fusion.Fixtures.WHITE_HOUSE;
import static org.storyline.fusion.Fixtures.ZELENSKY;
import static org.storyline.fusion.Fixtures.date;
import static org.storyline.fusion.Fixtures.day;
import static org.storyline.fusion.Fixtures.daysHence;
import static org.storyline.fusion.Fixtures.mention;
import static org.storyline.fusion.Fixtures.month;
import static org.storyline.fusion.Fixtures.thisMonth;
import static org.storyline.fusion.Fixtures.withEvents;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.Fixtures;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.DuplicateLink;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Granularity;
import org.storyline.model.Provenance;
import org.storyline.model.Span;
import org.storyline.model.StatusChange;
import org.storyline.testkit.Docs;

class EventFuserTest {
  private final EventFuser fuser = new EventFuser();
  private final EntityView entities = Fixtures.entities();

  static AnnotatedArticle plannedInNovember() {
    AnnotatedArticle doc = Docs.article("a-planned", "Trump said a meeting with Putin is being set up. He wants to meet.",
        date(2024, 11, 20));
    return withEvents(doc, mention(doc, "meeting").status(EventStatus.PLANNED)
        .source(TRUMP, "Trump").target(PUTIN, "Putin").build());
  }

  static AnnotatedArticle agreedInAugust(boolean dated) {
    AnnotatedArticle doc = Docs.article("b-agreed",
        "Ushakov said an agreement in principle on a summit of Trump and Putin had been reached.",
        dated ? date(2025, 8, 8) : null);
    // "person:trump" is a per-article id the entity view maps to Donald Trump
    return withEvents(doc, mention(doc, "summit").frame("SUMMIT").status(EventStatus.AGREED)
        .source("person:trump", "Trump").target(PUTIN, "Putin").build());
  }

  static AnnotatedArticle heldInAlaska() {
    AnnotatedArticle doc = Docs.article("c-held", "Trump met Putin in Alaska on August 15. The talks lasted hours.",
        date(2025, 8, 16));
    return withEvents(doc, mention(doc, "met").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(ALASKA, "Alaska").when(day(2025, 8, 15), "August 15").build());
  }

  @Test
  void fusesPlannedAgreedAndHeldMeetingAcrossArticlesWithStatusHistoryInOrder() {
    List<Event> events = fuser.fuse(List.of(heldInAlaska(), plannedInNovember(), agreedInAugust(true)), List.of(), entities);

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.statusHistory()).extracting(StatusChange::status)
        .containsExactly(EventStatus.PLANNED, EventStatus.AGREED, EventStatus.OCCURRED);
    assertThat(e.statusHistory()).extracting(StatusChange::asOf)
        .containsExactly(date(2024, 11, 20), date(2025, 8, 8), date(2025, 8, 16));
    assertThat(e.statusHistory().get(0).source().text()).isEqualTo("Trump said a meeting with Putin is being set up.");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(e.date().value()).isEqualTo("2025-08-15");
    assertThat(e.date().granularity()).isEqualTo(Granularity.DAY);
    assertThat(e.summary()).isEqualTo("Donald Trump meets Vladimir Putin (Alaska)");
    assertThat(e.sources()).containsExactly(EntityId.of(TRUMP));
    assertThat(e.targets()).containsExactly(EntityId.of(PUTIN));
    assertThat(e.location()).isEqualTo("Alaska");
    assertThat(e.mentions()).extracting(c -> c.article().value()).containsExactly("a-planned", "b-agreed", "c-held");
    assertThat(e.confidence()).isEqualTo(1 - 0.2 * 0.2 * 0.2, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void undatedAgreementSitsBetweenDatedPlanAndOutcomeInHistory() {
    List<Event> events = fuser.fuse(List.of(plannedInNovember(), agreedInAugust(false), heldInAlaska()), List.of(), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).statusHistory()).extracting(StatusChange::status)
        .containsExactly(EventStatus.PLANNED, EventStatus.AGREED, EventStatus.OCCURRED);
    assertThat(events.get(0).statusHistory().get(1).asOf()).isNull();
  }

  @Test
  void aLaterReportOfThePlanDoesNotTurnAHeldMeetingBackIntoAPlan() {
    AnnotatedArticle later = Docs.article("z-later", "The planned summit of Trump and Putin in Alaska took place on "
        + "August 15.", date(2025, 8, 20));
    later = withEvents(later, mention(later, "planned summit").frame("SUMMIT").status(EventStatus.PLANNED)
        .source(TRUMP, "Trump").target(PUTIN, "Putin").at(ALASKA, "Alaska").when(day(2025, 8, 15)).build());

    Event e = fuser.fuse(List.of(heldInAlaska(), later), List.of(), entities).get(0);

    assertThat(e.statusHistory()).extracting(StatusChange::status).containsExactly(EventStatus.OCCURRED, EventStatus.PLANNED);
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void keepsMeetingsWithDifferentParticipantsApart() {
    AnnotatedArticle doc = Docs.article("d-two", "Trump met Zelenskyy at the White House on August 18. "
        + "On August 18 Trump also met Putin.", date(2025, 8, 19));
    doc = withEvents(doc,
        mention(doc, "met Zelenskyy").source(TRUMP, "Trump").target(ZELENSKY, "Zelenskyy")
            .at(WHITE_HOUSE, "White House").when(day(2025, 8, 18)).build(),
        mention(doc, "met Putin").source(TRUMP, "Trump").target(PUTIN, "Putin").when(day(2025, 8, 18)).build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).extracting(Event::summary).containsExactlyInAnyOrder(
        "Donald Trump meets Volodymyr Zelenskyy (White House)", "Donald Trump meets Vladimir Putin");
  }

  @Test
  void keepsMeetingsOfTheSamePairYearsApartApart() {
    AnnotatedArticle helsinki = Docs.article("e-2018", "Trump met Putin in Helsinki on July 16.", date(2018, 7, 17));
    helsinki = withEvents(helsinki, mention(helsinki, "met").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(null, "Helsinki").when(day(2018, 7, 16)).build());

    List<Event> events = fuser.fuse(List.of(helsinki, heldInAlaska()), List.of(), entities);

    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> e.date().value()).containsExactly("2018-07-16", "2025-08-15");
  }

  @Test
  void undatedPlanJoinsOnlyTheMeetingItsPublicationDateAllows() {
    AnnotatedArticle helsinki = Docs.article("e-2018", "Trump met Putin in Helsinki on July 16.", date(2018, 7, 17));
    helsinki = withEvents(helsinki, mention(helsinki, "met").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(null, "Helsinki").when(day(2018, 7, 16)).build());

    // a plan stated in November 2024 cannot be about the 2018 meeting: one candidate left
    List<Event> events = fuser.fuse(List.of(helsinki, heldInAlaska(), plannedInNovember()), List.of(), entities);

    assertThat(events).hasSize(2);
    assertThat(events.get(1).mentions()).extracting(c -> c.article().value()).containsExactly("a-planned", "c-held");
  }

  @Test
  void undatedMentionWithTwoPossibleMeetingsStaysOnItsOwn() {
    AnnotatedArticle budapest = Docs.article("f-budapest", "Trump met Putin in Budapest on October 20.", date(2025, 10, 21));
    budapest = withEvents(budapest, mention(budapest, "met").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(null, "Budapest").when(day(2025, 10, 20)).build());
    AnnotatedArticle undated = Docs.article("g-undated", "A meeting between Trump and Putin is planned.", null);
    undated = withEvents(undated, mention(undated, "meeting").status(EventStatus.PLANNED)
        .source(TRUMP, "Trump").target(PUTIN, "Putin").build());

    List<Event> events = fuser.fuse(List.of(budapest, heldInAlaska(), undated), List.of(), entities);

    assertThat(events).hasSize(3);
    assertThat(events.get(2).date()).isNull();
    assertThat(events.get(2).status()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void duplicateArticleAddsProvenanceNotAnEvent() {
    AnnotatedArticle original = heldInAlaska();
    AnnotatedArticle copy = Docs.article("c-copy", original.text(), date(2025, 8, 17));
    copy = withEvents(copy, mention(copy, "met").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(ALASKA, "Alaska").when(day(2025, 8, 15), "August 15").build());
    DuplicateLink link = new DuplicateLink(copy.id(), original.id(), DuplicateLink.Kind.EXACT, 1.0);

    List<Event> linked = fuser.fuse(List.of(copy, original), List.of(link), entities);
    List<Event> unlinked = fuser.fuse(List.of(copy, original), List.of(), entities);

    assertThat(linked).hasSize(1);
    Event e = linked.get(0);
    assertThat(e.mentions()).extracting(c -> c.article().value()).containsExactly("c-copy", "c-held");
    assertThat(e.statusHistory()).extracting(s -> s.source().article().value()).containsExactly("c-held");
    assertThat(e.confidence()).isEqualTo(0.8);
    // without the link the copy counts as an independent report
    assertThat(unlinked).hasSize(1);
    assertThat(unlinked.get(0).statusHistory()).hasSize(2);
    assertThat(unlinked.get(0).confidence()).isGreaterThan(0.8);
  }

  @Test
  void duplicateOfAnUndatedReportDoesNotStartASecondEvent() {
    AnnotatedArticle original = Docs.article("h-orig", "Zelenskyy proposed talks with Putin.", null);
    original = withEvents(original, mention(original, "talks").frame("TALKS").status(EventStatus.PROPOSED)
        .source(ZELENSKY, "Zelenskyy").target(PUTIN, "Putin").build());
    AnnotatedArticle copy = Docs.article("h-copy", "Zelenskyy has proposed talks with Putin.", null);
    copy = withEvents(copy, mention(copy, "talks").frame("TALKS").status(EventStatus.PROPOSED)
        .source(ZELENSKY, "Zelenskyy").build());

    List<Event> events = fuser.fuse(List.of(original, copy),
        List.of(new DuplicateLink(copy.id(), original.id(), DuplicateLink.Kind.NEAR, 0.9)), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).mentions()).hasSize(2);
    assertThat(events.get(0).statusHistory()).hasSize(1);
  }

  @Test
  void fusesIstanbulTalksThreeDaysHenceWithMeetingThisDecemberInOneArticle() {
    AnnotatedArticle doc = Docs.article("i-istanbul", "He reversed course. His proposal for direct talks in Istanbul "
        + "to begin three days hence. Attention turns to a meeting scheduled for this December in Istanbul.", null);
    doc = withEvents(doc,
        mention(doc, "talks").frame("TALKS").status(EventStatus.PROPOSED).at(ISTANBUL, "Istanbul")
            .when(daysHence(3), "three days hence").build(),
        mention(doc, "meeting").status(EventStatus.PLANNED).at(null, "Istanbul")
            .when(thisMonth(12), "this December").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.mentions()).hasSize(2);
    assertThat(e.summary()).isEqualTo("Planned meeting (Istanbul)");
    assertThat(e.date().value()).isEqualTo("XXXX-12");
    assertThat(e.date().isResolved()).isFalse();
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
  }

  static AnnotatedArticle zelenskyOffersAMeeting() {
    AnnotatedArticle doc = Docs.article("h-offer", "Zelensky is offering to meet face-to-face with Putin.", null);
    return withEvents(doc, mention(doc, "meet").status(EventStatus.PROPOSED)
        .source(ZELENSKY, "Zelensky").target(PUTIN, "Putin").build());
  }

  static AnnotatedArticle putinDeclines(String sentence) {
    AnnotatedArticle doc = Docs.article("h-refusal", sentence, null);
    return withEvents(doc, mention(doc, "meeting").status(EventStatus.REFUSED)
        .source(PUTIN, "Putin").target(ZELENSKY, "Zelensky").build());
  }

  @Test
  void aHabitualRefusalSinceTheWarBeganDoesNotBecomeTheOutcomeOfAPlannedMeeting() {
    AnnotatedArticle habit = putinDeclines(
        "Putin has previously declined Zelensky's attempts at a face-to-face meeting since the war began.");

    List<Event> events = fuser.fuse(List.of(zelenskyOffersAMeeting(), habit), List.of(), entities);

    assertThat(events).hasSize(2);
    assertThat(events).extracting(Event::status)
        .containsExactlyInAnyOrder(EventStatus.PROPOSED, EventStatus.REFUSED);
    assertThat(events).allMatch(e -> e.mentions().size() == 1);
  }

  @Test
  void aSpecificRefusalStillClosesTheOfferedMeeting() {
    AnnotatedArticle refusal = putinDeclines("Putin declined Zelensky's offer of a face-to-face meeting.");

    List<Event> events = fuser.fuse(List.of(zelenskyOffersAMeeting(), refusal), List.of(), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).status()).isEqualTo(EventStatus.REFUSED);
  }

  @Test
  void aMeetingWithoutParticipantsJoinsTheOnlyMeetingItsArticleIdentifies() {
    AnnotatedArticle doc = Docs.article("q-anaphor", "Talks of a meeting between Trump and Putin gain momentum. "
        + "The meeting was suggested by the American side.", null);
    doc = withEvents(doc,
        mention(doc, "meeting").status(EventStatus.PROPOSED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting was").status(EventStatus.PROPOSED).build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).mentions()).hasSize(2);
  }

  @Test
  void aMeetingWithoutParticipantsStaysAloneWhenItsArticleDiscussesTwoMeetings() {
    AnnotatedArticle doc = Docs.article("r-two", "A meeting between Trump and Putin is planned. "
        + "A meeting between Zelenskyy and Putin was floated. The meeting was suggested by the American side.", null);
    doc = withEvents(doc,
        mention(doc, "meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting between Zelenskyy").status(EventStatus.PROPOSED).source(ZELENSKY, "Zelenskyy")
            .target(PUTIN, "Putin").build(),
        mention(doc, "meeting was").status(EventStatus.PROPOSED).build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);
    // the participant-less report joins neither, and naming no one, no place and no date it is no event
    assertThat(events).hasSize(2);
    assertThat(events).flatExtracting(Event::mentions).extracting(Citation::text)
        .doesNotContain("The meeting was suggested by the American side.");
  }

  @Test
  void aReportNamingNoOneNoPlaceAndNoDateIsNoEvent() {
    AnnotatedArticle doc = Docs.article("r-vague", "Critics argue that talks could embolden Moscow. "
        + "Trump said the discussions are in the works. Talks in Istanbul start in three days.", null);
    doc = withEvents(doc,
        mention(doc, "talks could").frame("TALKS").status(EventStatus.HYPOTHETICAL).build(),
        mention(doc, "discussions").frame("TALKS").status(EventStatus.PLANNED).build(),
        mention(doc, "Talks in").frame("TALKS").status(EventStatus.PLANNED).at(ISTANBUL, "Istanbul")
            .when(daysHence(3), "in three days").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).extracting(Event::summary).containsExactly("Planned talks (Istanbul)");
  }

  @Test
  void meetingsAtDifferentPlacesInOneArticleStayApart() {
    AnnotatedArticle doc = Docs.article("j-places",
        "Talks in Istanbul are proposed for this December. A meeting in Riyadh is planned for this December.", null);
    doc = withEvents(doc,
        mention(doc, "Talks").frame("TALKS").status(EventStatus.PROPOSED).at(ISTANBUL, "Istanbul")
            .when(thisMonth(12)).build(),
        mention(doc, "meeting").status(EventStatus.PLANNED).at(null, "Riyadh").when(thisMonth(12)).build());

    assertThat(fuser.fuse(List.of(doc), List.of(), entities)).hasSize(2);
  }

  @Test
  void dayDateBeatsMonthDate() {
    AnnotatedArticle a = Docs.article("k-month", "Trump will meet Putin in August.", date(2025, 8, 1));
    a = withEvents(a, mention(a, "meet").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
        .when(month(2025, 8), "August").build());

    List<Event> events = fuser.fuse(List.of(a, heldInAlaska()), List.of(), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).date().value()).isEqualTo("2025-08-15");
    assertThat(events.get(0).date().earliest()).isEqualTo(date(2025, 8, 15));
    assertThat(events.get(0).date().latest()).isEqualTo(date(2025, 8, 15));
  }

  @Test
  void callsOnConsecutiveDaysAreTwoCallsAndQuantitiesAreMergedWithinOne() {
    AnnotatedArticle a = Docs.article("l-call", "Trump spoke with Putin for 40 minutes on August 20.", date(2025, 8, 21));
    a = withEvents(a, mention(a, "spoke").frame("CALL").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .when(day(2025, 8, 20)).quantity("40 minutes", 40, "minute").build());
    AnnotatedArticle b = Docs.article("m-call", "Putin and Trump held a 40-minute phone call on August 20.",
        date(2025, 8, 21));
    b = withEvents(b, mention(b, "phone call").frame("CALL").source(PUTIN, "Putin").target(TRUMP, "Trump")
        .when(day(2025, 8, 20)).quantity("40-minute", 40, "minute").build());
    AnnotatedArticle c = Docs.article("n-call", "Trump called Putin again on August 21.", date(2025, 8, 22));
    c = withEvents(c, mention(c, "called").frame("CALL").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .when(day(2025, 8, 21)).build());

    List<Event> events = fuser.fuse(List.of(a, b, c), List.of(), entities);

    assertThat(events).hasSize(2);
    Event first = events.get(0);
    assertThat(first.mentions()).hasSize(2);
    assertThat(first.quantities()).hasSize(1);
    assertThat(first.quantities().get(0).value()).isEqualTo(40);
    assertThat(first.summary()).isEqualTo("Donald Trump speaks by phone with Vladimir Putin");
  }

  @Test
  void sanctionsInOppositeDirectionsAreDifferentEvents() {
    AnnotatedArticle doc = Docs.article("o-sanctions", "Russia sanctioned Ukraine on May 2. Ukraine sanctioned Russia on May 2.",
        date(2025, 5, 3));
    doc = withEvents(doc,
        mention(doc, "Russia sanctioned").frame("SANCTION").source(RUSSIA, "Russia").target(UKRAINE, "Ukraine")
            .when(day(2025, 5, 2)).build(),
        mention(doc, "Ukraine sanctioned").frame("SANCTION").source(UKRAINE, "Ukraine").target(RUSSIA, "Russia")
            .when(day(2025, 5, 2)).build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).extracting(Event::summary).containsExactlyInAnyOrder(
        "Russia sanctions Ukraine", "Ukraine sanctions Russia");
  }

  @Test
  void eventIdIsAHashOfTheEarliestMentionNotOfArrivalOrder() {
    Event one = fuser.fuse(List.of(heldInAlaska(), plannedInNovember()), List.of(), entities).get(0);
    Event two = fuser.fuse(List.of(plannedInNovember(), heldInAlaska()), List.of(), entities).get(0);
    Event alone = fuser.fuse(List.of(plannedInNovember()), List.of(), entities).get(0);

    assertThat(one.id().value()).matches("ev-[0-9a-f]{12}");
    assertThat(one).isEqualTo(two);
    // the earliest mention (November 2024) names the event, whatever joins it later
    assertThat(one.id()).isEqualTo(alone.id());
  }

  @Test
  void badSpansBecomeDiagnosticsNotExceptions() {
    AnnotatedArticle doc = Docs.article("p-bad", "Trump met Putin.", date(2025, 8, 16));
    EventMention good = mention(doc, "met").source(TRUMP, "Trump").target(PUTIN, "Putin").build();
    Provenance prov = good.provenance();
    EventMention noSentence = new EventMention("p-bad#x", 7, good.trigger(), "MEET", "CONSULT", "", "040",
        EventStatus.OCCURRED, good.sources(), good.targets(), null, null, null, List.of(), prov);
    EventMention outside = new EventMention("p-bad#y", 0, new Span(100, 104), "MEET", "CONSULT", "", "040",
        EventStatus.OCCURRED, good.sources(), good.targets(), null, null, null, List.of(), prov);
    doc = withEvents(doc, noSentence, outside);

    EventFuser.Result result = fuser.run(List.of(doc), List.of(
        new DuplicateLink(ArticleId.of("nowhere"), doc.id(), DuplicateLink.Kind.NEAR, 0.9)), entities);

    assertThat(result.events()).hasSize(1);
    assertThat(result.events().get(0).mentions()).extracting(Citation::sentence).containsExactly(0);
    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactlyInAnyOrder("W401", "E401", "W403");
  }

  @Test
  void duplicateCyclesAreBrokenAtTheSmallestId() {
    List<org.storyline.model.Diagnostic> diagnostics = new java.util.ArrayList<>();
    ArticleId a = ArticleId.of("a");
    ArticleId b = ArticleId.of("b");
    ArticleId c = ArticleId.of("c");
    var roots = EventFuser.originals(java.util.Set.of(a, b, c), List.of(
        new DuplicateLink(a, b, DuplicateLink.Kind.NEAR, 0.9),
        new DuplicateLink(b, a, DuplicateLink.Kind.NEAR, 0.9),
        new DuplicateLink(c, b, DuplicateLink.Kind.EXACT, 1.0)), diagnostics);

    assertThat(roots).containsEntry(b, a).containsEntry(c, a).doesNotContainKey(a);
    assertThat(diagnostics).extracting(d -> d.code()).containsExactly("W404");
  }

  @Test
  void speculationAboutAPlannedMeetingIsCitedButNeverEntersItsStatusHistory() {
    AnnotatedArticle doc = Docs.article("h-spec", "Trump confirmed a meeting with Putin is being arranged. "
        + "A meeting with Putin could provide an opportunity. Critics say talks with Kyiv could embolden Moscow.",
        date(2024, 12, 1));
    doc = withEvents(doc,
        mention(doc, "meeting with Putin is").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
            .build(),
        mention(doc, "meeting with Putin could").status(EventStatus.HYPOTHETICAL).target(PUTIN, "Putin").build(),
        mention(doc, "talks").frame("TALKS").status(EventStatus.HYPOTHETICAL).target(RUSSIA, "Moscow").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.statusHistory()).extracting(StatusChange::status).containsExactly(EventStatus.PLANNED);
    assertThat(e.mentions()).hasSize(2);
    assertThat(e.summary()).isEqualTo("Donald Trump to meet Vladimir Putin");
  }

  @Test
  void aConditionalActWithoutAnActorIsNotCitedForAnotherActorsAct() {
    AnnotatedArticle doc = Docs.article("h-cond", "Trump has imposed no sanctions on Russia. "
        + "The deal promised tougher sanctions against Russia should they fail to comply.", date(2025, 5, 12));
    doc = withEvents(doc,
        mention(doc, "sanctions on").frame("SANCTION").status(EventStatus.DENIED).source(TRUMP, "Trump")
            .target(RUSSIA, "Russia").build(),
        mention(doc, "sanctions against").frame("SANCTION").status(EventStatus.HYPOTHETICAL)
            .target(RUSSIA, "Russia").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(1));
  }

  @Test
  void aThreatIsAnEventEvenThoughItsStatusIsHypothetical() {
    AnnotatedArticle doc = Docs.article("h-threat", "Trump threatened sanctions against Russia.", date(2025, 7, 14));
    EventMention m = mention(doc, "sanctions").frame("SANCTION").status(EventStatus.HYPOTHETICAL)
        .source(TRUMP, "Trump").target(RUSSIA, "Russia").build();
    m = new EventMention(m.id(), m.sentence(), m.trigger(), m.frame(), "THREATEN", "", "1312", m.status(), m.sources(),
        m.targets(), null, null, null, List.of(), m.provenance());

    List<Event> events = fuser.fuse(List.of(withEvents(doc, m)), List.of(), entities);

    assertThat(events).extracting(Event::summary).containsExactly("Donald Trump threatens Russia with sanctions");
  }

  @Test
  void undatedCallsInArticlesPublishedMonthsApartAreTwoCalls() {
    AnnotatedArticle november = Docs.article("z-nov", "In a phone conversation with Trump, Zelensky spoke of progress.",
        null);
    november = november.withArticle(november.article().withPublished(org.storyline.model.PublicationDate.window(
        date(2024, 11, 1), date(2025, 1, 19), List.of())));
    november = withEvents(november, mention(november, "phone conversation").frame("CALL").source(ZELENSKY, "Zelensky")
        .target(TRUMP, "Trump").build());
    AnnotatedArticle february = Docs.article("z-feb", "Trump reached out to Zelenskyy by phone.", date(2025, 2, 13));
    february = withEvents(february, mention(february, "reached out").frame("CALL").source(TRUMP, "Trump")
        .target(ZELENSKY, "Zelenskyy").build());

    assertThat(fuser.fuse(List.of(november, february), List.of(), entities)).hasSize(2);
  }

  @Test
  void undatedMeetingsInArticlesPublishedMonthsApartStayOneMeeting() {
    AnnotatedArticle november = Docs.article("y-nov", "A meeting between Trump and Putin is being arranged.",
        date(2024, 12, 10));
    november = withEvents(november, mention(november, "meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump")
        .target(PUTIN, "Putin").build());
    AnnotatedArticle february = Docs.article("y-feb", "Plans are underway for a meeting between Trump and Putin.",
        date(2025, 2, 13));
    february = withEvents(february, mention(february, "meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump")
        .target(PUTIN, "Putin").build());

    assertThat(fuser.fuse(List.of(november, february), List.of(), entities)).hasSize(1);
  }

  @Test
  void aProseRetellingOfADatedTableRowJoinsItAndNotAnOlderCall() {
    AnnotatedArticle older = Docs.article("x-feb", "Following a recent telephone conversation with Putin, Trump spoke.",
        date(2025, 2, 13));
    older = withEvents(older, mention(older, "telephone conversation").frame("CALL").source(TRUMP, "Trump")
        .target(PUTIN, "Putin").build());
    AnnotatedArticle table = Docs.article("x-aug", "| August 20, 2025 | Trump speaks with Putin for 40 minutes.\n"
        + "Following the meetings, Trump engaged in a 40-minute phone conversation with Putin, during which "
        + "they agreed to appoint negotiators for talks between Russia and Ukraine.\n"
        + "| August 21, 2025 | Putin agrees to appoint negotiators for talks with Ukraine.", null);
    table = table.withArticle(table.article().withPublished(org.storyline.model.PublicationDate.window(
        date(2025, 8, 21), null, List.of())));
    table = withEvents(table,
        mention(table, "speaks with").frame("CALL").source(TRUMP, "Trump").target(PUTIN, "Putin")
            .when(day(2025, 8, 20), "August 20, 2025").build(),
        mention(table, "phone conversation").frame("CALL").source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(table, "appoint negotiators for talks between").frame("NEGOTIATORS").status(EventStatus.AGREED)
            .source(RUSSIA, "Russia").target(UKRAINE, "Ukraine").build(),
        mention(table, "appoint negotiators for talks with").frame("NEGOTIATORS").status(EventStatus.AGREED)
            .source(PUTIN, "Putin").target(UKRAINE, "Ukraine").when(day(2025, 8, 21), "August 21, 2025").build());

    List<Event> events = fuser.fuse(List.of(older, table), List.of(), entities);

    Event august = events.stream().filter(e -> e.frame().equals("CALL") && e.date() != null).findFirst().orElseThrow();
    assertThat(august.mentions()).extracting(Citation::sentence).containsExactly(0, 1);
    assertThat(august.mentions()).extracting(c -> c.article().value()).containsOnly("x-aug");
    Event negotiators = events.stream().filter(e -> e.frame().equals("NEGOTIATORS")).findFirst().orElseThrow();
    assertThat(negotiators.mentions()).hasSize(2);
    assertThat(events).hasSize(3);
  }

  @Test
  void aRequestWhoseSpeakerIsUnknownDoesNotBorrowTheProposerOfAnEarlierStatus() {
    AnnotatedArticle doc = Docs.article("w-ask", "They are asking for a 30-day ceasefire, something that Trump's "
        + "administration proposed two months ago.", null);
    doc = withEvents(doc,
        mention(doc, "ceasefire").frame("CEASEFIRE").status(EventStatus.REQUESTED).at(null, "Europe")
            .when(daysHence(0)).build(),
        mention(doc, "proposed").frame("CEASEFIRE").status(EventStatus.PROPOSED).source(TRUMP, "Trump").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).status()).isEqualTo(EventStatus.REQUESTED);
    assertThat(events.get(0).sources()).isEmpty();
    assertThat(events.get(0).summary()).startsWith("Call for a ceasefire");
  }

  @Test
  void aResolvedPresentReferenceIsShownAsItsIsoDay() {
    AnnotatedArticle doc = Docs.article("v-now", "Ukraine currently buys drones from Washington.", date(2025, 8, 21));
    doc = withEvents(doc, mention(doc, "buys").frame("ARMS_DEAL").source(UKRAINE, "Ukraine")
        .when(new org.storyline.model.TimeValue.Resolved(date(2025, 8, 21), date(2025, 8, 22), Granularity.DAY,
            "PRESENT_REF"), "currently").build());

    Event e = fuser.fuse(List.of(doc), List.of(), entities).get(0);

    assertThat(e.date().value()).isEqualTo("2025-08-21");
    assertThat(EventAssembler.isoValue(new org.storyline.model.TimeValue.Resolved(date(2025, 8, 18), date(2025, 8, 25),
        Granularity.WEEK, "XXXX-WXX"))).isEqualTo("2025-W34");
  }

  @Test
  void theSubjectOfARefusedMeetingIsTheOneWhoRefused() {
    AnnotatedArticle offer = Docs.article("u-offer", "Zelensky offered to meet Putin face-to-face.", date(2025, 5, 10));
    offer = withEvents(offer, mention(offer, "meet").status(EventStatus.PROPOSED).source(ZELENSKY, "Zelensky")
        .target(PUTIN, "Putin").build());
    AnnotatedArticle refusal = Docs.article("u-refusal", "Putin declined a meeting with Zelensky.", date(2025, 5, 20));
    refusal = withEvents(refusal, mention(refusal, "meeting").status(EventStatus.REFUSED).source(PUTIN, "Putin")
        .target(ZELENSKY, "Zelensky").build());

    Event e = fuser.fuse(List.of(offer, refusal), List.of(), entities).get(0);

    assertThat(e.status()).isEqualTo(EventStatus.REFUSED);
    assertThat(e.summary()).isEqualTo("Vladimir Putin rules out a meeting with Volodymyr Zelenskyy");
  }

  @Test
  void aProposalAndAHeldMeetingWithOtherParticipantsInOneSentenceStayApart() {
    AnnotatedArticle doc = Docs.article("t-two", "Witkoff floated the idea of a trilateral discussion after a "
        + "productive meeting with Putin.", date(2025, 8, 7));
    doc = withEvents(doc,
        mention(doc, "discussion").frame("TALKS").status(EventStatus.PROPOSED).source("person:steve-witkoff", "Witkoff")
            .build(),
        mention(doc, "meeting").source("person:steve-witkoff", "Witkoff").target(PUTIN, "Putin").build());

    assertThat(fuser.fuse(List.of(doc), List.of(), entities)).hasSize(2);
  }

  @Test
  void theDefinitePlannedMeetingWithOneNamedSideJoinsTheArticlesMainMeeting() {
    AnnotatedArticle doc = Docs.article("s-main", "Trump announces a meeting with Putin. A meeting between Trump and "
        + "Putin is being arranged. Putin has called for talks with Zelenskyy. The planned meeting with Putin is "
        + "symbolic. A meeting with Putin would help.", date(2024, 12, 1));
    doc = withEvents(doc,
        mention(doc, "meeting with Putin.").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
            .build(),
        mention(doc, "meeting between").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "talks").frame("TALKS").status(EventStatus.REQUESTED).source(PUTIN, "Putin")
            .target(ZELENSKY, "Zelenskyy").build(),
        mention(doc, "meeting with Putin is").status(EventStatus.PLANNED).target(PUTIN, "Putin").build(),
        mention(doc, "meeting with Putin would").status(EventStatus.PROPOSED).target(PUTIN, "Putin").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    Event main = events.stream().filter(e -> e.mentions().size() > 1).findFirst().orElseThrow();
    assertThat(main.mentions()).extracting(Citation::sentence).containsExactly(0, 1, 3);
    // the indefinite "a meeting with Putin" is not a reference back: it stays apart
    assertThat(events).hasSize(3);
  }

  @Test
  void partialViewsOfAnIdentifiedMeetingDoNotKeepItsArticlesApart() {
    AnnotatedArticle a = Docs.article("p-one", "A meeting between Trump and Putin is planned. The planned meeting with "
        + "Putin is symbolic.", date(2024, 12, 1));
    a = withEvents(a,
        mention(a, "meeting between").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(a, "meeting with").status(EventStatus.PLANNED).target(PUTIN, "Putin").build());
    AnnotatedArticle b = Docs.article("p-two", "Plans are underway for a meeting between Trump and Putin. For the "
        + "negotiations Trump has tasked officials.", date(2025, 2, 13));
    b = withEvents(b,
        mention(b, "meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(b, "negotiations").frame("TALKS").status(EventStatus.PLANNED).source(TRUMP, "Trump").build());

    List<Event> events = fuser.fuse(List.of(a, b), List.of(), entities);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).mentions()).hasSize(4);
  }

  @Test
  void theMeetingWithoutParticipantsJoinsTheArticlesMainMeetingWhenItRefersBack() {
    AnnotatedArticle doc = Docs.article("o-main", "Talks of a meeting between Trump and Putin gain momentum. A "
        + "Trump-Putin meeting could come next week. The meeting was suggested by the American side. Witkoff had a "
        + "meeting with Putin.", null);
    doc = withEvents(doc,
        mention(doc, "meeting between").status(EventStatus.PROPOSED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting could").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting was").status(EventStatus.PROPOSED).build(),
        mention(doc, "meeting with").source("person:steve-witkoff", "Witkoff").target(PUTIN, "Putin").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    assertThat(events).hasSize(2);
    Event main = events.stream().filter(e -> e.mentions().size() == 3).findFirst().orElseThrow();
    assertThat(main.mentions()).extracting(Citation::sentence).containsExactly(0, 1, 2);
  }

  @Test
  void aSuggestedMeetingRefersToThePlannedMeetingNotToOneAlreadyHeld() {
    AnnotatedArticle doc = Docs.article("n-plan", "A Trump-Putin meeting could come next week. The meeting was "
        + "suggested by the American side. Witkoff had a productive meeting with Putin.", null);
    doc = withEvents(doc,
        mention(doc, "meeting could").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting was").status(EventStatus.PROPOSED).build(),
        mention(doc, "meeting with").source("person:steve-witkoff", "Witkoff").target(PUTIN, "Putin").build());

    List<Event> events = fuser.fuse(List.of(doc), List.of(), entities);

    Event planned = events.stream().filter(e -> e.sources().contains(EntityId.of(TRUMP))).findFirst().orElseThrow();
    assertThat(planned.mentions()).extracting(Citation::sentence).containsExactly(0, 1);
  }

  @Test
  void aPlaceLinkedToAGovernmentIsShownAsWritten() {
    AnnotatedArticle doc = Docs.article("m-wh", "Trump met Zelenskyy at the White House.", date(2025, 8, 18));
    doc = withEvents(doc, mention(doc, "met").source(TRUMP, "Trump").target(ZELENSKY, "Zelenskyy")
        .at(RUSSIA, "the White House").build());

    assertThat(fuser.fuse(List.of(doc), List.of(), entities).get(0).location()).isEqualTo("the White House");
  }
}
