package org.storyline.fusion.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.fusion.Citations;
import org.storyline.fusion.DateRelation;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.FrameTable;
import org.storyline.fusion.MentionFacts;
import org.storyline.fusion.StatusOrder;
import org.storyline.model.ActorRef;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventDate;
import org.storyline.model.EventId;
import org.storyline.model.EventStatus;
import org.storyline.model.Quantity;
import org.storyline.model.StatusChange;
import org.storyline.model.TimeValue;

/** Turns a fused group of mentions into an {@link Event}. Every choice has a total tie-break. */
final class EventAssembler {
  private final FrameTable frames;
  private final EntityView entities;

  EventAssembler(FrameTable frames, EntityView entities) {
    this.frames = frames;
    this.entities = entities;
  }

  Event assemble(Cluster c, Set<EventId> used) {
    List<MentionFacts> members = c.facts();
    String frame = mostFrequent(members, f -> f.frame().name());
    List<StatusChange> history = statusHistory(members);
    EventStatus status = currentStatus(history);
    MentionFacts rep = representative(members, status);

    List<EntityId> sources = new ArrayList<>();
    List<EntityId> targets = new ArrayList<>();
    participants(speakers(members, status), latestActors(members, status, rep), c.symmetric(), sources, targets);
    List<String> sourceNames = new ArrayList<>();
    for (EntityId id : sources) {
      sourceNames.add(name(id, members));
    }
    List<String> targetNames = new ArrayList<>();
    for (EntityId id : targets) {
      targetNames.add(name(id, members));
    }
    List<MentionFacts> latest = new ArrayList<>();
    for (MentionFacts f : members) {
      if (f.status() == status) {
        latest.add(f);
      }
    }
    String location = location(latest);
    if (location == null) {
      location = location(members);
    }
    String summary = frames.summary(frame, status, rep.mention().plover(), sourceNames, targetNames, location);

    TreeSet<Citation> citations = new TreeSet<>(Citations.ORDER);
    for (MentionFacts f : members) {
      citations.add(f.citation());
    }
    for (MentionFacts f : c.attached) {
      citations.add(f.citation());
    }
    return new Event(eventId(members, used), frame, rep.mention().plover(), rep.mention().mode(), rep.mention().cameo(),
        status, sources, targets, location, date(latest, members), quantities(members), summary, history,
        new ArrayList<>(citations), confidence(members));
  }

  /**
   * One entry per (status, article), citing the article's first sentence stating it, dated by the
   * article's publication anchor. Dated entries are ordered by date, then status rank, then
   * citation; each undated entry goes right after the last dated entry whose status is not later
   * in the life cycle (undated entries among themselves by rank, then citation), so an undated
   * "agreed" lands after the last dated "planned" and before a dated "occurred".
   */
  static List<StatusChange> statusHistory(List<MentionFacts> members) {
    Map<String, StatusChange> first = new TreeMap<>();
    for (MentionFacts f : members) {
      String key = f.status().name() + "\u0000" + f.article().value();
      first.putIfAbsent(key, new StatusChange(f.status(), f.statedOn(), f.citation()));
    }
    Comparator<StatusChange> byRank = Comparator.comparingInt((StatusChange s) -> StatusOrder.rank(s.status()))
        .thenComparing(StatusChange::status)
        .thenComparing(StatusChange::source, Citations.ORDER);
    List<StatusChange> dated = new ArrayList<>();
    List<StatusChange> undated = new ArrayList<>();
    for (StatusChange s : first.values()) {
      (s.asOf() == null ? undated : dated).add(s);
    }
    dated.sort(Comparator.comparing(StatusChange::asOf).thenComparing(byRank));
    undated.sort(byRank);
    // an undated entry goes right after the last dated entry not later in the life cycle
    List<List<StatusChange>> after = new ArrayList<>();
    for (int i = 0; i <= dated.size(); i++) {
      after.add(new ArrayList<>());
    }
    for (StatusChange u : undated) {
      int at = 0;
      for (int i = 0; i < dated.size(); i++) {
        if (StatusOrder.rank(dated.get(i).status()) <= StatusOrder.rank(u.status())) {
          at = i + 1;
        }
      }
      after.get(at).add(u);
    }
    List<StatusChange> out = new ArrayList<>(after.get(0));
    for (int i = 0; i < dated.size(); i++) {
      out.add(dated.get(i));
      out.addAll(after.get(i + 1));
    }
    return out;
  }

