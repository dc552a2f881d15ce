package org.storyline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.Mention;
import org.storyline.model.OffsetMap;
import org.storyline.model.Provenance;
import org.storyline.model.PublicationDate;
import org.storyline.model.DateBasis;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.Token;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Stage {@code events.coder/v1}: codes political events in each sentence as {@link EventMention}s
 * with a PLOVER type and mode, CAMEO code, frame, status, source and target actors, place, time
 * and quantities, using the rule files of {@link EventLexicon}.
 *
 * <p>Requires SENTENCES, TOKENS (POS and lemma used when present, not needed), MENTIONS and
 * ENTITY_LINKS (actors are named mentions, with their entity ids; when the article has no
 * mentions at all, capitalised names stand in), RESOLVED_TIMES (the time expression nearest a
 * trigger dates it). Adds EVENTS. Rows of "| Date | Event |" tables are coded as OCCURRED events
 * dated by their date cell. Bad data (a sentence outside the text, a code without a PLOVER
 * reading) becomes a diagnostic. Immutable and thread-safe.
 */
public final class EventCoder implements Stage {
  /** The stage's name, version and layers. */
  public static final StageInfo INFO = new StageInfo(
      "events.coder",
      "v1",
      Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.ENTITY_LINKS, Layer.RESOLVED_TIMES),
      Set.of(Layer.EVENTS));

  /** Most event mentions kept per article; a guard against pathological inputs. */
  static final int MAX_EVENTS = 5000;

  private static final Set<EntityType> ACTOR_TYPES =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.NATIONALITY);

  private final EventLexicon lexicon;
  private final SentenceCoder coder;
  private final ActorCodes actorCodes;

  /** A coder with the shipped lexicon. */
  public EventCoder() {
    this(EventLexicon.defaults());
  }

  /** A coder with the given lexicon; actor codes from its actor table. */
  public EventCoder(EventLexicon lexicon) {
    this(lexicon, lexicon == null ? null : ActorCodes.of(lexicon));
  }

  /** A coder with the given lexicon whose actors get their CAMEO codes from {@code actorCodes}. */
  public EventCoder(EventLexicon lexicon, ActorCodes actorCodes) {
    if (lexicon == null || actorCodes == null) {
      throw new IllegalArgumentException("lexicon and actor codes required");
    }
    this.lexicon = lexicon;
    this.coder = new SentenceCoder(lexicon);
    this.actorCodes = actorCodes;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<EventMention> events = new ArrayList<>();
    Map<Integer, List<Token>> tokens = new HashMap<>();
    int untokenised = 0;
    // tokens come in runs of one sentence: one map look-up per run, not per token
    List<Token> run = null;
    int runSentence = -1;
    for (Token t : doc.tokens()) {
      if (run == null || t.sentence() != runSentence) {
        runSentence = t.sentence();
        run = tokens.computeIfAbsent(runSentence, k -> new ArrayList<>());
      }
      run.add(t);
    }
    for (Sentence s : doc.sentences()) {
      if (Thread.currentThread().isInterrupted()) {
        // the engine abandoned this article (time limit): stop instead of burning a core for nothing
        throw new CancellationException("event coding of " + doc.id().value() + " interrupted");
      }
      if (!s.span().fitsIn(doc.text().length())) {
        diagnostics.add(Diagnostic.error("E301", INFO.name(), doc.id().value(),
            EventDiagnostics.E301.message(s.index(), s.span(), doc.text().length())));
        continue;
      }
      List<Token> sentenceTokens = tokens.getOrDefault(s.index(), List.of());
      if (sentenceTokens.isEmpty() && !s.span().isEmpty()) {
        untokenised++;
      }
      for (EventMention e : code(doc, s, sentenceTokens, events.size(), diagnostics)) {
        if (events.size() >= MAX_EVENTS) {
          diagnostics.add(Diagnostic.warning("W303", INFO.name(), doc.id().value(), EventDiagnostics.W303.message(MAX_EVENTS)));
          break;
        }
        events.add(e);
      }
      if (events.size() >= MAX_EVENTS) {
        break;
      }
    }
    if (untokenised > 0) {
      diagnostics.add(Diagnostic.info("W302", INFO.name(), doc.id().value(), EventDiagnostics.W302.message(untokenised)));
    }
    AnnotatedArticle out = doc.withEvents(events);
    for (Diagnostic d : diagnostics) {
      out = out.withDiagnostic(d);
    }
    return out;
  }

  /**
   * {@return the event mentions of one sentence of an analysed article} Ids are numbered from 0
   * within the call; {@link #apply} numbers them across the article.
   */
  public List<EventMention> code(AnnotatedArticle doc, Sentence sentence) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.sentence() == sentence.index()) {
        tokens.add(t);
      }
    }
    return code(doc, sentence, tokens, 0, new ArrayList<>());
  }

  /**
   * {@return the event mentions of a single sentence given as plain text} The text is tokenised
   * naively, actors are capitalised or known names, and there are no time expressions (dates in a
   * "| Date | Event |" row are still read). For batch coding of sentence files and dev checks.
   */
  public List<EventMention> codeSentence(String text) {
    return codeSentence(text, null);
  }

  /** {@return as {@link #codeSentence(String)}, with a publication date for tense checks (may be null)} */
  public List<EventMention> codeSentence(String text, LocalDate published) {
    if (text == null) {
      throw new IllegalArgumentException("text required");
    }
    PublicationDate date = published == null
        ? PublicationDate.unknown()
        : PublicationDate.exact(published, DateBasis.METADATA, List.of());
    Article article = new Article(ArticleId.of("sentence"), "sentence", null, "", null, text,
        OffsetMap.identity(text.length()), date, "");
    AnnotatedArticle doc = AnnotatedArticle.of(article)
        .withSentences(List.of(new Sentence(0, new Span(0, text.length()))));
    return code(doc, doc.sentences().get(0), List.of(), 0, new ArrayList<>());
  }

  private List<EventMention> code(
      AnnotatedArticle doc, Sentence s, List<Token> tokens, int firstId, List<Diagnostic> diagnostics) {
    String text = doc.text();
    LocalDate anchor = doc.article().published().anchor();
    List<TimeExpression> times = new ArrayList<>();
    for (TimeExpression x : doc.times()) {
      if (s.span().contains(x.span())) {
        times.add(x);
      }
    }
    List<SentenceCoder.Draft> drafts = new ArrayList<>();
    List<TableRows.Row> rows = TableRows.find(text, s.span());
    if (rows.isEmpty()) {
      drafts.addAll(codeSpan(doc, s.span(), tokens, times, false, anchor, null, null));
    } else {
      for (TableRows.Row row : rows) {
        TimeValue when = row.date();
        Span whenSpan = row.dateCell();
        for (TimeExpression x : times) {
          if (row.dateCell().contains(x.span()) && x.value() instanceof TimeValue.Resolved) {
            when = x.value();
            whenSpan = x.span();
            break;
          }
        }
        drafts.addAll(codeSpan(doc, row.eventCell(), tokens, List.of(), true, anchor, when, whenSpan));
      }
      for (Span line : TableRows.nonTableLines(text, s.span())) {
        drafts.addAll(codeSpan(doc, line, tokens, times, false, anchor, null, null));
      }
    }
    List<EventMention> out = new ArrayList<>();
    int n = firstId;
    for (SentenceCoder.Draft d : drafts) {
      if (d.plover().isEmpty()) {
        diagnostics.add(Diagnostic.warning("W301", INFO.name(), doc.id().value(), EventDiagnostics.W301.message(d.cameo())));
      }
      Provenance provenance = new Provenance(doc.id(), s.span(), INFO.ref(), d.confidence());
      out.add(new EventMention(doc.id().value() + "#e" + n++, s.index(), d.trigger(), d.frame(), d.plover(), d.mode(),
          d.cameo(), d.status(), withCodes(text, d.sources(), anchor), withCodes(text, d.targets(), anchor), d.location(), d.when(), d.whenSpan(),
          d.quantities(), provenance));
    }
    return out;
  }

  private List<SentenceCoder.Draft> codeSpan(
      AnnotatedArticle doc,
      Span span,
      List<Token> tokens,
      List<TimeExpression> times,
      boolean table,
      LocalDate anchor,
      TimeValue when,
      Span whenSpan) {
    String text = doc.text();
    SentenceView view = SentenceView.of(text, span, tokens);
    List<SentenceCoder.Actor> actors = doc.mentions().isEmpty()
        ? NameFinder.find(view, text, lexicon)
        : actors(doc, view, span);
    return coder.code(new SentenceCoder.Input(text, view, actors, times, table, anchor, when, whenSpan));
  }

  private static List<SentenceCoder.Actor> actors(AnnotatedArticle doc, SentenceView view, Span span) {
    List<SentenceCoder.Actor> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (!span.contains(m.span()) || !m.span().fitsIn(doc.text().length())) {
        continue;
      }
      boolean actor = ACTOR_TYPES.contains(m.type()) || (m.type() == EntityType.MISC && m.entity() != null);
      if (!actor) {
        continue;
      }
      int first = view.firstIndexOf(m.span());
      int last = view.lastIndexOf(m.span());
      if (first < 0) {
        continue;
      }
      out.add(new SentenceCoder.Actor(m.span(), m.text(), m.entity(), m.type(), first, last));
    }
    return withoutTitleModifiers(view, out);
  }

  /**
   * "Russian President Vladimir Putin": a nationality or country right before a person's title and
   * name modifies the person and is not an actor of its own.
   */
  private static List<SentenceCoder.Actor> withoutTitleModifiers(SentenceView view, List<SentenceCoder.Actor> actors) {
    List<SentenceCoder.Actor> out = new ArrayList<>();
    for (SentenceCoder.Actor a : actors) {
      boolean modifier = false;
      if (a.type() == EntityType.NATIONALITY || a.type() == EntityType.LOCATION) {
        for (SentenceCoder.Actor p : actors) {
          if (p.type() == EntityType.PERSON && p.first() > a.last() && p.first() - a.last() <= 4
              && wordsOnly(view, a.last() + 1, p.first())) {
            modifier = true;
            break;
          }
        }
      }
      if (!modifier) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean wordsOnly(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      SentenceView.Tok t = view.get(k);
      if (!t.isWord() || t.possessive || t.is("and", "or", "with", "to", "of", "in", "by", "for")) {
        return false;
      }
    }
    return true;
  }

  private List<ActorRef> withCodes(String text, List<ActorRef> refs, LocalDate date) {
    List<ActorRef> out = new ArrayList<>();
    for (ActorRef r : refs) {
      String code = actorCodes.code(text, r, date).orElse(null);
      out.add(new ActorRef(r.span(), r.text(), r.entity(), code));
    }
    return out;
  }
}
