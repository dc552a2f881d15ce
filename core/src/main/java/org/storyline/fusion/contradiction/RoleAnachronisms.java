package org.storyline.fusion.contradiction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.fusion.Citations;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.MentionFacts;
import org.storyline.fusion.StatusOrder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.PublicationDate;
import org.storyline.model.RoleMention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;

/**
 * Finds "former" roles stated while the sources place the person in that office.
 *
 * <p>Each role mention is read as an office and a tense ({@link OfficeLexicon}) and dated by its
 * article: the publication date (exact or an inferred window); for an undated article, the latest
 * date of an event it reports as having happened (its own resolved date or its fused event's),
 * assuming publication within {@value #RECENCY_DAYS} days of it (the same bound closes an inferred
 * window that is open towards the future); otherwise the statement is undated. A "former O" statement about person P is an anachronism when at least one of:
 *
 * <ol>
 *   <li>the same article also calls P "O" without "former" (the article contradicts itself);
 *   <li>another article calls P "O" at a date at most {@value #NEAR_DAYS} days from it;
 *   <li>articles call P "O" before and after it, at most {@value #BRACKET_DAYS} days apart;
 *   <li>a sentence dates the start of P's term as O ("assuming office on January 20, 2025")
 *       on or before the statement's earliest date, less than {@value #TERM_YEARS} years before its
 *       latest date, and no sentence dates the term's end in between.
 * </ol>
 *
 * Rules 2 to 4 need the statement's date bounded on both sides; undated statements are reported
 * only by rule 1. A term-start sentence names P by the nearest person mention before the cue (else
 * after it, else the article's only prospective office holder); its office is P's prospective
 * role in that article ("president-elect"), else an office word in the sentence.
 */
final class RoleAnachronisms {
  static final int NEAR_DAYS = 7;
  static final int BRACKET_DAYS = 365;
  static final int TERM_YEARS = 4;
  static final int RECENCY_DAYS = 30;
  /** How far after a cue a dated time expression may start and still date the cue. */
  static final int CUE_REACH = 60;

  private final OfficeLexicon offices;
  private final EntityView entities;

  RoleAnachronisms(OfficeLexicon offices, EntityView entities) {
    this.offices = offices;
    this.entities = entities;
  }

  /** When an article was published, as far as known, and how we know. */
  record Window(LocalDate earliest, LocalDate latest, String how) {
    boolean bounded() {
      return earliest != null && latest != null;
    }
  }

  /** One role mention read against the lexicon. */
  record Statement(EntityId entity, String role, OfficeLexicon.Reading reading, Window when, Citation citation) {}

  /** A dated start or end of a term. */
  record Bound(EntityId entity, String office, LocalDate date, boolean start, Citation citation) {}

  List<Contradiction> find(List<AnnotatedArticle> docs, Map<Event, List<MentionFacts>> factsByEvent) {
    Map<ArticleId, LocalDate> latestHappened = latestHappened(factsByEvent);
    Map<ArticleId, Window> windows = new TreeMap<>();
    for (AnnotatedArticle doc : docs) {
      windows.put(doc.id(), window(doc, latestHappened.get(doc.id())));
    }
    List<Statement> statements = new ArrayList<>();
    for (AnnotatedArticle doc : docs) {
      for (RoleMention r : doc.roles()) {
        Optional<OfficeLexicon.Reading> reading = offices.read(r.role());
        Optional<Citation> cite = Citations.atOffset(doc, r.span().start())
            .or(() -> Citations.of(doc, 0, r.span()));
        if (reading.isPresent() && cite.isPresent()) {
          statements.add(new Statement(entities.canonical(r.entity()), r.text().isBlank() ? r.role() : r.text(),
              reading.get(), windows.get(doc.id()), cite.get()));
        }
      }
    }
    statements.sort(Comparator.comparing(Statement::citation, Citations.ORDER).thenComparing(Statement::role));
    List<Bound> bounds = new ArrayList<>();
    for (AnnotatedArticle doc : docs) {
      bounds.addAll(bounds(doc, statements));
    }

    Map<String, List<Contradiction.Claim>> byHolder = new TreeMap<>();
    for (Statement f : statements) {
      if (f.reading().tense() != OfficeLexicon.Tense.FORMER) {
        continue;
      }
      List<Contradiction.Claim> evidence = evidence(f, statements, bounds);
      if (!evidence.isEmpty()) {
        List<Contradiction.Claim> claims = byHolder.computeIfAbsent(
            f.entity().value() + "\u0000" + f.reading().office(), k -> new ArrayList<>());
        claims.add(new Contradiction.Claim(f.role() + ", stated " + describe(f.when()), f.citation()));
        claims.addAll(evidence);
      }
    }
    List<Contradiction> out = new ArrayList<>();
    for (Map.Entry<String, List<Contradiction.Claim>> e : byHolder.entrySet()) {
      EntityId id = EntityId.of(e.getKey().substring(0, e.getKey().indexOf('\u0000')));
      Map<String, Contradiction.Claim> distinct = new TreeMap<>();
      for (Contradiction.Claim c : e.getValue()) {
        distinct.putIfAbsent(c.value() + "\u0000" + c.citation().article() + "\u0000" + c.citation().sentence(), c);
      }
      List<Contradiction.Claim> claims = new ArrayList<>(distinct.values());
      claims.sort(Comparator.comparing(Contradiction.Claim::citation, Citations.ORDER).thenComparing(Contradiction.Claim::value));
      if (claims.size() >= 2) {
        out.add(new Contradiction("role-anachronism", "role of " + entities.nameOf(id, id.value()), claims));
      }
    }
    return out;
  }

