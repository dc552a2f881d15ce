package org.storyline.quotes;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.pipeline.Layer;
import org.storyline.testkit.Docs;

class QuoteAttributorTest {
  private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor();

  private static Quote quoteWithText(AnnotatedArticle doc, String text) {
    return doc.quotes().stream().filter(q -> q.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + doc.quotes()));
  }

  private static Sieve sieve(Quote q) {
    return Sieve.of(q.provenance().producedBy());
  }

  @Test
  void declaresItsContract() {
    assertThat(ATTRIBUTOR.info().name()).isEqualTo("quotes.attributor");
    assertThat(ATTRIBUTOR.info().version()).isEqualTo("v1");
    assertThat(ATTRIBUTOR.info().requires())
        .containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.ENTITY_LINKS);
    assertThat(ATTRIBUTOR.info().provides()).containsExactly(Layer.QUOTES);
  }

  @Test
  void attributesQuoteBeforeNamedCueWithEntityAndCueSpan() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("“We will not retreat,” [Zelensky] said on Monday."));
    Quote q = quoteWithText(doc, "We will not retreat");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.speaker().text()).isEqualTo("Zelensky");
    assertThat(q.speaker().entity()).isEqualTo(EntityId.of("person:zelensky"));
    assertThat(q.speaker().actorCode()).isNull();
    assertThat(q.cue().coveredText(doc.text())).isEqualTo("said");
    assertThat(q.provenance().producedBy().toString()).isEqualTo("quotes.attributor.cue-named/v1");
    assertThat(q.provenance().confidence()).isEqualTo(0.9);
  }

  @Test
  void unclosedQuoteEndsAtItsSentenceWithLowerConfidence() {
    // seed 000: the quote never closes
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "Judging by [Trump]’s recent statements, the administration seems excited. He’s called on [Zelensky], "
            + "“Hold the meeting, today! This call is a clear expression of that urgency as the clock ticks down.\n"
            + "Next paragraph."));
    Quote q = quoteWithText(doc, "Hold the meeting, today!");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.speaker().text()).as("He’s -> Trump, not the addressee Zelensky").isEqualTo("Trump");
    assertThat(sieve(q)).isEqualTo(Sieve.CUE_PRONOUN);
    assertThat(q.provenance().confidence()).isLessThan(Sieve.CUE_PRONOUN.confidence());
    assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("W352");
  }

  @Test
  void apostrophesNeverOpenQuotes() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "[Trump]’s envoy doesn’t agree. The leaders’ summit isn't set, and Ukraine's 'peace first' era is over. "
            + "It’s the ’90s again."));
    assertThat(doc.quotes()).extracting(Quote::text).containsExactly("peace first");
  }

  @Test
  void participialCueGoesToTheClauseSubjectNotTheInterviewer() {
    // seed 002: CoreNLP gives this quote to Levin; the speaker is the subject of "He conveyed … stating"
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "While [Trump] initially considered hosting a trilateral meeting, he has indicated a preference for the "
            + "two leaders to engage directly first. He conveyed this sentiment during a recent interview with talk "
            + "show host [Mark levin] on {WABC}, stating, “I just want to see what happens at the meeting. So "
            + "they’re in the process of setting it up and we’re going to see what happens.”"));
    Quote q = quoteWithText(doc, "I just want to see what happens at the meeting. So they’re in the process of "
        + "setting it up and we’re going to see what happens.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.speaker().text()).isEqualTo("Trump");
    assertThat(q.cue().coveredText(doc.text())).isEqualTo("stating");
    assertThat(sieve(q)).isEqualTo(Sieve.CLAUSE_SUBJECT);
  }

  @Test
  void participialCueAfterNamedSubjectAndPrepositionalObject() {
    // seed 004: "Trump emphasized his intent to engage with Putin, stating, “…”"
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "Despite this, [Trump] emphasized his intent to engage with [Putin], stating, “President [Putin] wants to "
            + "meet… we have to get that war over with. That’s a bloody mess.”"));
    Quote q = doc.quotes().stream().filter(x -> x.text().startsWith("President Putin wants")).findFirst().orElseThrow();
    assertThat(q.speaker().text()).isEqualTo("Trump");
    assertThat(q.speaker().entity()).isEqualTo(EntityId.of("person:trump"));
  }

  @Test
  void pronounBeforeCueResolvesToMostRecentPersonOutsideQuotes() {
    // seed 004: "Speaking at his Mar-a-Lago resort in Florida, he mentioned, “…”"
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "[Donald Trump], the US president-elect, confirmed that a meeting is being arranged with [Vladimir Putin]. "
            + "Although no timeline was provided, [Trump] indicated that the discussions are in the works. Speaking "
            + "at his Mar-a-Lago resort in Florida, he mentioned, “He wants to meet and we are setting it up.”"));
    Quote q = quoteWithText(doc, "He wants to meet and we are setting it up.");
    assertThat(q.speaker().text()).isEqualTo("Trump");
    assertThat(sieve(q)).isEqualTo(Sieve.CUE_PRONOUN);
    Quote reported = quoteWithText(doc, "a meeting is being arranged with Vladimir Putin");
    assertThat(reported.kind()).isEqualTo(QuoteKind.REPORTED);
    assertThat(reported.speaker().text()).as("apposition skipped").isEqualTo("Donald Trump");
  }

  @Test
  void partialQuoteAfterFramingVerbGoesToSubjectNotThePrepositionalObject() {
    // seed 004
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "In a phone conversation with [Trump], [Zelensky] referred to the exchange as “constructive,” though he "
            + "did not reveal whether [Trump] made any demands."));
    Quote q = quoteWithText(doc, "constructive");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.speaker().text()).isEqualTo("Zelensky");
    assertThat(q.cue().coveredText(doc.text())).isEqualTo("referred");
    assertThat(sieve(q)).isEqualTo(Sieve.PARTIAL_FRAME);
  }

  @Test
  void accordingToGivesReportedClauseAndItsPartialQuote() {
    // seed 001
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "According to [Yuri Ushakov], a top Kremlin aide, the meeting was suggested by the American side and an "
            + "“agreement in principle” has been reached. This is a significant detail."));
    Quote reported = quoteWithText(doc,
        "the meeting was suggested by the American side and an “agreement in principle” has been reached");
    assertThat(reported.kind()).isEqualTo(QuoteKind.REPORTED);
    assertThat(reported.speaker().text()).isEqualTo("Yuri Ushakov");
    assertThat(reported.cue().coveredText(doc.text())).isEqualTo("According to");
    assertThat(sieve(reported)).isEqualTo(Sieve.ACCORDING_TO);
    Quote partial = quoteWithText(doc, "agreement in principle");
    assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(partial.speaker().text()).isEqualTo("Yuri Ushakov");
    assertThat(sieve(partial)).isEqualTo(Sieve.IN_REPORTED);
  }

  @Test
  void trailingAccordingToTakesTheClauseBefore() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "Washington – In a strategic shift, [Donald Trump] intends to allow Russia and Ukraine to start direct "
            + "talks without him, according to sources within his team."));
    Quote q = doc.quotes().stream().filter(x -> x.kind() == QuoteKind.REPORTED).findFirst().orElseThrow();
    assertThat(q.text()).endsWith("to start direct talks without him");
    assertThat(q.speaker().text()).isEqualTo("sources within his team");
    assertThat(q.speaker().entity()).isNull();
  }

  @Test
  void scareQuotesAreKeptApartFromSpeech() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "[Trump]’s skepticism and his “America First” policy often emphasized reducing US intervention. The "
            + "concept of a “settled” war, as [Trump] frames it, may look different. He wrote “TQM in Practice” "
            + "and joined the “Quality circle forum of India”."));
    for (String s : List.of("America First", "settled", "Quality circle forum of India")) {
      Quote q = quoteWithText(doc, s);
      assertThat(q.kind()).as(s).isEqualTo(QuoteKind.PARTIAL);
      assertThat(q.speaker()).as(s).isNull();
      assertThat(q.provenance().confidence()).as(s).isLessThanOrEqualTo(0.2);
      assertThat(QuoteAttributor.isSpeech(q)).as(s).isFalse();
    }
  }

  @Test
  void speechIsSeparableFromScareQuotes() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "“We are ready,” [Putin] said. The “special” operation goes on. “The war must end now, this year.”"));
    assertThat(doc.quotes().stream().filter(QuoteAttributor::isSpeech).map(Quote::text))
        .containsExactly("We are ready", "The war must end now, this year.");
  }

  @Test
  void continuationKeepsTheSpeakerUntilSomeoneElseIsNamed() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "“We will win,” [Zelensky] said. “Our people are strong and united.” [Peskov] disagreed. "
            + "“That is not how we see the situation at all.”"));
    assertThat(quoteWithText(doc, "Our people are strong and united.").speaker().text()).isEqualTo("Zelensky");
    assertThat(sieve(quoteWithText(doc, "Our people are strong and united."))).isEqualTo(Sieve.CONTINUATION);
    Quote last = quoteWithText(doc, "That is not how we see the situation at all.");
    assertThat(last.speaker()).isNull();
    assertThat(last.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(sieve(last)).isEqualTo(Sieve.UNATTRIBUTED);
  }

  @Test
  void findsStraightCurlySingleAndGuillemetQuotes() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "\"We are ready to talk,\" [Lavrov] said. [Macron] said: «Europe stands with Ukraine.» "
            + "[Scholz] added, ‘We will keep supporting Kyiv.’"));
    assertThat(quoteWithText(doc, "We are ready to talk").speaker().text()).isEqualTo("Lavrov");
    assertThat(quoteWithText(doc, "Europe stands with Ukraine.").speaker().text()).isEqualTo("Macron");
    assertThat(quoteWithText(doc, "We will keep supporting Kyiv.").speaker().text()).isEqualTo("Scholz");
  }

  @Test
  void nestedSingleQuotesStayInsideTheContent() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc(
        "[Zelensky] said, “They told us ‘wait’ and we waited.”"));
    assertThat(doc.quotes()).extracting(Quote::text).containsExactly("They told us ‘wait’ and we waited.");
  }

  @Test
  void sourceNounsSpeakWhenNothingIsNamed() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("“The talks are over,” a senior official said."));
    Quote q = quoteWithText(doc, "The talks are over");
    assertThat(q.speaker().text()).isEqualTo("a senior official");
    assertThat(q.speaker().entity()).isNull();
    assertThat(sieve(q)).isEqualTo(Sieve.CUE_SOURCE);
  }

  @Test
  void pronounWithoutAntecedentLeavesTheQuoteUnattributed() {
    AnnotatedArticle doc = ATTRIBUTOR.apply(Marked.doc("“The talks are over and we will go home now,” he said."));
    Quote q = quoteWithText(doc, "The talks are over and we will go home now");
    assertThat(q.speaker()).isNull();
    assertThat(sieve(q)).isEqualTo(Sieve.UNATTRIBUTED);
  }

  @Test
  void usesPartOfSpeechWhenPresent() {
    // "report" tagged as a noun is not a cue
    AnnotatedArticle base = Marked.doc("[Kellogg] report that the talks failed was leaked.");
    List<Token> tagged = new ArrayList<>();
    for (Token t : base.tokens()) {
      tagged.add(new Token(t.sentence(), t.span(), t.text(), t.text().equals("report") ? "NN" : "", t.lemma()));
    }
    assertThat(ATTRIBUTOR.apply(base).quotes()).isNotEmpty();
    assertThat(ATTRIBUTOR.apply(base.withTokens(tagged)).quotes()).isEmpty();
  }

  @Test
  void outputSpansMatchTextAndInputIsUnchanged() {
    AnnotatedArticle in = Marked.doc(
        "According to [Yuri Ushakov], a top Kremlin aide, the meeting was agreed. “We are ready,” [Putin] said. "
            + "[Trump] stated that he is engaged in discussions, with a “very good” result, officials said.");
    AnnotatedArticle copy = Marked.doc(
        "According to [Yuri Ushakov], a top Kremlin aide, the meeting was agreed. “We are ready,” [Putin] said. "
            + "[Trump] stated that he is engaged in discussions, with a “very good” result, officials said.");
    AnnotatedArticle out = ATTRIBUTOR.apply(in);
    assertThat(in.text()).isEqualTo(copy.text());
    assertThat(in.quotes()).isEmpty();
    assertThat(in.diagnostics()).isEmpty();
    assertThat(out.sentences()).isEqualTo(in.sentences());
    assertThat(out.tokens()).isEqualTo(in.tokens());
    assertThat(out.mentions()).isEqualTo(in.mentions());
    assertThat(out.quotes()).isNotEmpty();
    for (Quote q : out.quotes()) {
      assertThat(q.span().fitsIn(out.text().length())).isTrue();
      assertThat(q.span().coveredText(out.text())).isEqualTo(q.text());
      assertThat(q.provenance().evidence().contains(q.span())).isTrue();
      if (q.speaker() != null && q.speaker().span() != null) {
        assertThat(q.speaker().span().coveredText(out.text())).isEqualTo(q.speaker().text());
      }
    }
    assertThat(out.quotes()).extracting(Quote::id).doesNotHaveDuplicates();
  }

  @Test
  void sameOutputForSameInputFromSeveralThreadsAndUnderTurkishLocale() throws Exception {
    AnnotatedArticle in = Marked.doc("“IT IS OVER,” SAID [Ilham Aliyev]. İstanbul talks go on, [Erdogan] SAID.");
    AnnotatedArticle expected = ATTRIBUTOR.apply(in);
    assertThat(quoteWithText(expected, "IT IS OVER").speaker().text()).isEqualTo("Ilham Aliyev");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      List<Future<AnnotatedArticle>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> ATTRIBUTOR.apply(in)));
      }
      for (Future<AnnotatedArticle> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(saved);
      pool.shutdown();
    }
  }

  @Test
  void thousandQuotesInOneParagraphAreCappedWithAWarning() {
    StringBuilder sb = new StringBuilder("[Putin] spoke.");
    for (int i = 0; i < 1000; i++) {
      sb.append(" “We are ready number ").append(i).append(",” he said");
    }
    sb.append('.');
    QuoteAttributor capped = new QuoteAttributor(CueLexicon.load(), 300);
    // termination bound against hangs, not a speed claim: speed is measured in BENCHMARKS.md
    AnnotatedArticle doc = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> capped.apply(Marked.doc(sb.toString())));
    assertThat(doc.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT)).hasSize(300);
    assertThat(doc.quotes().get(0).speaker().text()).isEqualTo("Putin");
    assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("W351");
  }

  @Test
  void unbalancedMarksNeverThrowAndAreReportedOnce() {
    String text = "”Stray closer. “Open “open again « and » ” \" ' ‘ ’ \" \"\" “\n“\n”” said he, “”.";
    AnnotatedArticle doc = ATTRIBUTOR.apply(Docs.article(text));
    assertThat(doc.diagnostics()).extracting(Diagnostic::code).containsOnlyOnce("W352");
    for (Quote q : doc.quotes()) {
      assertThat(q.span().coveredText(text)).isEqualTo(q.text());
      assertThat(q.text()).isNotBlank();
    }
  }

  @Test
  void hundredThousandTokenSentenceTerminates() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 50 == 0 ? "“said that ” he said, according to " : "word ");
    }
    sb.append("end");
    AnnotatedArticle doc = Docs.article(sb.toString());
    doc = Docs.withMention(doc, "word", EntityType.PERSON, "person:word");
    assertThat(doc.tokens().size()).isGreaterThan(100_000);
    assertThat(doc.sentences()).hasSize(1);
    AnnotatedArticle input = doc;
    AnnotatedArticle out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ATTRIBUTOR.apply(input));
    assertThat(out.quotes()).isNotEmpty();
  }

  @Test
  void badAnnotationSpansBecomeADiagnosticNotAnException() {
    AnnotatedArticle doc = Marked.doc("“We are ready,” [Putin] said.");
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    Span outside = new Span(500, 505);
    mentions.add(new Mention(MentionId.of("bad"), outside, "Ghost", EntityType.PERSON, null,
        new Provenance(doc.id(), outside, Docs.TEST_STAGE, 1.0)));
    AnnotatedArticle out = ATTRIBUTOR.apply(doc.withMentions(mentions));
    assertThat(out.diagnostics()).extracting(Diagnostic::code).contains("W354");
    assertThat(quoteWithText(out, "We are ready").speaker().text()).isEqualTo("Putin");
    AnnotatedArticle bare = ATTRIBUTOR.apply(doc.withTokens(List.of()).withSentences(List.of()));
    assertThat(bare.diagnostics()).extracting(Diagnostic::code).contains("W353");
    assertThat(bare.quotes()).extracting(Quote::text).containsExactly("We are ready");
  }
}
