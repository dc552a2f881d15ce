package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Granularity;
import org.storyline.model.Provenance;
import org.storyline.model.Quantity;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.model.Token;
import org.storyline.pipeline.Layer;
import org.storyline.testkit.Docs;

/** Behaviour of the events.coder stage on hand-built articles in the shape of our seed news. */
class EventCoderTest {
  private static final EventCoder CODER = new EventCoder();
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 22);

  private static AnnotatedArticle doc(String text) {
    return Docs.article("a1", text, PUBLISHED);
  }

  private static AnnotatedArticle person(AnnotatedArticle doc, String text, String id) {
    return Docs.withMention(doc, text, EntityType.PERSON, id);
  }

  private static AnnotatedArticle place(AnnotatedArticle doc, String text, String id) {
    return Docs.withMention(doc, text, EntityType.LOCATION, id);
  }

  private static AnnotatedArticle time(AnnotatedArticle doc, String text, TimexType type, TimeValue value) {
    Span span = Docs.spanOf(doc, text);
    List<TimeExpression> times = new ArrayList<>(doc.times());
    times.add(new TimeExpression(span, text, type, value, new Provenance(doc.id(), span, Docs.TEST_STAGE, 1.0)));
    return doc.withTimes(times);
  }

  private static List<EventMention> code(AnnotatedArticle doc) {
    return CODER.apply(doc).events();
  }

  private static EventMention only(List<EventMention> events, String frame) {
    List<EventMention> of = events.stream().filter(e -> e.frame().equals(frame)).toList();
    assertThat(of).as("events of frame " + frame + " in " + Expectations.describe(events)).hasSize(1);
    return of.get(0);
  }

  private static List<String> texts(List<ActorRef> refs) {
    return refs.stream().map(ActorRef::text).toList();
  }

  @Test
  void declaresItsLayers() {
    assertThat(CODER.info().name()).isEqualTo("events.coder");
    assertThat(CODER.info().version()).isEqualTo("v1");
    assertThat(CODER.info().requires()).containsExactlyInAnyOrder(
        Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.ENTITY_LINKS, Layer.RESOLVED_TIMES);
    assertThat(CODER.info().provides()).containsExactly(Layer.EVENTS);
  }

  @Test
  void aPronounOpeningAReportedClauseIsTheNamedReporter() {
    AnnotatedArticle d = doc("Trump stated that he is engaged in discussions with Putin via phone.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    EventMention e = only(code(d), "CALL");
    assertThat(e.sources()).extracting(ActorRef::entity).containsExactly(EntityId.of("person:donald-trump"));
  }

  @Test
  void aPronounReachesNoFurtherThanItsOwnPhrase() {
    AnnotatedArticle d = doc("Trump stated that he is engaged in discussions with Putin, with an expectation to meet soon.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    assertThat(code(d)).filteredOn(e -> e.frame().equals("MEET"))
        .allSatisfy(e -> assertThat(e.sources()).extracting(ActorRef::text).doesNotContain("Trump"));
  }

  @Test
  void aPronounAfterAnAddresseeIsNotGuessed() {
    AnnotatedArticle d = doc("Zelensky told Macron that he is engaged in discussions with Putin.");
    d = person(d, "Zelensky", "person:volodymyr-zelensky");
    d = person(d, "Macron", "person:emmanuel-macron");
    d = person(d, "Putin", "person:vladimir-putin");
    assertThat(code(d)).allSatisfy(e -> assertThat(e.sources()).extracting(ActorRef::text)
        .doesNotContain("Zelensky", "Macron"));
  }

  @Test
  void meetingBeingArrangedIsPlannedWithLinkedActorsAndCodes() {
    AnnotatedArticle d = doc("Donald Trump confirmed that a meeting is being arranged between him and Russian President"
        + " Vladimir Putin.");
    d = person(d, "Donald Trump", "person:donald-trump");
    d = Docs.withMention(d, "Russian", EntityType.NATIONALITY, "loc:russia");
    d = person(d, "Vladimir Putin", "person:vladimir-putin");
    EventMention e = only(code(d), "MEET");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.cameo()).isEqualTo("036");
    assertThat(e.plover()).isEqualTo("AGREE");
    assertThat(e.sources()).extracting(ActorRef::entity).containsExactly(EntityId.of("person:donald-trump"));
    assertThat(e.targets()).extracting(ActorRef::entity).containsExactly(EntityId.of("person:vladimir-putin"));
    assertThat(e.targets().get(0).actorCode()).isEqualTo("RUSGOV");
    assertThat(e.trigger().coveredText(d.text())).isEqualTo("meeting");
  }

  @Test
  void phoneConversationIsAnOccurredCallWithItsDuration() {
    AnnotatedArticle d = doc("Trump engaged in a 40-minute phone conversation with Putin.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    EventMention e = only(code(d), "CALL");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(e.cameo()).isEqualTo("041");
    assertThat(e.mode()).isEqualTo("phone");
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Putin");
    assertThat(e.quantities()).extracting(Quantity::value, Quantity::unit).containsExactly(
        org.assertj.core.groups.Tuple.tuple(40.0, "minute"));
  }

  @Test
  void recentTelephoneConversationInAFrontedPhraseTakesTheMainSubject() {
    AnnotatedArticle d = doc("Following a recent telephone conversation with Putin, Trump reached out to Zelenskyy.");
    d = person(d, "Putin", "person:vladimir-putin");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Zelenskyy", "person:volodymyr-zelensky");
    List<EventMention> events = code(d);
    EventMention call = events.stream().filter(e -> e.cameo().equals("041")).findFirst().orElseThrow();
    assertThat(call.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(texts(call.sources())).containsExactly("Trump");
    assertThat(texts(call.targets())).containsExactly("Putin");
  }

  @Test
  void countedStrikesAreAnOccurredAttack() {
    AnnotatedArticle d = doc("A staggering 723 strikes hit Ukrainian settlements in a single day this week.");
    d = Docs.withMention(d, "Ukrainian", EntityType.NATIONALITY, "loc:ukraine");
    d = Docs.withMention(d, "723", EntityType.NUMBER, null);
    EventMention e = only(code(d), "ATTACK");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(e.plover()).isEqualTo("ASSAULT");
    assertThat(e.quantities()).extracting(Quantity::value).containsExactly(723.0);
    assertThat(e.quantities().get(0).unit()).isEqualTo("strikes");
    assertThat(texts(e.targets())).containsExactly("Ukrainian");
  }

  @Test
  void productiveMeetingWithPutinOccurred() {
    AnnotatedArticle d = doc("Steve Witkoff, Trump’s Special Envoy, reportedly floated the idea of a trilateral discussion"
        + " after a “highly productive” meeting with Putin.");
    d = person(d, "Steve Witkoff", "person:steve-witkoff");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    List<EventMention> events = code(d);
    EventMention met = events.stream().filter(e -> e.status() == EventStatus.OCCURRED).findFirst().orElseThrow();
    assertThat(met.frame()).isEqualTo("MEET");
    assertThat(texts(met.targets())).containsExactly("Putin");
    EventMention floated = events.stream().filter(e -> e.status() == EventStatus.PROPOSED).findFirst().orElseThrow();
    assertThat(texts(floated.sources())).containsExactly("Steve Witkoff");
  }

  @Test
  void notYetFormallyRequestedMeetingIsDeniedByTheSpokesperson() {
    AnnotatedArticle d = doc("Kremlin spokesperson Dmitry Peskov clarified that the US had not yet formally requested such"
        + " a meeting.");
    d = person(d, "Dmitry Peskov", "person:dmitry-peskov");
    d = place(d, "US", "gov:usa");
    EventMention e = only(code(d), "MEET");
    assertThat(e.status()).isEqualTo(EventStatus.DENIED);
    assertThat(e.plover()).isEqualTo("REQUEST");
    // the one who denies is the reporter; what is denied is the US request
    assertThat(texts(e.sources())).containsExactly("Dmitry Peskov");
    assertThat(texts(e.targets())).containsExactly("US");
  }

  @Test
  void aPlainNegationKeepsItsOwnActors() {
    AnnotatedArticle d = doc("Trump has not imposed sanctions on Russia.");
    d = person(d, "Trump", "person:donald-trump");
    d = place(d, "Russia", "loc:russia");
    EventMention e = only(code(d), "SANCTION");
    assertThat(e.status()).isEqualTo(EventStatus.DENIED);
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Russia");
  }

  @Test
  void aTimeAfterABoundWordDoesNotDateThePlan() {
    AnnotatedArticle d = doc("Trump has made clear his goal of negotiating an end to the war soon after assuming office"
        + " on January 20, 2025.");
    d = person(d, "Trump", "person:donald-trump");
    d = time(d, "January 20, 2025", TimexType.DATE, new TimeValue.Resolved(java.time.LocalDate.of(2025, 1, 20),
        java.time.LocalDate.of(2025, 1, 21), Granularity.DAY, "2025-01-20"));
    EventMention e = only(code(d), "TALKS");
    assertThat(e.when()).isNull();
  }

  @Test
  void aVagueCurrentTimeDoesNotDateTheEvent() {
    AnnotatedArticle d = doc("The current administration has provided significant assistance to Ukraine.");
    d = place(d, "Ukraine", "loc:ukraine");
    d = time(d, "current", TimexType.DATE, new TimeValue.Resolved(java.time.LocalDate.of(2025, 1, 19),
        java.time.LocalDate.of(2025, 1, 20), Granularity.DAY, "PRESENT_REF"));
    EventMention e = only(code(d), "AID");
    assertThat(e.when()).isNull();
  }

  @Test
  void aDateRightAfterTheTriggerStillDatesIt() {
    AnnotatedArticle d = doc("Trump met Zelenskyy on August 18, 2025.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Zelenskyy", "person:volodymyr-zelensky");
    TimeValue day = new TimeValue.Resolved(java.time.LocalDate.of(2025, 8, 18), java.time.LocalDate.of(2025, 8, 19),
        Granularity.DAY, "2025-08-18");
    d = time(d, "August 18, 2025", TimexType.DATE, day);
    assertThat(only(code(d), "MEET").when()).isEqualTo(day);
  }

  @Test
  void troopsOwnedByACountryAreDeployedToTheDestination() {
    AnnotatedArticle d = doc("Trump has ruled out deploying US troops to Ukraine.");
    d = person(d, "Trump", "person:donald-trump");
    d = place(d, "US", "loc:usa");
    d = place(d, "Ukraine", "loc:ukraine");
    EventMention e = only(code(d), "DEPLOY");
    assertThat(e.status()).isEqualTo(EventStatus.REFUSED);
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Ukraine");
  }

  @Test
  void aMeetingInATemporalPhraseIncludesTheClauseSubject() {
    AnnotatedArticle d = doc("Steve Witkoff, Trump’s Special Envoy, reportedly floated the idea of a trilateral discussion"
        + " after a “highly productive” meeting with Putin, but Moscow appears focused on a direct dialogue.");
    d = person(d, "Steve Witkoff", "person:steve-witkoff");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    d = place(d, "Moscow", "gov:russia");
    EventMention met = code(d).stream().filter(e -> e.frame().equals("MEET") && e.status() == EventStatus.OCCURRED)
        .findFirst().orElseThrow();
    assertThat(texts(met.sources())).containsExactly("Steve Witkoff");
    assertThat(texts(met.targets())).containsExactly("Putin");
  }

  @Test
  void anOfferAfterButSharesTheSubjectOfTheFirstClause() {
    AnnotatedArticle d = doc("Ukrainian President Volodymyr Zelensky has expressed personal commitment to the cause but"
        + " finds himself in a precarious position, offering to meet face-to-face with Putin to facilitate dialogue.");
    d = person(d, "Volodymyr Zelensky", "person:volodymyr-zelensky");
    d = person(d, "Putin", "person:vladimir-putin");
    EventMention e = code(d).stream().filter(m -> m.frame().equals("MEET")).findFirst().orElseThrow();
    assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
    assertThat(texts(e.sources())).containsExactly("Volodymyr Zelensky");
    assertThat(texts(e.targets())).containsExactly("Putin");
  }

  @Test
  void aTitledPersonAfterWithIsTheRecipient() {
    AnnotatedArticle d = doc("Trump has announced his intentions to engage in peace negotiations with Russian President"
        + " Vladimir Putin.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Vladimir Putin", "person:vladimir-putin");
    d = place(d, "Russian", "loc:russia");
    EventMention e = only(code(d), "TALKS");
    assertThat(texts(e.targets())).containsExactly("Vladimir Putin");
  }

  @Test
  void theWarsPlaceIsNotTheTalksPlace() {
    AnnotatedArticle d = doc("Trump announced peace negotiations with Putin regarding the ongoing conflict in Ukraine.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    d = place(d, "Ukraine", "loc:ukraine");
    assertThat(only(code(d), "TALKS").location()).isNull();
  }

  @Test
  void bothConjoinedAddresseesAreTargets() {
    AnnotatedArticle d = doc("Trump intends to allow Russia and Ukraine to initiate direct discussions.");
    d = person(d, "Trump", "person:donald-trump");
    d = place(d, "Russia", "loc:russia");
    d = place(d, "Ukraine", "loc:ukraine");
    EventMention e = only(code(d), "TALKS");
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Russia", "Ukraine");
  }

  @Test
  void aRequestUnderMayIsOnlyAPossibility() {
    AnnotatedArticle d = doc("While Trump may push for peace talks, a settlement will be difficult.");
    d = person(d, "Trump", "person:donald-trump");
    EventMention e = only(code(d), "TALKS");
    assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void nominationOfAnEnvoyIsAnOccurredAppointment() {
    AnnotatedArticle d = doc("Trump has nominated Keith Kellogg, a former national security adviser, to serve as the special"
        + " envoy to Ukraine and Russia.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Keith Kellogg", "person:keith-kellogg");
    d = place(d, "Ukraine", "loc:ukraine");
    d = place(d, "Russia", "loc:russia");
    EventMention e = only(code(d), "APPOINT");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(e.cameo()).isEqualTo("050");
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Keith Kellogg");
  }

  @Test
  void urgingARequestForCeasefireIsOneRequestedCeasefire() {
    AnnotatedArticle d = doc("Keith Kellogg, his special envoy to Ukraine, has urged Russia to respect the request for a"
        + " ceasefire.");
    d = person(d, "Keith Kellogg", "person:keith-kellogg");
    d = place(d, "Ukraine", "loc:ukraine");
    d = place(d, "Russia", "loc:russia");
    List<EventMention> events = code(d);
    assertThat(events).hasSize(1);
    EventMention e = events.get(0);
    assertThat(e.frame()).isEqualTo("CEASEFIRE");
    assertThat(e.status()).isEqualTo(EventStatus.REQUESTED);
    assertThat(texts(e.sources())).containsExactly("Keith Kellogg");
    assertThat(texts(e.targets())).containsExactly("Russia");
  }

  @Test
  void askingForAThirtyDayCeasefireIsRequestedWithItsLength() {
    EventMention e = only(code(doc("They are asking for a 30-day unconditional ceasefire.")), "CEASEFIRE");
    assertThat(e.status()).isEqualTo(EventStatus.REQUESTED);
    assertThat(e.quantities()).extracting(Quantity::value, Quantity::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(30.0, "day"));
  }

  @Test
  void proposalForTalksGetsItsPlaceAndRelativeTime() {
    AnnotatedArticle d = doc("His proposal for direct talks in Istanbul to begin three days hence.");
    d = place(d, "Istanbul", "loc:istanbul");
    TimeValue inThreeDays = new TimeValue.Relative("offset:+P3D", Granularity.DAY, "FUTURE_REF");
    d = time(d, "three days hence", TimexType.DATE, inThreeDays);
    EventMention e = only(code(d), "TALKS");
    assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
    assertThat(e.location().text()).isEqualTo("Istanbul");
    assertThat(e.location().entity()).isEqualTo(EntityId.of("loc:istanbul"));
    assertThat(e.when()).isEqualTo(inThreeDays);
    assertThat(e.whenSpan().coveredText(d.text())).isEqualTo("three days hence");
  }

  @Test
  void scheduledMeetingIsPlannedInIstanbulInDecember() {
    AnnotatedArticle d = doc("As things develop, attention will turn to a meeting scheduled for this December in Istanbul.");
    d = place(d, "Istanbul", "loc:istanbul");
    TimeValue december = new TimeValue.Relative("this:MONTH:12", Granularity.MONTH, "XXXX-12");
    d = time(d, "this December", TimexType.DATE, december);
    EventMention e = only(code(d), "MEET");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.location().text()).isEqualTo("Istanbul");
    assertThat(e.when().timex()).isEqualTo("XXXX-12");
  }

  @Test
  void plansUnderwayForMeetingInSaudiArabiaArePlanned() {
    AnnotatedArticle d = doc("Plans are underway for a face-to-face meeting between Trump and Putin, likely to occur in"
        + " Saudi Arabia soon.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    d = place(d, "Saudi Arabia", "loc:saudi-arabia");
    List<EventMention> events = code(d);
    assertThat(events).hasSize(1);
    EventMention e = events.get(0);
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Putin");
    assertThat(e.location().text()).isEqualTo("Saudi Arabia");
  }

  @Test
  void meetingSuggestedAndAgreedInPrincipleGivesBothStatuses() {
    AnnotatedArticle d = doc("According to Yuri Ushakov, a top Kremlin aide, the meeting was suggested by the American side"
        + " and an “agreement in principle” has been reached.");
    d = person(d, "Yuri Ushakov", "person:yuri-ushakov");
    d = Docs.withMention(d, "Kremlin", EntityType.ORGANIZATION, "gov:russia");
    d = Docs.withMention(d, "American", EntityType.NATIONALITY, "loc:usa");
    List<EventMention> events = code(d);
    assertThat(events).extracting(EventMention::status).containsExactly(EventStatus.PROPOSED, EventStatus.AGREED);
    assertThat(events).allSatisfy(e -> assertThat(e.frame()).isEqualTo("MEET"));
    // passive voice: the agent of "was suggested by" proposes
    assertThat(texts(events.get(0).sources())).containsExactly("American");
  }

  @Test
  void potentialMeetingAsEarlyAsNextWeekIsPlanned() {
    AnnotatedArticle d = doc("The prospect of a Trump-Putin meeting, potentially as early as next week, is real.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    EventMention e = only(code(d), "MEET");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(texts(e.targets())).containsExactly("Putin");
  }

  @Test
  void invitationToVisitMoscowIsProposed() {
    AnnotatedArticle d = doc("Putin, through his spokesperson, extended an invitation for Trump to visit Moscow.");
    d = person(d, "Putin", "person:vladimir-putin");
    d = person(d, "Trump", "person:donald-trump");
    d = place(d, "Moscow", "loc:moscow");
    EventMention e = only(code(d), "VISIT");
    assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
    assertThat(e.plover()).isEqualTo("AGREE");
    assertThat(texts(e.sources())).containsExactly("Putin");
    assertThat(texts(e.targets())).containsExactly("Trump");
    assertThat(e.location().text()).isEqualTo("Moscow");
  }

  @Test
  void rulingOutDeployingTroopsIsARefusedDeployment() {
    AnnotatedArticle d = doc("Trump has ruled out deploying American troops as part of a military presence in Ukraine.");
    d = person(d, "Trump", "person:donald-trump");
    d = Docs.withMention(d, "American", EntityType.NATIONALITY, "loc:usa");
    d = place(d, "Ukraine", "loc:ukraine");
    EventMention e = only(code(d), "DEPLOY");
    assertThat(e.status()).isEqualTo(EventStatus.REFUSED);
    assertThat(e.plover()).isEqualTo("REJECT");
    assertThat(texts(e.sources())).containsExactly("Trump");
    assertThat(e.location().text()).isEqualTo("Ukraine");
  }

  @Test
  void agreeingToAppointNegotiatorsIsAgreed() {
    AnnotatedArticle d = doc("Putin agrees to appoint senior negotiators for direct talks with Ukraine.");
    d = person(d, "Putin", "person:vladimir-putin");
    d = place(d, "Ukraine", "loc:ukraine");
    List<EventMention> events = code(d);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).frame()).isEqualTo("NEGOTIATORS");
    assertThat(events.get(0).status()).isEqualTo(EventStatus.AGREED);
    assertThat(texts(events.get(0).targets())).containsExactly("Ukraine");
  }

  @Test
  void datedTableRowsAreOccurredEventsWithTheirDates() {
    String text = "Key Developments\n| Date | Event |\n|---|---|\n"
        + "| August 18, 2025 | Trump meets with Zelenskyy and European leaders at the White House. |\n"
        + "| August 19, 2025 | trump rules out deploying US troops to Ukraine. |\n"
        + "| August 20, 2025 | Trump speaks with Putin for approximately 40 minutes. |\n"
        + "| August 21, 2025 | Putin agrees to appoint senior negotiators for direct talks with Ukraine. |\n";
    AnnotatedArticle d = Docs.article("a1", text, PUBLISHED);
    List<EventMention> events = code(d);
    assertThat(events).extracting(e -> e.when().timex())
        .containsExactly("2025-08-18", "2025-08-19", "2025-08-20", "2025-08-21");
    assertThat(events).extracting(EventMention::frame).containsExactly("MEET", "DEPLOY", "CALL", "NEGOTIATORS");
    assertThat(events).extracting(EventMention::status).containsExactly(
        EventStatus.OCCURRED, EventStatus.REFUSED, EventStatus.OCCURRED, EventStatus.AGREED);
    assertThat(events.get(0).location().text()).isEqualTo("White House");
    assertThat(events.get(0).whenSpan().coveredText(text)).isEqualTo("August 18, 2025");
    assertThat(events.get(2).quantities()).extracting(Quantity::text).containsExactly("approximately 40 minutes");
  }

  @Test
  void gluedTableRowsInOneSentenceAreEachCodedAndTaggedDatesWin() {
    String text = "| August 18, 2025 | Trump meets with Zelenskyy at the White House. |\n"
        + "| August 20, 2025 | Trump speaks with Putin. |";
    AnnotatedArticle d = Docs.article("a1", text, PUBLISHED);
    d = d.withSentences(List.of(new Sentence(0, new Span(0, text.length()))))
        .withTokens(d.tokens().stream().map(t -> new Token(0, t.span(), t.text(), t.pos(), t.lemma())).toList());
    TimeValue tagged = new TimeValue.Resolved(LocalDate.of(2025, 8, 20), LocalDate.of(2025, 8, 21), Granularity.DAY,
        "2025-08-20");
    d = time(d, "August 20, 2025", TimexType.DATE, tagged);
    List<EventMention> events = code(d);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).when().timex()).isEqualTo("2025-08-18");
    assertThat(events.get(1).when()).isSameAs(tagged);
  }

  @Test
  void negatedMeetingIsDenied() {
    AnnotatedArticle d = doc("Trump did not meet Putin in Alaska.");
    d = person(d, "Trump", "person:donald-trump");
    d = person(d, "Putin", "person:vladimir-putin");
    EventMention e = only(code(d), "MEET");
    assertThat(e.status()).isEqualTo(EventStatus.DENIED);
  }

  @Test
  void notRulingOutIsHypothetical() {
    AnnotatedArticle d = doc("Macron did not rule out sending troops to Ukraine.");
    d = person(d, "Macron", "person:emmanuel-macron");
    assertThat(only(code(d), "DEPLOY").status()).isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void analysisTalkAboutAPotentialMeetingWithoutActorsIsSkipped() {
    assertThat(code(doc("The outcome of this potential meeting will have profound implications for NATO."))).isEmpty();
    assertThat(code(doc("What are your predictions for the impact of a Trump-Putin meeting?"))).isEmpty();
  }

  @Test
  void possibleSummitWithANamedLeaderIsHypothetical() {
    AnnotatedArticle d = doc("This shift comes less than a week before a possible summit with Vladimir Putin.");
    d = person(d, "Vladimir Putin", "person:vladimir-putin");
    EventMention e = only(code(d), "MEET");
    assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
    assertThat(e.targets()).extracting(ActorRef::actorCode).containsExactly("RUSGOV");
  }

  @Test
  void unlinkedActorsKeepTheirTextAndNonActorMentionsAreIgnored() {
    AnnotatedArticle d = doc("Zelenskyy outlined a plan to acquire $90 billion in American weaponry.");
    d = person(d, "Zelenskyy", null);
    d = Docs.withMention(d, "$90 billion", EntityType.MONEY, null);
    EventMention e = only(code(d), "ARMS_DEAL");
    assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
    assertThat(e.sources()).singleElement().satisfies(a -> {
      assertThat(a.entity()).isNull();
      assertThat(a.text()).isEqualTo("Zelenskyy");
      assertThat(a.actorCode()).isEqualTo("UKRGOV");
    });
    assertThat(e.targets()).isEmpty();
    assertThat(e.quantities()).extracting(Quantity::value, Quantity::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(9.0E10, "USD"));
  }

  @Test
  void actorsMayBeAbsentEntirely() {
    List<EventMention> events = code(doc("He wants to meet and we are setting it up."));
    assertThat(events).extracting(EventMention::status).containsExactly(EventStatus.PROPOSED, EventStatus.PLANNED);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.frame()).isEqualTo("MEET");
      assertThat(e.sources()).isEmpty();
      assertThat(e.targets()).isEmpty();
    });
  }

  @Test
  void usesPartOfSpeechWhenTheTaggerGaveIt() {
    String text = "The meeting ended after Trump met Putin.";
    AnnotatedArticle d = doc(text);
    String[][] tags = {
      {"The", "DT", "the"}, {"meeting", "NN", "meeting"}, {"ended", "VBD", "end"}, {"after", "IN", "after"},
      {"Trump", "NNP", "Trump"}, {"met", "VBD", "meet"}, {"Putin", "NNP", "Putin"}, {".", ".", "."}
    };
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] t : tags) {
      int s = text.indexOf(t[0], at);
      tokens.add(new Token(0, new Span(s, s + t[0].length()), t[0], t[1], t[2]));
      at = s + t[0].length();
    }
    d = person(person(d.withTokens(tokens), "Trump", "person:donald-trump"), "Putin", "person:vladimir-putin");
    // "meeting" (NN) and "met" (VBD) report one meeting: merged, with the verb's actors
    EventMention met = only(code(d), "MEET");
    assertThat(met.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(texts(met.sources())).containsExactly("Trump");
    assertThat(texts(met.targets())).containsExactly("Putin");
  }

  @Test
  void everySpanOfEveryEventLiesInsideItsSentence() {
    String text = "Plans are underway for a face-to-face meeting between Trump and Putin, likely to occur in Saudi Arabia"
        + " soon. Trump engaged in a 40-minute phone conversation with Putin. A staggering 723 strikes hit Ukrainian"
        + " settlements this week. Keith Kellogg has urged Russia to respect the request for a ceasefire. Zelenskyy"
        + " outlined a plan to acquire $90 billion in American weaponry.\n| August 18, 2025 | Trump meets with"
        + " Zelenskyy at the White House. |";
    AnnotatedArticle d = Docs.article("a1", text, PUBLISHED);
    for (String p : List.of("Trump", "Putin", "Keith Kellogg", "Zelenskyy")) {
      int from = 0;
      while ((from = text.indexOf(p, from)) >= 0) {
        d = person(d, p, null);
        from += p.length();
      }
    }
    d = place(d, "Saudi Arabia", "loc:saudi-arabia");
    d = place(d, "Russia", "loc:russia");
    d = time(d, "this week", TimexType.DATE,
        new TimeValue.Resolved(LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 25), Granularity.WEEK, "2025-W34"));
    AnnotatedArticle out = CODER.apply(d);
    assertThat(out.events()).extracting(EventMention::frame)
        .contains("MEET", "CALL", "ATTACK", "CEASEFIRE", "ARMS_DEAL");
    for (EventMention e : out.events()) {
      Span s = out.sentences().get(e.sentence()).span();
      assertThat(e.provenance().evidence()).isEqualTo(s);
      assertThat(s.contains(e.trigger())).as(e.id()).isTrue();
      e.sources().forEach(a -> assertThat(s.contains(a.span())).isTrue());
      e.targets().forEach(a -> assertThat(s.contains(a.span())).isTrue());
      e.quantities().forEach(q -> assertThat(q.span().coveredText(text)).isEqualTo(q.text()));
      e.quantities().forEach(q -> assertThat(s.contains(q.span())).isTrue());
      if (e.location() != null) {
        assertThat(s.contains(e.location().span())).isTrue();
        assertThat(e.location().span().coveredText(text)).isEqualTo(e.location().text());
      }
      if (e.whenSpan() != null) {
        assertThat(s.contains(e.whenSpan())).isTrue();
      }
      assertThat(e.provenance().producedBy()).isEqualTo(EventCoder.INFO.ref());
      assertThat(e.provenance().confidence()).isBetween(0.0, 1.0);
    }
    assertThat(out.events()).extracting(EventMention::id).doesNotHaveDuplicates();
  }

  @Test
  void leavesInputUnchangedAndIsDeterministicAcrossThreads() throws Exception {
    AnnotatedArticle d = person(person(doc("Trump met Putin in Helsinki. Russia attacked Kharkiv."), "Trump",
        "person:donald-trump"), "Putin", "person:vladimir-putin");
    AnnotatedArticle before = d;
    List<EventMention> first = CODER.apply(d).events();
    assertThat(d).isEqualTo(before);
    assertThat(d.events()).isEmpty();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<EventMention>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> CODER.apply(d).events()));
      }
      for (Future<List<EventMention>> f : runs) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void sentenceOutsideTheTextBecomesADiagnostic() {
    AnnotatedArticle d = doc("Trump met Putin.");
    d = d.withSentences(List.of(d.sentences().get(0), new Sentence(1, new Span(5, 500))));
    AnnotatedArticle out = CODER.apply(d);
    assertThat(out.diagnostics()).anySatisfy(x -> assertThat(x.code()).isEqualTo("E301"));
    assertThat(out.events()).hasSize(1);
  }

  @Test
  void codesTheSameUnderATurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      List<EventMention> events = CODER.codeSentence("IRAN INSISTED ON TALKS WITH Washington in Istanbul.");
      assertThat(events).extracting(EventMention::frame).containsExactly("TALKS");
      assertThat(events.get(0).status()).isEqualTo(EventStatus.REQUESTED);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
