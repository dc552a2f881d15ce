package org.storyline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.model.EntityType.LOCATION;
import static org.storyline.model.EntityType.MISC;
import static org.storyline.model.EntityType.ORGANIZATION;
import static org.storyline.model.EntityType.PERSON;
import static org.storyline.nlp.entities.LinkerFixtures.LINKER;
import static org.storyline.nlp.entities.LinkerFixtures.checked;
import static org.storyline.nlp.entities.LinkerFixtures.doc;
import static org.storyline.nlp.entities.LinkerFixtures.entityOf;
import static org.storyline.nlp.entities.LinkerFixtures.link;
import static org.storyline.nlp.entities.LinkerFixtures.mentionsWithText;
import static org.storyline.nlp.entities.LinkerFixtures.mentionsWithText;
import static org.storyline.nlp.entities.LinkerFixtures.only;
import static org.storyline.nlp.entities.LinkerFixtures.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.RoleMention;
import org.storyline.model.Span;
import org.storyline.pipeline.Layer;
import org.storyline.testkit.Docs;

class EntityLinkerTest {
  @Test
  void declaresItsContract() {
    assertThat(LINKER.info().name()).isEqualTo("entities.linker");
    assertThat(LINKER.info().version()).isEqualTo("v1");
    assertThat(LINKER.info().requires()).containsExactlyInAnyOrder(Layer.MENTIONS, Layer.SENTENCES, Layer.TOKENS);
    assertThat(LINKER.info().provides()).containsExactlyInAnyOrder(Layer.MENTIONS, Layer.ENTITY_LINKS, Layer.ROLES);
  }

  @Test
  void fixesTypeOfZelenskyyTaggedAsLocation() {
    AnnotatedArticle out = link("Trump met Zelenskyy and European leaders.", "Trump", PERSON, "Zelenskyy", LOCATION);
    Mention z = only(out, "Zelenskyy");
    assertThat(z.type()).isEqualTo(PERSON);
    assertThat(z.entity().value()).isEqualTo("person:volodymyr-zelensky");
  }

  @Test
  void spellingVariantsShareOneId() {
    AnnotatedArticle out = link("Volodymyr Zelenskiy spoke. Later Zelenskyy and Zelensky met him.", "Volodymyr Zelenskiy", PERSON);
    assertThat(entityOf(out, "Volodymyr Zelenskiy")).isEqualTo("person:volodymyr-zelensky");
    assertThat(entityOf(out, "Zelenskyy")).isEqualTo("person:volodymyr-zelensky");
    assertThat(entityOf(out, "Zelensky")).isEqualTo("person:volodymyr-zelensky");
  }

  @Test
  void splitsTrumpPutinCompoundIntoTwoPeople() {
    AnnotatedArticle out = link("The prospect of a Trump-Putin meeting grows.", "Trump-Putin", ORGANIZATION);
    assertThat(mentionsWithText(out, "Trump-Putin")).isEmpty();
    assertThat(only(out, "Trump").type()).isEqualTo(PERSON);
    assertThat(entityOf(out, "Trump")).isEqualTo("person:donald-trump");
    assertThat(only(out, "Putin").type()).isEqualTo(PERSON);
    assertThat(entityOf(out, "Putin")).isEqualTo("person:vladimir-putin");
  }

  @Test
  void splitsCountryCompoundAndDropsTheEventWord() {
    AnnotatedArticle out = link("Trump-Putin Meeting: A Potential Reset\nIt was agreed. The Russia-Ukraine war goes on.",
        "Trump-Putin Meeting", ORGANIZATION, "Russia-Ukraine", MISC);
    assertThat(mentionsWithText(out, "Trump-Putin Meeting")).isEmpty();
    assertThat(entityOf(out, "Putin")).isEqualTo("person:vladimir-putin");
    assertThat(entityOf(out, "Russia")).isEqualTo("loc:russia");
    assertThat(entityOf(out, "Ukraine")).isEqualTo("loc:ukraine");
  }

  @Test
  void keepsHyphenatedNamesThatAreNotCompounds() {
    AnnotatedArticle out = link("Speaking at his Mar-a-Lago resort, he smiled.", "Mar-a-Lago", ORGANIZATION);
    assertThat(entityOf(out, "Mar-a-Lago")).isEqualTo("org:mar-a-lago");
  }