  /**
   * The latest state in the history, except that once an event is reported as happening, a later
   * forward-looking report ("the planned summit") does not turn it back into a plan.
   */
  static EventStatus currentStatus(List<StatusChange> history) {
    EventStatus status = history.get(0).status();
    for (StatusChange s : history) {
      if (!(StatusOrder.isFactual(status) && StatusOrder.isForwardLooking(s.status()))) {
        status = s.status();
      }
    }
    return status;
  }

  /**
   * {@return the reports whose actors the event names} All reports, except when the event's status
   * is a speech act (requested, proposed) whose own reports name no one: the speaker of a request is
   * then unknown, and the proposer of an earlier status ("something that X proposed two months
   * ago") must not be shown as the one asking now.
   */
  static List<MentionFacts> speakers(List<MentionFacts> members, EventStatus status) {
    if (status != EventStatus.REQUESTED && status != EventStatus.PROPOSED) {
      return members;
    }
    List<MentionFacts> own = new ArrayList<>();
    boolean named = false;
    for (MentionFacts f : members) {
      if (f.status() == status) {
        own.add(f);
        named |= !f.sources().isEmpty() || !f.targets().isEmpty();
      }
    }
    return named ? members : own;
  }

  private static MentionFacts representative(List<MentionFacts> members, EventStatus status) {
    MentionFacts best = null;
    for (MentionFacts f : members) {
      if (f.status() == status && (best == null || f.confidence() > best.confidence())) {
        best = f;
      }
    }
    return best != null ? best : members.get(0);
  }

  /**
   * Symmetric frames: the subject is the participant named most often as source of a report with
   * the event's status (see {@link #latestActors}), then as source at all (then most often overall,
   * then by id); everyone else is an object. Asymmetric frames: sources and targets as
   * reported, by frequency then id.
   */
  /**
   * {@return how often each entity is a source of a report with the event's status, the
   * representative report's sources counting once more} The subject of a symmetric event is chosen
   * by this first: the one who refused a meeting, not the one who once offered it.
   */
  private static Map<EntityId, Integer> latestActors(List<MentionFacts> members, EventStatus status, MentionFacts rep) {
    Map<EntityId, Integer> out = new TreeMap<>();
    for (MentionFacts f : members) {
      if (f.status() == status) {
        for (EntityId id : f.sources()) {
          out.merge(id, f == rep ? 2 : 1, Integer::sum);
        }
      }
    }
    return out;
  }