  private List<Contradiction.Claim> evidence(Statement f, List<Statement> statements, List<Bound> bounds) {
    List<Contradiction.Claim> out = new ArrayList<>();
    String office = f.reading().office();
    Window w = f.when();
    List<Statement> current = new ArrayList<>();
    for (Statement s : statements) {
      if (s.entity().equals(f.entity()) && s.reading().office().equals(office)
          && s.reading().tense() == OfficeLexicon.Tense.CURRENT) {
        current.add(s);
      }
    }
    for (Statement s : current) {
      if (s.citation().article().equals(f.citation().article())) {
        out.add(new Contradiction.Claim(s.role() + ", in the same article", s.citation()));
      }
    }
    if (!w.bounded()) {
      return out;
    }
    Statement before = null;
    Statement after = null;
    for (Statement s : current) {
      Window v = s.when();
      if (s.citation().article().equals(f.citation().article()) || !v.bounded()) {
        continue;
      }
      if (gapDays(w, v) <= NEAR_DAYS) {
        out.add(new Contradiction.Claim(s.role() + ", stated " + describe(v), s.citation()));
      } else if (!v.latest().isAfter(w.earliest())) {
        if (before == null || v.latest().isAfter(before.when().latest())) {
          before = s;
        }
      } else if (!v.earliest().isBefore(w.latest())) {
        if (after == null || v.earliest().isBefore(after.when().earliest())) {
          after = s;
        }
      }
    }
    if (before != null && after != null
        && ChronoUnit.DAYS.between(before.when().latest(), after.when().earliest()) <= BRACKET_DAYS) {
      out.add(new Contradiction.Claim(before.role() + ", stated " + describe(before.when()), before.citation()));
      out.add(new Contradiction.Claim(after.role() + ", stated " + describe(after.when()), after.citation()));
    }
    for (Bound b : bounds) {
      if (!b.start() || !b.entity().equals(f.entity()) || !b.office().equals(office)) {
        continue;
      }
      boolean inTerm = !b.date().isAfter(w.earliest()) && w.latest().isBefore(b.date().plusYears(TERM_YEARS));
      boolean ended = false;
      for (Bound e : bounds) {
        if (!e.start() && e.entity().equals(f.entity()) && e.office().equals(office)
            && !e.date().isBefore(b.date()) && !e.date().isAfter(w.latest())) {
          ended = true;
        }
      }
      if (inTerm && !ended) {
        out.add(new Contradiction.Claim(office + " from " + b.date(), b.citation()));
      }
    }
    return out;
  }

  private static long gapDays(Window a, Window b) {
    if (a.latest().isBefore(b.earliest())) {
      return ChronoUnit.DAYS.between(a.latest(), b.earliest());
    }
    if (b.latest().isBefore(a.earliest())) {
      return ChronoUnit.DAYS.between(b.latest(), a.earliest());
    }
    return 0;
  }

  static String describe(Window w) {
    return w.how();
  }

  /**
   * {@return for each article, the latest date of an event it reports as having happened} The
   * mention's own resolved date, else its fused event's.
   */
  static Map<ArticleId, LocalDate> latestHappened(Map<Event, List<MentionFacts>> factsByEvent) {
    Map<ArticleId, LocalDate> out = new TreeMap<>();
    for (Map.Entry<Event, List<MentionFacts>> e : factsByEvent.entrySet()) {
      for (MentionFacts f : e.getValue()) {
        if (!StatusOrder.isFactual(f.status())) {
          continue;
        }
        LocalDate d = f.isDated() ? f.resolved().start()
            : e.getKey().date() != null && e.getKey().date().isResolved() ? e.getKey().date().earliest() : null;
        if (d != null) {
          out.merge(f.article(), d, (x, y) -> x.isAfter(y) ? x : y);
        }
      }
    }
    return out;
  }