  @Test
  void dropsHeadlineFragmentAndKeepsThePersonInIt() {
    AnnotatedArticle out = link(
        "Trump Shifts Dynamics in Ukraine Conflict Ahead of Key Meeting with Putin\n\nFormer President Donald Trump played a role.",
        "Trump Shifts Dynamics", ORGANIZATION, "Donald Trump", PERSON);
    assertThat(mentionsWithText(out, "Trump Shifts Dynamics")).isEmpty();
    assertThat(out.mentions().get(0).text()).isEqualTo("Trump");
    assertThat(out.mentions().get(0).entity().value()).isEqualTo("person:donald-trump");
    assertThat(out.diagnostics()).extracting(Diagnostic::code).contains(EntityLinker.JUNK_DROPPED);
  }

  @Test
  void dropsMultiWordNameContainingAFiniteVerbByPartOfSpeech() {
    AnnotatedArticle doc = doc("a1", "He said Acme Rises Fast was sold.", null, "Acme Rises Fast", ORGANIZATION);
    List<org.storyline.model.Token> tokens = doc.tokens().stream()
        .map(t -> new org.storyline.model.Token(t.sentence(), t.span(), t.text(), t.text().equals("Rises") ? "VBZ" : "NNP", t.lemma()))
        .collect(Collectors.toList());
    AnnotatedArticle out = checked(LINKER.apply(doc.withTokens(tokens)));
    assertThat(mentionsWithText(out, "Acme Rises Fast")).isEmpty();
  }

  @Test
  void dropsBylineFurnitureButKeepsNamesUsedInTheBody() {
    AnnotatedArticle out = link("Liam Avatar\n\nBy\n\nJane Doe said Trump met Putin.\n\nLiam Avatar\nJane Doe",
        "Liam Avatar", PERSON, "Jane Doe", PERSON, "Liam Avatar", PERSON, "Jane Doe", PERSON);
    assertThat(mentionsWithText(out, "Liam Avatar")).isEmpty();
    assertThat(mentionsWithText(out, "Jane Doe")).hasSize(2);
    assertThat(entityOf(out, "Jane Doe")).isEqualTo("person:jane-doe");
  }

  @Test
  void dropsEveryMentionOfAnAuthorBiography() {
    String text = "Trump met Putin in Alaska.\n\nMukesh Singh Profile He is an IITian and expert. He worked in Raymond Ltd "
        + "and joined Innodata Software Ltd in 2001 as a QA Engineer. He worked with TCS, ONGC and BPCL.";
    AnnotatedArticle out = link(text, "Trump", PERSON, "Putin", PERSON, "Mukesh Singh", PERSON, "Raymond Ltd", ORGANIZATION,
        "Innodata Software Ltd", ORGANIZATION, "2001", EntityType.NUMBER, "TCS", ORGANIZATION, "ONGC", ORGANIZATION);
    assertThat(out.mentions()).extracting(Mention::text).containsExactly("Trump", "Putin");
    assertThat(out.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("biography 6"));
  }

  @Test
  void coreferencesSurnameWithFullNameEarlierAndLater() {
    AnnotatedArticle out = link("Kellogg spoke first. Then Anna Kovalenko and Keith Kellogg met. Kovalenko agreed.",
        "Kellogg", PERSON, "Anna Kovalenko", PERSON, "Keith Kellogg", PERSON, "Kovalenko", PERSON);
    assertThat(mentionsWithText(out, "Kellogg")).extracting(m -> m.entity().value()).containsOnly("person:keith-kellogg");
    assertThat(mentionsWithText(out, "Kovalenko")).extracting(m -> m.entity().value()).containsOnly("person:anna-kovalenko");
  }

  @Test
  void twoPeopleSharingASurnameAreNotMerged() {
    AnnotatedArticle out = link("Donald Trump and Melania Trump arrived. Trump spoke. Melania smiled.",
        "Donald Trump", PERSON, "Melania Trump", PERSON, "Trump", PERSON, "Melania", PERSON);
    assertThat(entityOf(out, "Donald Trump")).isEqualTo("person:donald-trump");
    assertThat(entityOf(out, "Melania Trump")).isEqualTo("person:melania-trump");
    assertThat(entityOf(out, "Trump")).isEqualTo("person:donald-trump");
    assertThat(entityOf(out, "Melania")).isEqualTo("person:melania-trump");
  }

  @Test
  void bareSurnameGoesToTheMoreFrequentFullNameAmongUnknownPeople() {
    AnnotatedArticle out = link("John Smith met Mary Smith. Mary Smith left. Smith stayed.",
        "John Smith", PERSON, "Mary Smith", PERSON, "Mary Smith", PERSON, "Smith", PERSON);
    assertThat(entityOf(out, "John Smith")).isEqualTo("person:john-smith");
    assertThat(mentionsWithText(out, "Smith").get(0).entity().value()).isEqualTo("person:mary-smith");
  }

