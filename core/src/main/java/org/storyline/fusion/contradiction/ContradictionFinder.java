package org.storyline.fusion.contradiction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.storyline.fusion.Citations;
import org.storyline.fusion.DateRelation;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.FrameTable;
import org.storyline.fusion.MentionFacts;
import org.storyline.fusion.StatusOrder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.StageRef;
import org.storyline.model.TimeValue;

/**
 * Finds conflicting claims: for one fused event, its date, place, actors or status as different
 * sources (or one source) state them; and role anachronisms across all articles.
 *
 * <p>Rules for one event (its mentions are the event mentions in the sentences it cites, of the
 * event's frame family and with participants among the event's):
 *
 * <ul>
 *   <li><b>date</b>: two resolved dates that share no day ("2025-08-15" vs "2025-08-14"; a day
 *       inside a month is no conflict); two dates relative to the same unknown publication date
 *       that cannot both hold ({@link DateRelation#relativeConflict}: "three days hence" vs "this
 *       December" in one undated article).
 *   <li><b>place</b>: two different named places.
 *   <li><b>participants</b>: for asymmetric frames (attack, sanction, aid…), different actors
 *       against the same targets. Symmetric frames (meetings, calls) list participants
 *       incompletely as a rule, so differing lists there are complementary, not conflicting.
 *   <li><b>status</b>: a report that the event happened (occurred, ongoing) against one that it
 *       was denied, refused or cancelled, unless the negative report is provably earlier (a
 *       refusal that was later overcome); and planned/agreed against denied/refused when stated
 *       at the same time (same article, or publication dates at most {@value #CONCURRENT_DAYS}
 *       days apart). A normal progression (proposed, planned, agreed, occurred) is never a
 *       contradiction.
 * </ul>
 *
 * A forward-looking report (proposed, planned, agreed…) published strictly before another report
 * is superseded by it: a plan that changed date or place is not a contradiction. Role
 * anachronisms are described in {@link RoleAnachronisms}.
 *
 * <p>Results depend only on the set of inputs. Immutable and thread-safe.
 */
public final class ContradictionFinder {
  /** The name and version of this finder. */
  public static final StageRef STAGE = new StageRef("contradiction.finder", "v1");

  /** Statements at most this many days apart count as made at the same time. */
  public static final int CONCURRENT_DAYS = 3;

  private static final List<String> KINDS = List.of("date", "place", "participants", "status", "role-anachronism");

  /** The order of {@link #find}'s result: kind (as in the class documentation), subject, first claim. */
  public static final Comparator<Contradiction> ORDER = Comparator
      .comparingInt((Contradiction c) -> KINDS.indexOf(c.kind()))
      .thenComparing(Contradiction::subject)
      .thenComparing(c -> c.claims().get(0).citation(), Citations.ORDER)
      .thenComparing(c -> c.claims().toString());

  private final FrameTable frames;
  private final OfficeLexicon offices;

  /** A finder using the standard frame table and office lexicon. */
  public ContradictionFinder() {
    this(FrameTable.standard(), OfficeLexicon.standard());
  }

  /** A finder using the given frame table and office lexicon. */
  public ContradictionFinder(FrameTable frames, OfficeLexicon offices) {
    if (frames == null || offices == null) {
      throw new IllegalArgumentException("frames and offices required");
    }
    this.frames = frames;
    this.offices = offices;
  }

  /**
   * {@return the contradictions in {@code docs} about {@code events}, ordered by kind (date,
   * place, participants, status, role-anachronism), subject and first claim}
   *
   * @param docs the analysed articles the events were fused from
   * @param events the fused events
   * @param entities canonical entities (for names and canonical ids)
   */
  public List<Contradiction> find(List<AnnotatedArticle> docs, List<Event> events, EntityView entities) {
    List<AnnotatedArticle> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(AnnotatedArticle::id).thenComparing(AnnotatedArticle::text));
    Map<String, List<MentionFacts>> bySentence = new TreeMap<>();
    List<Diagnostic> ignored = new ArrayList<>(); // the fuser reports bad mentions; no need to repeat
    for (AnnotatedArticle doc : sorted) {
      for (EventMention m : doc.events()) {
        MentionFacts.of(doc, m, entities, frames, STAGE.toString(), ignored)
            .ifPresent(f -> bySentence.computeIfAbsent(key(f.citation()), k -> new ArrayList<>()).add(f));
      }
    }
    bySentence.values().forEach(l -> l.sort(MentionFacts.ORDER));

