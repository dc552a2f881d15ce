package org.storyline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventDate;
import org.storyline.model.EventId;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.Mention;
import org.storyline.model.OffsetMap;
import org.storyline.model.Provenance;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quantity;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.model.Role;
import org.storyline.model.RoleMention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.StageRef;
import org.storyline.model.StatusChange;
import org.storyline.model.Story;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.model.Token;
import org.storyline.testkit.Docs;

/**
 * Hand-built articles with every layer filled (mentions, every kind of time value, roles, quotes
 * with and without speaker or cue, event mentions with actors, place, time and quantities,
 * diagnostics, an offset map that is not the identity, dated evidence) and a hand-built story over
 * them. The layers are found in the text by simple patterns, so any text in the same style works.
 */
final class StoreFixtures {
  static final StageRef STAGE = new StageRef("fixture", "v1");

  /** Text of the first hand-built article: Cyrillic, an emoji flag (surrogate pairs), curly quotes. */
  static final String TEXT_A = "Ukrainian President Volodymyr Zelensky met Donald Trump at the White House on"
      + " Monday, 18 August 2025. “We agreed on a 30-day ceasefire,” Zelensky said. Kremlin spokesman Dmitry"
      + " Peskov said Moscow would respond soon 🇺🇦. Владимир Путин held a 40-minute call with Donald Trump"
      + " in December.";

  static final String TEXT_B = "Special envoy Steve Witkoff met Vladimir Putin in Moscow on 6 August 2025."
      + " According to the Kremlin, the talks were “useful and constructive”. Donald Trump said a summit"
      + " with Putin would follow next week.";

  private static final Pattern NAMES = Pattern.compile("Volodymyr Zelensky|Zelensky|Donald Trump|Vladimir Putin"
      + "|Владимир Путин|Dmitry Peskov|Steve Witkoff|Putin|White House|Kremlin|Moscow|Ukrainian");
  private static final Pattern TIMES = Pattern.compile(
      "\\d{1,2} (?:August|December) 2025|Monday|30-day|40-minute|soon|in December|next week");
  private static final Pattern ROLES = Pattern.compile("President|spokesman|Special envoy");
  private static final Pattern QUOTES = Pattern.compile("“([^”]+)”");
  private static final Pattern EVENTS = Pattern.compile("\\bmet\\b|\\bcall\\b|\\bsummit\\b");

  private StoreFixtures() {}

  static AnnotatedArticle articleA() {
    return annotate("a-zelensky-trump", TEXT_A, LocalDate.of(2025, 8, 19), true);
  }

  static AnnotatedArticle articleB() {
    return annotate("b-witkoff-putin", TEXT_B, null, false);
  }

  /** An article with no layers at all, an unknown date and no url, byline or hash. */
  static AnnotatedArticle bare() {
    String text = "Nothing here.";
    return AnnotatedArticle.of(new Article(ArticleId.of("c-bare"), "c.txt", null, "", null, text,
        OffsetMap.identity(text.length()), PublicationDate.unknown(), null));
  }

  /**
   * {@return a hand-built article with every layer} {@code published}: null for an inferred window
   * with evidence; {@code mapped}: whether the text was cleaned from HTML (a non-identity offset map).
   */
  static AnnotatedArticle annotate(String id, String text, LocalDate published, boolean mapped) {
    AnnotatedArticle base = Docs.article(id, text, published);
    Article a = base.article();
    int firstSentenceEnd = base.sentences().get(0).span().end();
    List<Span> timeSpans = find(text, TIMES);
    Span dateEvidence = timeSpans.get(0);
    Span lastTime = timeSpans.get(timeSpans.size() - 1);
    PublicationDate date = published != null
        ? PublicationDate.exact(published, DateBasis.DATELINE, List.of(
            new Evidence("dateline", dateEvidence, dateEvidence.coveredText(text))))
        : PublicationDate.window(LocalDate.of(2025, 8, 6), LocalDate.of(2025, 8, 13), List.of(
            new Evidence("earliest date mentioned", dateEvidence, dateEvidence.coveredText(text)),
            new Evidence("last time expression", lastTime, lastTime.coveredText(text))));
    Article article = new Article(a.id(), "feeds/" + id + ".html", "https://news.example/" + id,
        "Title of " + id, mapped ? "Jane Roe, John Doe" : null, text,
        mapped ? htmlMap(text.length(), firstSentenceEnd) : a.toSource(), date, "sha256:" + Integer.toHexString(text.hashCode()));
    // tokens with POS and a lemma different from the text where a tagger would give one
    List<Token> tokens = new ArrayList<>();
    for (Token t : base.tokens()) {
      String pos = Character.isUpperCase(t.text().charAt(0)) ? "NNP" : t.text().equals("met") ? "VBD" : "";
      String lemma = t.text().equals("met") ? "meet" : t.text().equals("said") ? "say" : t.text();
      tokens.add(new Token(t.sentence(), t.span(), t.text(), pos, lemma));
    }
    AnnotatedArticle doc = base.withArticle(article).withTokens(tokens);
    return doc.withMentions(mentions(doc)).withTimes(times(doc)).withRoles(roles(doc)).withQuotes(quotes(doc))
        .withEvents(events(doc))
        .withDiagnostic(Diagnostic.warning("W231", "time.tagger", id, "one expression left unresolved"))
        .withDiagnostic(Diagnostic.info("I300", "events", id + ":2", "no target found"));
  }