  @Test
  void bareSurnameTieGoesToTheMostRecentFullName() {
    AnnotatedArticle out = link("John Smith met Mary Smith. Smith stayed.", "John Smith", PERSON, "Mary Smith", PERSON, "Smith", PERSON);
    assertThat(mentionsWithText(out, "Smith").get(0).entity().value()).isEqualTo("person:mary-smith");
  }

  @Test
  void unknownPeopleGetIdsFromTheirNormalisedNames() {
    AnnotatedArticle first = LINKER.apply(doc("a1", "He spoke to talk show host Mark levin.", null, "Mark levin", PERSON));
    AnnotatedArticle second = LINKER.apply(doc("a2", "Mark Levin asked questions.", null, "Mark Levin", PERSON));
    assertThat(entityOf(first, "Mark levin")).isEqualTo("person:mark-levin");
    assertThat(entityOf(second, "Mark Levin")).isEqualTo("person:mark-levin");
  }

  @Test
  void idsDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      AnnotatedArticle out = link("Ilir Ibrahimi and Mark levin spoke.", "Ilir Ibrahimi", PERSON, "Mark levin", PERSON);
      assertThat(entityOf(out, "Ilir Ibrahimi")).isEqualTo("person:ilir-ibrahimi");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void findsLowercaseMultiWordAliasesNerMissed() {
    AnnotatedArticle out = link("Russian foreign Minister Sergei lavrov has proposed that.");
    assertThat(entityOf(out, "Sergei lavrov")).isEqualTo("person:sergei-lavrov");
    assertThat(only(out, "Sergei lavrov").type()).isEqualTo(PERSON);
  }

  @Test
  void doesNotTakeASurnameAliasOutOfAnUnknownFullName() {
    AnnotatedArticle out = link("Yesterday Eric Trump visited the Washington Post offices.");
    assertThat(mentionsWithText(out, "Trump")).isEmpty();
    assertThat(mentionsWithText(out, "Washington")).isEmpty();
  }

  @Test
  void shortAliasesNeedExactCase() {
    AnnotatedArticle out = link("Let us talk about the US and the EU.");
    assertThat(mentionsWithText(out, "us")).isEmpty();
    assertThat(entityOf(out, "US")).isEqualTo("loc:usa");
    assertThat(entityOf(out, "EU")).isEqualTo("org:european-union");
  }

  @Test
  void kremlinIsTheRussianGovernment() {
    AnnotatedArticle out = link("It would hurt his relationship with the Kremlin.", "Kremlin", LOCATION);
    Mention kremlin = only(out, "Kremlin");
    assertThat(kremlin.entity().value()).isEqualTo("gov:russia");
    assertThat(kremlin.type()).isEqualTo(ORGANIZATION);
  }

  @Test
  void capitalsAsActorsBecomeGovernmentsButStayPlacesAfterLocativePrepositions() {
    AnnotatedArticle out = link("A deal between Washington and Moscow could follow. Trump was invited to visit Moscow. "
        + "That may differ from Kyiv's vision.");
    List<Mention> moscow = mentionsWithText(out, "Moscow");
    assertThat(moscow).extracting(m -> m.entity().value()).containsExactly("gov:russia", "loc:moscow");
    assertThat(entityOf(out, "Washington")).isEqualTo("gov:usa");
    assertThat(entityOf(out, "Kyiv")).isEqualTo("gov:ukraine");
  }

  @Test
  void datelineCityStaysAPlace() {
    AnnotatedArticle out = link("Washington, D.C. – In a strategic shift, Trump spoke.\nMoscow, May 3 – Peskov said no.");
    assertThat(entityOf(out, "Washington, D.C.")).isEqualTo("loc:washington-dc");
    assertThat(entityOf(out, "Moscow")).isEqualTo("loc:moscow");
  }

  @Test
  void ukrainianPresidentIsResolvedByPublicationDate() {
    String text = "The talks involved the Ukrainian president and his team.";
    AnnotatedArticle in2025 = link(text, LocalDate.of(2025, 8, 19));
    AnnotatedArticle in2016 = link(text, LocalDate.of(2016, 3, 1));
    assertThat(entityOf(in2025, "the Ukrainian president")).isEqualTo("person:volodymyr-zelensky");
    assertThat(entityOf(in2016, "the Ukrainian president")).isEqualTo("person:petro-poroshenko");
    assertThat(only(in2025, "the Ukrainian president").type()).isEqualTo(PERSON);
  }