    List<Event> byId = new ArrayList<>(events);
    byId.sort(Comparator.comparing(Event::id));
    Map<Event, List<MentionFacts>> factsByEvent = new LinkedHashMap<>();
    List<Contradiction> out = new ArrayList<>();
    for (Event e : byId) {
      List<MentionFacts> facts = factsOf(e, bySentence);
      factsByEvent.put(e, facts);
      String what = e.summary() + " (event " + e.id() + ")";
      conflict(facts, ContradictionFinder::dateConflict, ContradictionFinder::dateValue)
          .ifPresentOrElse(c -> out.add(new Contradiction("date", "date of " + what, c)), () -> { });
      conflict(facts, ContradictionFinder::placeConflict, MentionFacts::locationName)
          .ifPresentOrElse(c -> out.add(new Contradiction("place", "place of " + what, c)), () -> { });
      conflict(facts, ContradictionFinder::actorConflict, f -> actorValue(f, entities))
          .ifPresentOrElse(c -> out.add(new Contradiction("participants", "participants of " + what, c)), () -> { });
      conflict(facts, ContradictionFinder::statusConflict, f -> f.status().json())
          .ifPresentOrElse(c -> out.add(new Contradiction("status", "status of " + what, c)), () -> { });
    }
    out.addAll(new RoleAnachronisms(offices, entities).find(sorted, factsByEvent));
    out.sort(ORDER);
    return out;
  }

  private static String key(Citation c) {
    return c.article().value() + "\u0000" + c.sentence();
  }

  /** The mentions in the event's cited sentences that belong to it (frame family, participants). */
  private List<MentionFacts> factsOf(Event e, Map<String, List<MentionFacts>> bySentence) {
    Set<EntityId> participants = new TreeSet<>(e.sources());
    participants.addAll(e.targets());
    List<MentionFacts> out = new ArrayList<>();
    Set<MentionFacts> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Citation c : e.mentions()) {
      for (MentionFacts f : bySentence.getOrDefault(key(c), List.of())) {
        if (frames.sameFamily(f.mention().frame(), e.frame()) && participants.containsAll(f.participants())
            && seen.add(f)) {
          out.add(f);
        }
      }
    }
    out.sort(MentionFacts.ORDER);
    return out;
  }

  /**
   * {@return the claims of every mention in a conflicting pair, one per (value, article), or
   * empty when there is no conflict or fewer than two distinct values}
   */
  private static java.util.Optional<List<Contradiction.Claim>> conflict(List<MentionFacts> facts,
      BiPredicate<MentionFacts, MentionFacts> conflicting, Function<MentionFacts, String> value) {
    Set<MentionFacts> involved = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < facts.size(); i++) {
      for (int j = i + 1; j < facts.size(); j++) {
        if (conflicting.test(facts.get(i), facts.get(j))) {
          involved.add(facts.get(i));
          involved.add(facts.get(j));
        }
      }
    }
    Map<String, Contradiction.Claim> claims = new TreeMap<>();
    Set<String> values = new TreeSet<>();
    for (MentionFacts f : facts) {
      if (involved.contains(f)) {
        String v = value.apply(f);
        values.add(v);
        claims.putIfAbsent(v + "\u0000" + f.article().value(), new Contradiction.Claim(v, f.citation()));
      }
    }
    if (values.size() < 2) {
      return java.util.Optional.empty();
    }
    List<Contradiction.Claim> out = new ArrayList<>(claims.values());
    out.sort(Comparator.comparing(Contradiction.Claim::citation, Citations.ORDER).thenComparing(Contradiction.Claim::value));
    return java.util.Optional.of(out);
  }

  static boolean superseded(MentionFacts a, MentionFacts b) {
    return MentionFacts.superseded(a, b);
  }

  static boolean concurrent(MentionFacts a, MentionFacts b) {
    if (a.article().equals(b.article())) {
      return true;
    }
    LocalDate da = a.statedOn();
    LocalDate db = b.statedOn();
    return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= CONCURRENT_DAYS;
  }

  static boolean dateConflict(MentionFacts a, MentionFacts b) {
    if (superseded(a, b)) {
      return false;
    }
    if (a.isDated() && b.isDated()) {
      return DateRelation.disjoint(a.resolved(), b.resolved());
    }
    if (a.relative() != null && b.relative() != null && a.article().equals(b.article()) && a.statedOn() == null) {
      return DateRelation.relativeConflict(a.relative(), b.relative());
    }
    return false;
  }

  static String dateValue(MentionFacts f) {
    if (f.resolved() != null) {
      TimeValue.Resolved r = f.resolved();
      return r.timex().isBlank() ? r.start() + ".." + r.lastDay() : r.timex();
    }
    if (f.relative() != null) {
      TimeValue.Relative r = f.relative();
      String quoted = f.whenText() == null ? "" : "\"" + f.whenText() + "\" ";
      String value = r.timex().isBlank() ? r.rule() : r.timex();
      return quoted + "(" + value + ", " + r.granularity().name().toLowerCase(java.util.Locale.ROOT)
          + " precision, relative to an unknown publication date)";
    }
    return "no date";
  }

  static boolean placeConflict(MentionFacts a, MentionFacts b) {
    return MentionFacts.differentPlaces(a, b) && !superseded(a, b);
  }

  static boolean actorConflict(MentionFacts a, MentionFacts b) {
    if (a.frame().symmetric() || b.frame().symmetric() || superseded(a, b)) {
      return false;
    }
    if (a.sources().isEmpty() || b.sources().isEmpty() || a.targets().isEmpty() || !a.targets().equals(b.targets())) {
      return false;
    }
    return Collections.disjoint(a.sources(), b.sources());
  }

  private static String actorValue(MentionFacts f, EntityView entities) {
    List<String> names = new ArrayList<>();
    for (EntityId id : f.sources()) {
      names.add(entities.nameOf(id, id.value()));
    }
    return "by " + String.join(", ", names);
  }

  static boolean statusConflict(MentionFacts a, MentionFacts b) {
    return statusConflictOrdered(a, b) || statusConflictOrdered(b, a);
  }

  private static boolean statusConflictOrdered(MentionFacts pos, MentionFacts neg) {
    EventStatus p = pos.status();
    EventStatus n = neg.status();
    if (StatusOrder.isFactual(p) && StatusOrder.isNegative(n)) {
      boolean negativeEarlier = neg.statedLatest() != null && pos.statedEarliest() != null
          && neg.statedLatest().isBefore(pos.statedEarliest());
      return !negativeEarlier;
    }
    if ((p == EventStatus.PLANNED || p == EventStatus.AGREED) && (n == EventStatus.DENIED || n == EventStatus.REFUSED)) {
      return concurrent(pos, neg);
    }
    return false;
  }
}