  /** A map as if each sentence break had been "</p><p>" in the source, the first one a newline. */
  private static OffsetMap htmlMap(int length, int splitAt) {
    int sourceLength = 3 + splitAt + 7 + (length - splitAt - 1) + 4;
    return OffsetMap.builder(sourceLength).copy(3, splitAt).insert(1, 3 + splitAt)
        .copy(3 + splitAt + 7, length - splitAt - 1).build();
  }

  static List<Span> find(String text, Pattern p) {
    List<Span> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  static EntityId entityFor(String name) {
    if (name.contains("Zelensky")) {
      return EntityId.of("person:volodymyr-zelensky");
    } else if (name.contains("Trump")) {
      return EntityId.of("person:donald-trump");
    } else if (name.contains("Putin") || name.contains("Путин")) {
      return EntityId.of("person:vladimir-putin");
    } else if (name.contains("Peskov")) {
      return EntityId.of("person:dmitry-peskov");
    } else if (name.contains("Witkoff")) {
      return EntityId.of("person:steve-witkoff");
    } else if (name.equals("White House")) {
      return EntityId.of("gov:usa");
    } else if (name.equals("Kremlin") || name.equals("Moscow")) {
      return EntityId.of("gov:russia");
    }
    return null; // "Ukrainian": a nationality left unlinked
  }

  private static Provenance prov(AnnotatedArticle doc, Span span, double confidence) {
    return new Provenance(doc.id(), span, STAGE, confidence);
  }

  private static List<Mention> mentions(AnnotatedArticle doc) {
    List<Mention> out = new ArrayList<>();
    for (Span s : find(doc.text(), NAMES)) {
      String text = s.coveredText(doc.text());
      EntityType type = text.equals("Ukrainian") ? EntityType.NATIONALITY
          : text.equals("White House") || text.equals("Kremlin") ? EntityType.ORGANIZATION
          : text.equals("Moscow") ? EntityType.LOCATION : EntityType.PERSON;
      out.add(new Mention(org.storyline.model.MentionId.of(doc.id() + "#m" + out.size()), s, text, type,
          entityFor(text), prov(doc, doc.sentenceAt(s.start()).span(), 0.9)));
    }
    return out;
  }

  private static List<TimeExpression> times(AnnotatedArticle doc) {
    List<TimeExpression> out = new ArrayList<>();
    for (Span s : find(doc.text(), TIMES)) {
      String text = s.coveredText(doc.text());
      TimeValue value;
      TimexType type = TimexType.DATE;
      if (text.endsWith("2025")) {
        LocalDate day = LocalDate.of(2025, text.contains("August") ? 8 : 12, Integer.parseInt(text.split(" ")[0]));
        value = new TimeValue.Resolved(day, day.plusDays(1), Granularity.DAY, day.toString());
      } else if (text.equals("Monday")) {
        value = new TimeValue.Relative("weekday:MONDAY:nearest", Granularity.DAY, "XXXX-WXX-1");
      } else if (text.equals("in December")) {
        value = new TimeValue.Resolved(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), Granularity.MONTH,
            "2025-12");
      } else if (text.equals("next week")) {
        value = new TimeValue.Relative("week:+1", Granularity.WEEK, "FUTURE_REF");
      } else if (text.equals("soon")) {
        value = new TimeValue.Unresolvable("vague future", "FUTURE_REF");
      } else {
        type = TimexType.DURATION;
        value = new TimeValue.Duration(text.startsWith("30") ? "P30D" : "PT40M");
      }
      out.add(new TimeExpression(s, text, type, value, prov(doc, s, 1.0)));
    }
    return out;
  }