  private static void participants(List<MentionFacts> members, Map<EntityId, Integer> latest, boolean symmetric,
      List<EntityId> sources, List<EntityId> targets) {
    Map<EntityId, int[]> counts = new TreeMap<>();
    for (MentionFacts f : members) {
      for (EntityId id : f.sources()) {
        int[] c = counts.computeIfAbsent(id, k -> new int[3]);
        c[0]++;
        c[2]++;
      }
      for (EntityId id : f.targets()) {
        int[] c = counts.computeIfAbsent(id, k -> new int[3]);
        c[1]++;
        c[2]++;
      }
    }
    Comparator<Map.Entry<EntityId, int[]>> byTotal = Comparator
        .comparingInt((Map.Entry<EntityId, int[]> e) -> -e.getValue()[2])
        .thenComparing(Map.Entry::getKey);
    if (symmetric) {
      List<Map.Entry<EntityId, int[]>> all = new ArrayList<>(counts.entrySet());
      all.sort(Comparator.comparingInt((Map.Entry<EntityId, int[]> e) -> -latest.getOrDefault(e.getKey(), 0))
          .thenComparingInt(e -> -e.getValue()[0]).thenComparing(byTotal));
      if (all.isEmpty()) {
        return;
      }
      EntityId subject = all.get(0).getKey();
      sources.add(subject);
      all.sort(byTotal);
      for (Map.Entry<EntityId, int[]> e : all) {
        if (!e.getKey().equals(subject)) {
          targets.add(e.getKey());
        }
      }
      return;
    }
    List<Map.Entry<EntityId, int[]>> src = new ArrayList<>();
    List<Map.Entry<EntityId, int[]>> tgt = new ArrayList<>();
    for (Map.Entry<EntityId, int[]> e : counts.entrySet()) {
      (e.getValue()[0] > 0 ? src : tgt).add(e);
    }
    src.sort(Comparator.comparingInt((Map.Entry<EntityId, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
    tgt.sort(Comparator.comparingInt((Map.Entry<EntityId, int[]> e) -> -e.getValue()[1]).thenComparing(Map.Entry::getKey));
    src.forEach(e -> sources.add(e.getKey()));
    tgt.forEach(e -> targets.add(e.getKey()));
  }

  /** The entity's canonical name, else the text most often used for it in these mentions. */
  private String name(EntityId id, List<MentionFacts> members) {
    Map<String, Integer> texts = new TreeMap<>();
    for (MentionFacts f : members) {
      List<ActorRef> actors = new ArrayList<>(f.mention().sources());
      actors.addAll(f.mention().targets());
      for (ActorRef a : actors) {
        if (a.entity() != null && entities.canonical(a.entity()).equals(id)) {
          texts.merge(a.text().strip(), 1, Integer::sum);
        }
      }
    }
    String fallback = id.value();
    int best = 0;
    for (Map.Entry<String, Integer> e : texts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        fallback = e.getKey();
      }
    }
    return entities.nameOf(id, fallback);
  }

  private static String location(List<MentionFacts> members) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (MentionFacts f : members) {
      String key = f.locationKey();
      if (key != null) {
        counts.merge(key, 1, Integer::sum);
        names.putIfAbsent(key, f.locationName());
      }
    }
    String bestKey = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        bestKey = e.getKey();
      }
    }
    return bestKey == null ? null : names.get(bestKey);
  }

  /**
   * Dates and places are taken from the reports of the event's final status when they give one
   * (a held meeting's day, not the day it was once planned for), else from all reports. The
   * finest resolved date (a day beats a month); among equally fine ones the most reported,
   * then the earliest. Without resolved dates, the most informative relative value (a named month
   * or day before a weekday, before an offset from publication, before a vague value; then the
   * finest) as its TIMEX3 string with no bounds. Null when no mention is dated.
   */
  static EventDate date(List<MentionFacts> latest, List<MentionFacts> members) {
    EventDate fromLatest = date(latest);
    return fromLatest != null ? fromLatest : date(members);
  }

  static EventDate date(List<MentionFacts> members) {
    Map<String, Integer> counts = new TreeMap<>();
    TimeValue.Resolved best = null;
    for (MentionFacts f : members) {
      if (f.resolved() != null) {
        counts.merge(intervalKey(f.resolved()), 1, Integer::sum);
      }
    }
    for (MentionFacts f : members) {
      TimeValue.Resolved r = f.resolved();
      if (r == null) {
        continue;
      }
      if (best == null || compareResolved(r, best, counts) < 0) {
        best = r;
      }
    }
    if (best != null) {
      return new EventDate(isoValue(best), best.start(), best.lastDay(), best.granularity());
    }
    TimeValue.Relative rel = null;
    Map<String, Integer> relCounts = new TreeMap<>();
    for (MentionFacts f : members) {
      if (f.relative() != null && !f.relative().timex().isBlank()) {
        relCounts.merge(f.relative().timex(), 1, Integer::sum);
      }
    }
    for (MentionFacts f : members) {
      TimeValue.Relative r = f.relative();
      if (r == null || r.timex().isBlank()) {
        continue;
      }
      if (rel == null || Comparator.comparing(DateRelation::kind)
          .thenComparing(TimeValue.Relative::granularity)
          .thenComparingInt((TimeValue.Relative x) -> -relCounts.get(x.timex()))
          .thenComparing(TimeValue.Relative::timex)
          .thenComparing(TimeValue.Relative::rule)
          .compare(r, rel) < 0) {
        rel = r;
      }
    }
    return rel == null ? null : new EventDate(rel.timex(), null, null, rel.granularity());
  }

  private static int compareResolved(TimeValue.Resolved a, TimeValue.Resolved b, Map<String, Integer> counts) {
    int c = a.granularity().compareTo(b.granularity());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(counts.get(intervalKey(b)), counts.get(intervalKey(a)));
    if (c != 0) {
      return c;
    }
    c = a.start().compareTo(b.start());
    if (c != 0) {
      return c;
    }
    c = a.endExclusive().compareTo(b.endExclusive());
    return c != 0 ? c : a.timex().compareTo(b.timex());
  }

  private static String intervalKey(TimeValue.Resolved r) {
    return r.start() + "/" + r.endExclusive() + "/" + r.granularity();
  }

  /**
   * {@return the resolved interval as an ISO value at its granularity} Always computed from the
   * interval, never the TIMEX3 string (which may be "PRESENT_REF" for a resolved "now"): a day
   * "2025-08-18", a week "2025-W34", a month "2025-08", a quarter "2025-Q3", a year "2025"; coarser
   * or irregular intervals as "first/last" days.
   */
  static String isoValue(TimeValue.Resolved r) {
    LocalDate d = r.start();
    switch (r.granularity()) {
      case DAY:
        return r.endExclusive().equals(d.plusDays(1)) ? d.toString() : d + "/" + r.lastDay();
      case WEEK:
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return r.endExclusive().equals(d.withDayOfMonth(1).plusMonths(1)) ? d.toString().substring(0, 7)
            : d + "/" + r.lastDay();
      case QUARTER:
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR:
        return r.endExclusive().equals(d.withDayOfYear(1).plusYears(1)) ? String.valueOf(d.getYear())
            : d + "/" + r.lastDay();
      default:
        return d + "/" + r.lastDay();
    }
  }

  /** Quantities of all mentions, equal values (same number and unit) once, in mention order. */
  private static List<Quantity> quantities(List<MentionFacts> members) {
    List<Quantity> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (MentionFacts f : members) {
      for (Quantity q : f.mention().quantities()) {
        if (seen.add(q.value() + "\u0000" + q.unit().strip().toLowerCase(Locale.ROOT))) {
          out.add(q);
        }
      }
    }
    return out;
  }

  /**
   * Independent reports add up: 1 - prod(1 - c_a) over articles a, where c_a is the article's most
   * confident mention. Rounded to 4 decimals.
   */
  static double confidence(List<MentionFacts> members) {
    Map<ArticleId, Double> perArticle = new TreeMap<>();
    for (MentionFacts f : members) {
      perArticle.merge(f.article(), f.confidence(), Math::max);
    }
    double miss = 1;
    for (double c : perArticle.values()) {
      miss *= 1 - c;
    }
    return Math.round((1 - miss) * 10_000) / 10_000.0;
  }

  /**
   * "ev-" and 12 hex digits of SHA-256 over the earliest mention (by publication date, unknown
   * last, then canonical order): article, sentence, trigger span and text, frame family.
   */
  private static EventId eventId(List<MentionFacts> members, Set<EventId> used) {
    MentionFacts earliest = members.get(0);
    for (MentionFacts f : members) {
      if (EARLIEST.compare(f, earliest) < 0) {
        earliest = f;
      }
    }
    Citation cite = earliest.citation();
    String trigger = "";
    if (cite.span().contains(earliest.mention().trigger())) {
      int from = earliest.mention().trigger().start() - cite.span().start();
      trigger = cite.text().substring(from, from + earliest.mention().trigger().length());
    }
    String key = earliest.article().value() + "\u0000" + earliest.mention().sentence() + "\u0000"
        + earliest.mention().trigger().start() + ":" + earliest.mention().trigger().end() + "\u0000" + trigger
        + "\u0000" + earliest.family();
    String base = "ev-" + sha256(key).substring(0, 12);
    EventId id = EventId.of(base);
    for (int n = 2; used.contains(id); n++) {
      id = EventId.of(base + "-" + n);
    }
    return id;
  }

  private static final Comparator<MentionFacts> EARLIEST = Comparator
      .comparing(MentionFacts::statedOn, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(MentionFacts.ORDER);

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static <T> String mostFrequent(List<T> items, java.util.function.Function<T, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    for (T t : items) {
      counts.merge(key.apply(t), 1, Integer::sum);
    }
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        n = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
