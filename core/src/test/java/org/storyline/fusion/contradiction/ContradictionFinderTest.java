package org.storyline.fusion.contradiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.fusion.Fixtures.ALASKA;
import static org.storyline.fusion.Fixtures.ISTANBUL;
import static org.storyline.fusion.Fixtures.PUTIN;
import static org.storyline.fusion.Fixtures.RUSSIA;
import static org.storyline.fusion.Fixtures.SAUDI;
import static org.storyline.fusion.Fixtures.TRUMP;
import static org.storyline.fusion.Fixtures.UKRAINE;
import static org.storyline.fusion.Fixtures.WHITE_HOUSE;
import static org.storyline.fusion.Fixtures.ZELENSKY;
import static org.storyline.fusion.Fixtures.date;
import static org.storyline.fusion.Fixtures.day;
import static org.storyline.fusion.Fixtures.daysHence;
import static org.storyline.fusion.Fixtures.mention;
import static org.storyline.fusion.Fixtures.thisMonth;
import static org.storyline.fusion.Fixtures.withEvents;
import static org.storyline.fusion.Fixtures.withRole;
import static org.storyline.fusion.Fixtures.withTime;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.Fixtures;
import org.storyline.fusion.event.EventFuser;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Contradiction;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventStatus;
import org.storyline.testkit.Docs;

class ContradictionFinderTest {
  private final EventFuser fuser = new EventFuser();
  private final ContradictionFinder finder = new ContradictionFinder();
  private final EntityView entities = Fixtures.entities();

  private List<Contradiction> contradictions(AnnotatedArticle... docs) {
    List<AnnotatedArticle> list = List.of(docs);
    List<Event> events = fuser.fuse(list, List.of(), entities);
    return finder.find(list, events, entities);
  }

  private static List<String> values(Contradiction c) {
    return c.claims().stream().map(Contradiction.Claim::value).toList();
  }

  @Test
  void findsThreeDaysHenceVersusThisDecemberForTheIstanbulMeetingInOneUndatedArticle() {
    AnnotatedArticle doc = Docs.article("istanbul", "He reversed course after 30 hours. His proposal for direct talks "
        + "in Istanbul to begin three days hence. All eyes turn to a meeting scheduled for this December in Istanbul.", null);
    doc = withEvents(doc,
        mention(doc, "talks").frame("TALKS").status(EventStatus.PROPOSED).source(TRUMP, "His").at(ISTANBUL, "Istanbul")
            .when(daysHence(3), "three days hence").build(),
        mention(doc, "meeting").status(EventStatus.PLANNED).at(ISTANBUL, "Istanbul")
            .when(thisMonth(12), "this December").build());

    List<Contradiction> found = contradictions(doc);

    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo("date");
    assertThat(c.subject()).startsWith("date of ").contains("Istanbul").contains("(event ev-");
    assertThat(values(c)).hasSize(2);
    assertThat(values(c).get(0)).startsWith("\"three days hence\"");
    assertThat(values(c).get(1)).startsWith("\"this December\" (XXXX-12");
    assertThat(c.claims().get(0).citation().text()).isEqualTo("His proposal for direct talks in Istanbul to begin three days hence.");
  }

  @Test
  void twoRelativeDatesThatAgreeAreNoContradiction() {
    AnnotatedArticle doc = Docs.article("istanbul-2", "Talks in Istanbul are set for this December. "
        + "The meeting in Istanbul in December will be direct.", null);
    doc = withEvents(doc,
        mention(doc, "Talks").frame("TALKS").status(EventStatus.PLANNED).at(ISTANBUL, "Istanbul")
            .when(thisMonth(12), "this December").build(),
        mention(doc, "meeting").status(EventStatus.PLANNED).at(ISTANBUL, "Istanbul")
            .when(thisMonth(12), "December").build());

    assertThat(contradictions(doc)).isEmpty();
  }