  private static List<RoleMention> roles(AnnotatedArticle doc) {
    List<RoleMention> out = new ArrayList<>();
    List<Mention> mentions = mentions(doc);
    for (Span s : find(doc.text(), ROLES)) {
      // the role belongs to the next person mentioned
      for (Mention m : mentions) {
        if (m.span().start() > s.end() && m.type() == EntityType.PERSON && m.entity() != null) {
          out.add(new RoleMention(m.entity(), s.coveredText(doc.text()).toLowerCase(java.util.Locale.ROOT), s,
              s.coveredText(doc.text()), prov(doc, s.union(m.span()), 0.8)));
          break;
        }
      }
    }
    return out;
  }

  private static List<Quote> quotes(AnnotatedArticle doc) {
    List<Quote> out = new ArrayList<>();
    Matcher m = QUOTES.matcher(doc.text());
    int i = 0;
    while (m.find()) {
      Span content = new Span(m.start(1), m.end(1));
      int said = doc.text().indexOf(" said", m.end());
      ActorRef speaker = null;
      Span cue = null;
      if (said >= 0 && doc.text().substring(m.end(), said).matches(" [\\p{L} ]+")) {
        Span who = new Span(m.end() + 1, said);
        speaker = new ActorRef(who, who.coveredText(doc.text()), entityFor(who.coveredText(doc.text())), null);
        cue = new Span(said + 1, said + 5);
      } else {
        int according = doc.text().lastIndexOf("According to the Kremlin", m.start());
        if (according >= 0) {
          Span who = new Span(according + 13, according + 24);
          speaker = new ActorRef(who, "the Kremlin", null, "RUSGOV");
          cue = new Span(according, according + 12);
        }
      }
      out.add(new Quote(doc.id() + "#q" + i++, content, content.coveredText(doc.text()),
          speaker == null ? QuoteKind.PARTIAL : QuoteKind.DIRECT, speaker, cue, prov(doc, content, 0.95)));
    }
    return out;
  }

  private static List<EventMention> events(AnnotatedArticle doc) {
    List<EventMention> out = new ArrayList<>();
    List<Mention> mentions = mentions(doc);
    List<TimeExpression> times = times(doc);
    for (Span trigger : find(doc.text(), EVENTS)) {
      Sentence sentence = doc.sentenceAt(trigger.start());
      List<ActorRef> sources = new ArrayList<>();
      List<ActorRef> targets = new ArrayList<>();
      ActorRef location = null;
      for (Mention m : mentions) {
        if (!sentence.span().contains(m.span()) || m.entity() == null) {
          continue;
        }
        ActorRef ref = new ActorRef(m.span(), m.text(), m.entity(), m.entity().value().startsWith("gov:") ? "GOV" : null);
        if (m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION) {
          location = ref;
        } else if (m.span().end() <= trigger.start()) {
          sources.add(ref);
        } else {
          targets.add(ref);
        }
      }
      TimeValue when = null;
      Span whenSpan = null;
      List<Quantity> quantities = new ArrayList<>();
      for (TimeExpression t : times) {
        if (sentence.span().contains(t.span())) {
          if (t.type() == TimexType.DURATION) {
            quantities.add(new Quantity(t.span(), t.text(), Double.parseDouble(t.text().replaceAll("\\D", "")),
                t.text().replaceAll("[^a-z]", "")));
          } else if (when == null) {
            when = t.value();
            whenSpan = t.span();
          }
        }
      }
      String word = trigger.coveredText(doc.text());
      boolean meet = word.equals("met") || word.equals("summit");
      out.add(new EventMention(doc.id() + "#e" + out.size(), sentence.index(), trigger, meet ? "MEET" : "CALL",
          "CONSULT", meet ? "visit" : "phone", meet ? "043" : "042",
          word.equals("summit") ? EventStatus.PLANNED : EventStatus.OCCURRED, sources, targets,
          meet ? location : null, when, whenSpan, quantities, prov(doc, sentence.span(), 0.7)));
    }
    return out;
  }

  // ---- the story --------------------------------------------------------------------------