  @Test
  void usPresidentChangesOnInaugurationDay() {
    String text = "Officials said the US president would attend.";
    assertThat(entityOf(link(text, LocalDate.of(2025, 1, 19)), "the US president")).isEqualTo("person:joe-biden");
    assertThat(entityOf(link(text, LocalDate.of(2025, 1, 20)), "the US president")).isEqualTo("person:donald-trump");
  }

  @Test
  void undatedDescriptorResolvesOnlyToAHolderNamedInTheArticle() {
    AnnotatedArticle named = link("Joe Biden spoke. Later the US president left.", "Joe Biden", PERSON);
    AnnotatedArticle unnamed = link("Later the US president left.");
    assertThat(entityOf(named, "the US president")).isEqualTo("person:joe-biden");
    assertThat(mentionsWithText(unnamed, "the US president")).isEmpty();
    assertThat(unnamed.diagnostics()).extracting(Diagnostic::code).contains(EntityLinker.DESCRIPTOR_UNRESOLVED);
  }

  @Test
  void formerPresidentGoesToTheNearestPriorPersonWithThatRole() {
    AnnotatedArticle out = link("Former President Donald Trump played a role. He met Vladimir Putin. "
        + "The former president is taking center stage.", LocalDate.of(2025, 5, 12), "Donald Trump", PERSON, "Vladimir Putin", PERSON);
    assertThat(entityOf(out, "The former president")).isEqualTo("person:donald-trump");
  }

  @Test
  void descriptorBeforeANameIsAPremodifierNotAMention() {
    AnnotatedArticle out = link("He met the Russian President Vladimir Putin.", LocalDate.of(2025, 1, 1), "Vladimir Putin", PERSON);
    assertThat(out.mentions()).extracting(Mention::text).doesNotContain("the Russian President");
    assertThat(roles(out, "person:vladimir-putin")).containsExactly("president");
  }

  @Test
  void descriptorInsideAnAppositionIsNotASecondMention() {
    AnnotatedArticle out = link("Donald Trump, the US president-elect, confirmed it.", LocalDate.of(2024, 12, 1), "Donald Trump", PERSON);
    assertThat(out.mentions()).extracting(Mention::text).containsExactly("Donald Trump", "US");
    assertThat(roles(out, "person:donald-trump")).containsExactly("president-elect");
  }

  @Test
  void officeDescriptorStatesTheRoleOfItsHolder() {
    AnnotatedArticle out = link("The U.S. defense secretary recently spoke about borders.", LocalDate.of(2025, 2, 13));
    assertThat(entityOf(out, "The U.S. defense secretary")).isEqualTo("person:pete-hegseth");
    RoleMention role = out.roles().get(0);
    assertThat(role.role()).isEqualTo("defense secretary");
    assertThat(role.text()).isEqualTo("The U.S. defense secretary");
    assertThat(mentionsWithText(out, "U.S.")).isEmpty();
  }

  @Test
  void addsNationalityMentionsForDemonyms() {
    AnnotatedArticle out = link("Russian aggression worries Ukrainians and european leaders.", "Russian", MISC);
    assertThat(only(out, "Russian").type()).isEqualTo(EntityType.NATIONALITY);
    assertThat(entityOf(out, "Russian")).isEqualTo("loc:russia");
    assertThat(entityOf(out, "Ukrainians")).isEqualTo("loc:ukraine");
    assertThat(entityOf(out, "european")).isEqualTo("loc:europe");
  }

  @Test
  void extractsRolesWithEvidence() {
    String text = "Keith Kellogg, his special envoy to Ukraine, has urged Russia to act. "
        + "Kremlin spokesperson Dmitry Peskov clarified it. According to Yuri Ushakov, a top Kremlin aide, it was agreed.";
    AnnotatedArticle out = link(text, "Keith Kellogg", PERSON, "Dmitry Peskov", PERSON, "Yuri Ushakov", PERSON);
    assertThat(roles(out, "person:keith-kellogg")).containsExactly("special envoy to Ukraine");
    assertThat(roles(out, "person:dmitry-peskov")).containsExactly("Kremlin spokesperson");
    assertThat(roles(out, "person:yuri-ushakov")).containsExactly("top Kremlin aide");
    RoleMention kellogg = out.roles().get(0);
    assertThat(kellogg.text()).isEqualTo("Keith Kellogg, his special envoy to Ukraine");
    assertThat(kellogg.provenance().producedBy()).isEqualTo(EntityLinker.INFO.ref());
  }