  @Test
  void findsDifferentDaysForOneMeetingAcrossArticles() {
    AnnotatedArticle a = Docs.article("a", "Trump met Putin in Alaska on August 15.", date(2025, 8, 16));
    a = withEvents(a, mention(a, "met").source(TRUMP, "Trump").target(PUTIN, "Putin").at(ALASKA, "Alaska")
        .when(day(2025, 8, 15), "August 15").build());
    AnnotatedArticle b = Docs.article("b", "Putin and Trump met in Alaska on August 14.", date(2025, 8, 17));
    b = withEvents(b, mention(b, "met").source(PUTIN, "Putin").target(TRUMP, "Trump").at(ALASKA, "Alaska")
        .when(day(2025, 8, 14), "August 14").build());

    List<Contradiction> found = contradictions(a, b);

    assertThat(found).extracting(Contradiction::kind).containsExactly("date");
    assertThat(found.get(0).subject()).startsWith("date of Donald Trump meets Vladimir Putin (Alaska) (event ev-");
    assertThat(values(found.get(0))).containsExactly("2025-08-15", "2025-08-14");
    assertThat(found.get(0).claims()).extracting(cl -> cl.citation().article().value()).containsExactly("a", "b");
  }

  @Test
  void normalProgressionFromPlanToMeetingIsNotAContradiction() {
    AnnotatedArticle plan = Docs.article("plan", "Trump said he will meet Putin on August 14.", date(2025, 8, 1));
    plan = withEvents(plan, mention(plan, "meet").status(EventStatus.PLANNED).source(TRUMP, "Trump")
        .target(PUTIN, "Putin").at(null, "Budapest").when(day(2025, 8, 14)).build());
    AnnotatedArticle agreed = Docs.article("agreed", "An agreement in principle on a Trump-Putin summit was reached.", null);
    agreed = withEvents(agreed, mention(agreed, "summit").frame("SUMMIT").status(EventStatus.AGREED)
        .source(TRUMP, "Trump").target(PUTIN, "Putin").build());
    AnnotatedArticle held = Docs.article("held", "Trump met Putin in Alaska on August 15.", date(2025, 8, 16));
    held = withEvents(held, mention(held, "met").source(TRUMP, "Trump").target(PUTIN, "Putin").at(ALASKA, "Alaska")
        .when(day(2025, 8, 15)).build());

    List<Event> events = fuser.fuse(List.of(plan, agreed, held), List.of(), entities);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).statusHistory()).hasSize(3);
    // the plan named another day and place; a later report superseded it
    assertThat(finder.find(List.of(plan, agreed, held), events, entities)).isEmpty();
  }

  @Test
  void findsAPlaceConflictBetweenReportsOfTheSameDay() {
    AnnotatedArticle a = Docs.article("riyadh", "Trump and Putin will meet in Saudi Arabia on February 20.", date(2025, 2, 13));
    a = withEvents(a, mention(a, "meet").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(SAUDI, "Saudi Arabia").when(day(2025, 2, 20)).build());
    AnnotatedArticle b = Docs.article("istanbul", "Trump and Putin will meet in Istanbul on February 20.", date(2025, 2, 13));
    b = withEvents(b, mention(b, "meet").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(ISTANBUL, "Istanbul").when(day(2025, 2, 20)).build());

    List<Contradiction> found = contradictions(a, b);

    assertThat(found).extracting(Contradiction::kind).containsExactly("place");
    assertThat(values(found.get(0))).containsExactly("Istanbul", "Saudi Arabia");
  }

  @Test
  void aVenueChangedByALaterReportIsNotAContradiction() {
    AnnotatedArticle a = Docs.article("riyadh", "Trump and Putin will meet in Saudi Arabia on February 20.", date(2025, 2, 13));
    a = withEvents(a, mention(a, "meet").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(SAUDI, "Saudi Arabia").when(day(2025, 2, 20)).build());
    AnnotatedArticle b = Docs.article("istanbul", "Trump and Putin will meet in Istanbul on February 20.", date(2025, 2, 18));
    b = withEvents(b, mention(b, "meet").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
        .at(ISTANBUL, "Istanbul").when(day(2025, 2, 20)).build());

    assertThat(contradictions(a, b)).isEmpty();
  }

  @Test
  void findsACallReportedAsHeldAndAsDenied() {
    AnnotatedArticle a = Docs.article("held", "Trump spoke with Putin by phone on March 18.", date(2025, 3, 19));
    a = withEvents(a, mention(a, "spoke").frame("CALL").source(TRUMP, "Trump").target(PUTIN, "Putin")
        .when(day(2025, 3, 18)).build());
    AnnotatedArticle b = Docs.article("denied", "The Kremlin denied that Putin spoke with Trump on March 18.",
        date(2025, 3, 20));
    b = withEvents(b, mention(b, "spoke").frame("CALL").status(EventStatus.DENIED).source(PUTIN, "Putin")
        .target(TRUMP, "Trump").when(day(2025, 3, 18)).build());

    List<Contradiction> found = contradictions(a, b);

    assertThat(found).extracting(Contradiction::kind).containsExactly("status");
    assertThat(values(found.get(0))).containsExactly("denied", "occurred");
  }

  @Test
  void aRefusalLaterOvercomeIsNotAContradiction() {
    AnnotatedArticle a = Docs.article("refused", "Putin refused to meet Zelenskyy.", date(2025, 2, 1));
    a = withEvents(a, mention(a, "meet").status(EventStatus.REFUSED).source(PUTIN, "Putin")
        .target(ZELENSKY, "Zelenskyy").build());
    AnnotatedArticle b = Docs.article("met", "Putin met Zelenskyy in Istanbul on June 1.", date(2025, 6, 2));
    b = withEvents(b, mention(b, "met").source(PUTIN, "Putin").target(ZELENSKY, "Zelenskyy").at(ISTANBUL, "Istanbul")
        .when(day(2025, 6, 1)).build());

    List<Event> events = fuser.fuse(List.of(a, b), List.of(), entities);
    assertThat(events).hasSize(1);
    assertThat(finder.find(List.of(a, b), events, entities)).isEmpty();
  }

  @Test
  void findsAPlannedMeetingDeniedInTheSameArticle() {
    AnnotatedArticle doc = Docs.article("setup", "Trump said a meeting with Putin is being set up. "
        + "Peskov denied that a meeting of Putin and Trump was requested.", date(2024, 12, 1));
    doc = withEvents(doc,
        mention(doc, "meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting of").status(EventStatus.DENIED).source(PUTIN, "Putin").target(TRUMP, "Trump").build());

    List<Contradiction> found = contradictions(doc);

    assertThat(found).extracting(Contradiction::kind).containsExactly("status");
    assertThat(values(found.get(0))).containsExactly("planned", "denied");
  }

  @Test
  void findsDisputedAttackerOfTheSameTargetOnTheSameDay() {
    AnnotatedArticle a = Docs.article("ru", "Russia shelled Kyiv on May 2.", date(2025, 5, 3));
    a = withEvents(a, mention(a, "shelled").frame("ATTACK").source(RUSSIA, "Russia").target("loc:kyiv", "Kyiv")
        .at("loc:kyiv", "Kyiv").when(day(2025, 5, 2)).build());
    AnnotatedArticle b = Docs.article("ua", "Moscow said Ukraine shelled Kyiv on May 2.", date(2025, 5, 3));
    b = withEvents(b, mention(b, "shelled").frame("ATTACK").source(UKRAINE, "Ukraine").target("loc:kyiv", "Kyiv")
        .at("loc:kyiv", "Kyiv").when(day(2025, 5, 2)).build());

    List<Contradiction> found = contradictions(a, b);

    assertThat(found).extracting(Contradiction::kind).containsExactly("participants");
    assertThat(values(found.get(0))).containsExactly("by Russia", "by Ukraine");
  }

  static AnnotatedArticle presidentElect() {
    AnnotatedArticle doc = Docs.article("elect", "Donald Trump, the US president-elect, said a meeting is being set up. "
        + "Trump wants to end the war soon after assuming office on January 20, 2025.", date(2024, 12, 10));
    doc = withRole(doc, "US president-elect", "US president-elect", TRUMP);
    doc = Docs.withMention(doc, "Donald Trump", EntityType.PERSON, TRUMP);
    doc = Docs.withMention(doc, "Trump", EntityType.PERSON, TRUMP);
    doc = Docs.withMention(doc, "Trump", EntityType.PERSON, TRUMP);
    return withTime(doc, "January 20, 2025", day(2025, 1, 20));
  }

  static AnnotatedArticle formerIn(String id, java.time.LocalDate published) {
    AnnotatedArticle doc = Docs.article(id, "In a significant move, former President Donald Trump announced talks.", published);
    return withRole(doc, "former President", "former President", TRUMP);
  }

  @Test
  void flagsFormerPresidentAfterASourceDatesTheStartOfHisTerm() {
    List<Contradiction> found = contradictions(presidentElect(), formerIn("feb", date(2025, 2, 13)));

    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo("role-anachronism");
    assertThat(c.subject()).isEqualTo("role of Donald Trump");
    assertThat(values(c)).containsExactly("president from 2025-01-20", "former President, stated 2025-02-13");
    assertThat(c.claims().get(0).citation().text()).contains("assuming office on January 20, 2025");
  }

  @Test
  void flagsFormerPresidentWhenOtherSourcesOfThatWeekCallHimPresident() {
    AnnotatedArticle current = Docs.article("current", "President Trump spoke with Putin.", date(2025, 2, 12));
    current = withRole(current, "President", "President", "person:trump");

    List<Contradiction> found = contradictions(current, formerIn("feb", date(2025, 2, 13)));

    assertThat(found).extracting(Contradiction::kind).containsExactly("role-anachronism");
    assertThat(values(found.get(0))).containsExactly("President, stated 2025-02-12", "former President, stated 2025-02-13");
  }

  @Test
  void doesNotFlagFormerPresidentBetweenTerms() {
    AnnotatedArticle current = Docs.article("current", "President Trump spoke with Putin.", date(2025, 2, 12));
    current = withRole(current, "President", "President", TRUMP);

    assertThat(contradictions(presidentElect(), current, formerIn("2022", date(2022, 6, 1)))).isEmpty();
  }

  @Test
  void datesAnUndatedArticleByTheEventsItReportsAsHappened() {
    AnnotatedArticle doc = Docs.article("undated", "Former President Donald Trump met Zelenskyy at the White House "
        + "on August 18, 2025.", null);
    doc = withRole(doc, "Former President", "former President", TRUMP);
    doc = withEvents(doc, mention(doc, "met").source(TRUMP, "Donald Trump").target(ZELENSKY, "Zelenskyy")
        .at(WHITE_HOUSE, "White House").when(day(2025, 8, 18)).build());

    List<Contradiction> found = contradictions(presidentElect(), doc);

    assertThat(found).extracting(Contradiction::kind).containsExactly("role-anachronism");
    assertThat(values(found.get(0))).contains(
        "Former President, stated on or after 2025-08-18 (undated article reporting events of that date)");
  }

  @Test
  void closesAnOpenInferredWindowByTheEventsTheArticleReportsAsHappened() {
    AnnotatedArticle doc = Docs.article("open", "Former President Donald Trump met Zelenskyy at the White House "
        + "on August 18, 2025.", null);
    doc = doc.withArticle(doc.article().withPublished(org.storyline.model.PublicationDate.window(date(2025, 8, 21), null,
        List.of())));
    doc = withRole(doc, "Former President", "former President", TRUMP);
    doc = withEvents(doc, mention(doc, "met").source(TRUMP, "Donald Trump").target(ZELENSKY, "Zelenskyy")
        .at(WHITE_HOUSE, "White House").when(day(2025, 8, 18)).build());

    List<Contradiction> found = contradictions(presidentElect(), doc);

    assertThat(found).extracting(Contradiction::kind).containsExactly("role-anachronism");
    assertThat(values(found.get(0))).anySatisfy(v -> assertThat(v).startsWith("Former President, stated on or after 2025-08-21"));
  }

  @Test
  void anOpenInferredWindowWithoutReportedEventsStaysUnbounded() {
    AnnotatedArticle doc = formerIn("open2", null);
    doc = doc.withArticle(doc.article().withPublished(org.storyline.model.PublicationDate.window(date(2025, 8, 21), null,
        List.of())));
    assertThat(contradictions(presidentElect(), doc)).isEmpty();
  }

  @Test
  void doesNotFlagAnUndatedArticleWithoutEvidenceOfItsDate() {
    assertThat(contradictions(presidentElect(), formerIn("nodate", null))).isEmpty();
  }

  @Test
  void flagsAnArticleThatCallsTheSamePersonPresidentAndFormerPresident() {
    AnnotatedArticle doc = Docs.article("both", "The talks come before President Trump's deadline. "
        + "Moscow wants a dialogue with the former U.S. President.", null);
    doc = withRole(doc, "President", "President", TRUMP);
    doc = withRole(doc, "former U.S. President", "former U.S. President", TRUMP);

    List<Contradiction> found = contradictions(doc);

    assertThat(found).extracting(Contradiction::kind).containsExactly("role-anachronism");
    assertThat(values(found.get(0))).containsExactly("President, in the same article",
        "former U.S. President, stated at an unknown date");
  }
}