  /**
   * {@return the article's publication date or window} For an undated article, from the latest
   * date of an event it reports as having happened ({@code latestEvent}, may be null); an inferred
   * window with no latest date ("on or after 2025-08-21") is closed the same way, {@value
   * #RECENCY_DAYS} days after the later of its earliest date and that event.
   */
  static Window window(AnnotatedArticle doc, LocalDate latestEvent) {
    PublicationDate p = doc.article().published();
    if (p.date() != null) {
      return new Window(p.date(), p.date(), p.date().toString());
    }
    if (p.isKnown() && p.earliest() != null && p.latest() == null && latestEvent != null) {
      // an inferred window open towards the future: the article reports events up to latestEvent
      // as having happened, and like an undated one is taken to be published within the recency
      // bound of the later of that and its earliest possible date
      LocalDate from = latestEvent.isAfter(p.earliest()) ? latestEvent : p.earliest();
      return new Window(p.earliest(), from.plusDays(RECENCY_DAYS), "on or after " + p.earliest()
          + " (inferred; reports events of " + latestEvent + ", so taken as published by "
          + from.plusDays(RECENCY_DAYS) + ")");
    }
    if (p.isKnown() && (p.earliest() != null || p.latest() != null)) {
      String how = p.earliest() != null && p.latest() != null
          ? "between " + p.earliest() + " and " + p.latest()
          : p.earliest() != null ? "on or after " + p.earliest() : "on or before " + p.latest();
      return new Window(p.earliest(), p.latest(), how);
    }
    if (latestEvent == null) {
      return new Window(null, null, "at an unknown date");
    }
    return new Window(latestEvent, latestEvent.plusDays(RECENCY_DAYS),
        "on or after " + latestEvent + " (undated article reporting events of that date)");
  }

  /** Term starts and ends dated in the article's sentences. */
  private List<Bound> bounds(AnnotatedArticle doc, List<Statement> statements) {
    List<Bound> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.span().fitsIn(doc.text().length())) {
        continue;
      }
      String text = s.span().coveredText(doc.text());
      for (boolean start : new boolean[] {true, false}) {
        Optional<Span> cue = start ? offices.startCue(text) : offices.endCue(text);
        if (cue.isEmpty()) {
          continue;
        }
        Span abs = cue.get().shift(s.span().start());
        TimeValue.Resolved date = dateAfter(doc, s, abs);
        if (date == null) {
          continue;
        }
        EntityId who = holder(doc, s, abs, statements);
        if (who == null) {
          continue;
        }
        String office = officeOf(doc, who, text, statements);
        Optional<Citation> cite = Citations.ofSentence(doc, s.index());
        if (office != null && cite.isPresent()) {
          // a start is certain from the interval's last day; an end possible from its first
          out.add(new Bound(who, office, start ? date.lastDay() : date.start(), start, cite.get()));
        }
      }
    }
    return out;
  }

  private static TimeValue.Resolved dateAfter(AnnotatedArticle doc, Sentence s, Span cue) {
    TimeExpression best = null;
    for (TimeExpression t : doc.times()) {
      if (t.value() instanceof TimeValue.Resolved && s.span().contains(t.span()) && t.span().start() >= cue.end()
          && t.span().start() - cue.end() <= CUE_REACH && (best == null || t.span().start() < best.span().start())) {
        best = t;
      }
    }
    return best == null ? null : (TimeValue.Resolved) best.value();
  }

  private EntityId holder(AnnotatedArticle doc, Sentence s, Span cue, List<Statement> statements) {
    Mention before = null;
    Mention after = null;
    for (Mention m : doc.mentions()) {
      if (m.entity() == null || m.type() != EntityType.PERSON || !s.span().contains(m.span())) {
        continue;
      }
      if (m.span().end() <= cue.start()) {
        if (before == null || m.span().start() > before.span().start()) {
          before = m;
        }
      } else if (m.span().start() >= cue.end() && (after == null || m.span().start() < after.span().start())) {
        after = m;
      }
    }
    Mention m = before != null ? before : after;
    if (m != null) {
      return entities.canonical(m.entity());
    }
    Set<EntityId> prospective = new TreeSet<>();
    for (Statement st : statements) {
      if (st.citation().article().equals(doc.id()) && st.reading().tense() == OfficeLexicon.Tense.PROSPECTIVE) {
        prospective.add(st.entity());
      }
    }
    return prospective.size() == 1 ? prospective.iterator().next() : null;
  }

  private String officeOf(AnnotatedArticle doc, EntityId who, String sentence, List<Statement> statements) {
    for (Statement st : statements) {
      if (st.citation().article().equals(doc.id()) && st.entity().equals(who)
          && st.reading().tense() == OfficeLexicon.Tense.PROSPECTIVE) {
        return st.reading().office();
      }
    }
    return offices.officeIn(sentence).orElse(null);
  }
}