  static Citation cite(AnnotatedArticle doc, String text) {
    Span span = Docs.spanOf(doc, text);
    return new Citation(doc.id(), doc.sentenceAt(span.start()).index(), span, text);
  }

  /** {@return a story over {@link #articleA()} and {@link #articleB()}} */
  static Story story() {
    AnnotatedArticle a = articleA();
    AnnotatedArticle b = articleB();
    Entity zelensky = new Entity(EntityId.of("person:volodymyr-zelensky"), EntityType.PERSON, "Volodymyr Zelensky",
        List.of("Zelensky", "Zelenskyy"), List.of(new Role("president of Ukraine", LocalDate.of(2025, 8, 19),
            LocalDate.of(2025, 8, 19), List.of(cite(a, "Ukrainian President Volodymyr Zelensky")))),
        "UKRGOV", 3);
    Entity trump = new Entity(EntityId.of("person:donald-trump"), EntityType.PERSON, "Donald Trump",
        List.of("Trump"), List.of(), "USAGOV", 3);
    Entity witkoff = new Entity(EntityId.of("person:steve-witkoff"), EntityType.PERSON, "Steve Witkoff",
        List.of(), List.of(new Role("special envoy", null, null, List.of(cite(b, "Special envoy Steve Witkoff")))),
        null, 1);
    Entity kremlin = new Entity(EntityId.of("gov:russia"), EntityType.ORGANIZATION, "Russian government",
        List.of("Kremlin", "Moscow"), List.of(), "RUSGOV", 3);
    Event meeting = new Event(EventId.of("ev-1"), "MEET", "CONSULT", "visit", "043", EventStatus.OCCURRED,
        List.of(zelensky.id()), List.of(trump.id()), "White House",
        new EventDate("2025-08-18", LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 18), Granularity.DAY),
        List.of(), "Zelensky met Trump at the White House", List.of(
            new StatusChange(EventStatus.OCCURRED, LocalDate.of(2025, 8, 19), cite(a, "met"))),
        List.of(cite(a, "Volodymyr Zelensky met Donald Trump")), 0.82);
    Event call = new Event(EventId.of("ev-2"), "CALL", "CONSULT", "phone", "042", EventStatus.OCCURRED,
        List.of(EntityId.of("person:vladimir-putin")), List.of(trump.id()), null,
        new EventDate("XXXX-12", null, null, Granularity.MONTH),
        List.of(new Quantity(Docs.spanOf(a, "40-minute"), "40-minute", 40, "minute")),
        "Putin called Trump", List.of(), List.of(cite(a, "40-minute call")), 0.5);
    Event summit = new Event(EventId.of("ev-3"), "MEET", "CONSULT", "", "043", EventStatus.PLANNED,
        List.of(trump.id()), List.of(EntityId.of("person:vladimir-putin")), null, null, List.of(),
        "Trump to meet Putin", List.of(
            new StatusChange(EventStatus.PROPOSED, null, cite(b, "summit")),
            new StatusChange(EventStatus.PLANNED, LocalDate.of(2025, 8, 19), cite(a, "met"))),
        List.of(cite(b, "summit"), cite(a, "Donald Trump at the White House")), 1.0);
    Contradiction when = new Contradiction("date", "ev-3", List.of(
        new Contradiction.Claim("2025-W33", cite(b, "next week")),
        new Contradiction.Claim("2025-12", cite(a, "in December"))));
    Contradiction role = new Contradiction("role-anachronism", "person:donald-trump", List.of(
        new Contradiction.Claim("president", cite(a, "Donald Trump")),
        new Contradiction.Claim("former president", cite(b, "Donald Trump"))));
    return new Story(List.of(zelensky, trump, witkoff, kremlin), List.of(meeting, call, summit),
        List.of(when, role));
  }

  /**
   * {@return article number {@code i} of a synthetic corpus} Deterministic, about {@code
   * paragraphs} times the size of {@link #TEXT_A}, with every layer.
   */
  static AnnotatedArticle numbered(int i, int paragraphs) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      text.append(p % 2 == 0 ? TEXT_A : TEXT_B).append(p + 1 < paragraphs ? "\n" : "");
    }
    return annotate(String.format(java.util.Locale.ROOT, "n%05d", i), text.toString(),
        i % 3 == 0 ? null : LocalDate.of(2025, 8, 1 + i % 28), i % 2 == 0);
  }
}