  @Test
  void extractsCoordinatedAppositionRolesAndKeepsTheReadablePart() {
    AnnotatedArticle out = link("Trump has nominated Keith Kellogg, a former national security adviser and retired "
        + "lieutenant-general in the US military, to serve as the special envoy to Ukraine and Russia.", "Keith Kellogg", PERSON);
    assertThat(roles(out, "person:keith-kellogg"))
        .containsExactly("former national security adviser", "retired lieutenant-general", "special envoy to Ukraine and Russia");
  }

  @Test
  void resolvesHeAndHisToTheOnlyPersonInReach() {
    AnnotatedArticle out = link("Trump has faced no sanctions. So far he has shied away. Trump and Putin met; he smiled.",
        "Trump", PERSON, "he", PERSON, "Trump", PERSON, "Putin", PERSON, "he", PERSON);
    List<Mention> he = mentionsWithText(out, "he");
    assertThat(he).hasSize(1);
    assertThat(he.get(0).entity().value()).isEqualTo("person:donald-trump");
  }

  @Test
  void keepsInputMentionIdsAndGivesNewOnesFreshIds() {
    AnnotatedArticle out = link("Trump met Zelensky in Kyiv.", "Trump", PERSON);
    assertThat(only(out, "Trump").id()).isEqualTo(MentionId.of("a1#m0"));
    assertThat(out.mentions()).extracting(m -> m.id().value()).containsExactlyInAnyOrder("a1#m0", "a1#m1", "a1#m2");
  }

  @Test
  void badInputMentionBecomesADiagnosticNotAnException() {
    AnnotatedArticle doc = Docs.article("a1", "Trump met Putin.", null);
    Span wrong = new Span(0, 5);
    Mention bad = new Mention(MentionId.of("a1#m0"), wrong, "Putin", PERSON, null, new Provenance(doc.id(), wrong, Docs.TEST_STAGE, 1.0));
    AnnotatedArticle out = checked(LINKER.apply(doc.withMentions(List.of(bad))));
    assertThat(out.diagnostics()).extracting(Diagnostic::code).containsExactly(EntityLinker.BAD_MENTION);
    assertThat(out.mentions()).extracting(Mention::text).containsExactly("Trump", "Putin");
  }

  @Test
  void emptyArticleIsFine() {
    AnnotatedArticle out = checked(LINKER.apply(Docs.article("")));
    assertThat(out.mentions()).isEmpty();
    assertThat(out.roles()).isEmpty();
  }

  @Test
  void leavesInputUnchangedAndIsDeterministicAcrossThreads() throws Exception {
    AnnotatedArticle in = doc("a1", "Keith Kellogg, his special envoy to Ukraine, met Zelenskyy in Kyiv. The Kremlin said no.",
        LocalDate.of(2025, 5, 1), "Keith Kellogg", PERSON, "Zelenskyy", LOCATION);
    AnnotatedArticle copy = new AnnotatedArticle(in.article(), in.sentences(), in.tokens(), in.mentions(), in.times(), in.roles(),
        in.quotes(), in.events(), in.diagnostics());
    AnnotatedArticle first = LINKER.apply(in);
    assertThat(in).isEqualTo(copy);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedArticle>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> LINKER.apply(in)));
      }
      for (Future<AnnotatedArticle> f : runs) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(first.sentences()).isEqualTo(in.sentences());
    assertThat(first.tokens()).isEqualTo(in.tokens());
  }

  @Test
  void linksALowerCaseSurnameOpeningATableCellBeforeAVerb() {
    AnnotatedArticle out = link("| Date | Event |\n| August 19, 2025 | trump rules out deploying US troops to Ukraine. |");
    assertThat(entityOf(out, "trump")).isEqualTo("person:donald-trump");
  }

  @Test
  void linksALowerCaseSurnameOpeningASentenceBeforeAVerb() {
    AnnotatedArticle out = link("Talks stalled. putin said he would wait.");
    assertThat(entityOf(out, "putin")).isEqualTo("person:vladimir-putin");
  }

  @Test
  void neverLinksALowerCaseSurnameInRunningTextOrBeforeANoun() {
    AnnotatedArticle out = link("He played his trump card. trump card games are fun. The deal trumped all others.");
    assertThat(mentionsWithText(out, "trump")).isEmpty();
    assertThat(mentionsWithText(out, "trumped")).isEmpty();
  }
}
