package org.storyline.fusion.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.fusion.DateRelation;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.FrameTable;
import org.storyline.fusion.FusionCode;
import org.storyline.fusion.MentionFacts;
import org.storyline.fusion.StatusOrder;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Event;
import org.storyline.model.EventId;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Granularity;
import org.storyline.model.StageRef;

/**
 * Fuses the event mentions of a batch of analysed articles into canonical events: every mention
 * of one real-world happening, within and across articles, becomes one {@link Event} citing all of
 * them, with a status history from the first plan to the outcome.
 *
 * <p>Fusion runs in ordered passes, highest precision first, over mentions blocked by frame
 * family ({@link FrameTable}; MEET, TALKS and SUMMIT are one family): same sentence; dated with
 * the same identifying participants (two for symmetric frames, a source and a target otherwise);
 * same day and place; dated with nested participant lists; same article and place (e.g. "talks
 * in Istanbul three days hence" and "a meeting this December in Istanbul"); a participant-less
 * report joining its article's only identified event; undated with equal participants; an
 * undated group joining the single dated group it fits. No pass merges reports whose dates lie
 * further apart than the frame's window, whose participants are disjoint, or whose publication
 * date rules the other's date out (a report of occurrence published before the date, a plan
 * stated more than 30 days after it). Different places are accepted only for the same day
 * (a contradiction the finder reports) or from a plan superseded by a later report. A report of
 * a habit over time ("has previously declined … since the war began", {@link
 * org.storyline.fusion.HabitualCues}) joins only other codings of its own sentence. Mentions in an article that a {@link
 * DuplicateLink} marks as a copy are matched to the original's mentions and only add citations;
 * they never start a second event (a copy's mention with no counterpart in the original is fused
 * like any other).
 *
 * <p>The result depends only on the set of inputs, never on their order: articles, mentions and
 * links are sorted canonically first and every choice has a total tie-break. Event ids are hashes
 * of the event's earliest mention (publication date, article, sentence, trigger).
 *
 * <p>Immutable and thread-safe. Bad data (a span outside its article, a missing sentence, a link
 * to an unknown article) becomes a diagnostic in {@link Result}, never an exception.
 */
public final class EventFuser {
  /** The name and version reported in diagnostics. */
  public static final StageRef STAGE = new StageRef("event.fuser", "v1");

  /** Undated groups fuse only when stated at most this many days apart (when both dates are known). */
  static final int UNDATED_HORIZON_DAYS = 366;

  /** A plan stated more than this many days after an event's date cannot be about that event. */
  static final int PLAN_SLACK_DAYS = 30;

  /** Minimum word overlap (Jaccard) for a duplicate's sentence to count as a copy of the original's. */
  static final double COPY_OVERLAP = 0.5;

  private final FrameTable frames;

  /** A fuser using the standard {@link FrameTable}. */
  public EventFuser() {
    this(FrameTable.standard());
  }

  /** A fuser using the given frame table. */
  public EventFuser(FrameTable frames) {
    if (frames == null) {
      throw new IllegalArgumentException("frames required");
    }
    this.frames = frames;
  }

  /**
   * The outcome of fusion.
   *
   * @param events the events, ordered by earliest date (undated last), then id
   * @param diagnostics problems found in the input
   * @param sieves for each event, the passes that merged its mentions (empty for single reports)
   */
  public record Result(List<Event> events, List<Diagnostic> diagnostics, Map<EventId, List<String>> sieves) {
    public Result {
      events = List.copyOf(events);
      diagnostics = List.copyOf(diagnostics);
      sieves = Map.copyOf(sieves);
    }
  }

  /**
   * {@return the fused events of {@code docs}} Same as {@code run(…).events()}.
   *
   * @param docs analysed articles (event mentions with linked actors and resolved times)
   * @param duplicates duplicate links between those articles
   * @param entities canonical entities and id mapping
   */
  public List<Event> fuse(List<AnnotatedArticle> docs, List<DuplicateLink> duplicates, EntityView entities) {
    return run(docs, duplicates, entities).events();
  }

  /** {@return the fused events with diagnostics and the passes that built each event} */
  public Result run(List<AnnotatedArticle> docs, List<DuplicateLink> duplicates, EntityView entities) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AnnotatedArticle> sorted = canonicalDocs(docs, diagnostics);
    Set<ArticleId> ids = new HashSet<>();
    for (AnnotatedArticle doc : sorted) {
      ids.add(doc.id());
    }
    Map<ArticleId, ArticleId> originalOf = originals(ids, duplicates, diagnostics);

    List<MentionFacts> all = new ArrayList<>();
    for (AnnotatedArticle doc : sorted) {
      for (EventMention m : doc.events()) {
        MentionFacts.of(doc, m, entities, frames, STAGE.toString(), diagnostics).ifPresent(all::add);
      }
    }
    all.sort(MentionFacts.ORDER);

    Map<ArticleId, List<MentionFacts>> byArticle = new TreeMap<>();
    for (MentionFacts f : all) {
      byArticle.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f);
    }
    List<MentionFacts> independent = new ArrayList<>();
    List<MentionFacts> speculative = new ArrayList<>();
    Map<MentionFacts, MentionFacts> copyOf = new IdentityHashMap<>();
    for (MentionFacts f : all) {
      if (isSpeculation(f)) {
        speculative.add(f);
        continue;
      }
      ArticleId original = originalOf.get(f.article());
      MentionFacts match = original == null ? null : bestCopyMatch(f, byArticle.getOrDefault(original, List.of()));
      if (match != null) {
        copyOf.put(f, match);
      } else {
        independent.add(f);
      }
    }

    Map<String, List<Cluster>> byFamily = new TreeMap<>();
    for (MentionFacts f : independent) {
      byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(new Cluster(new Report(f)));
    }
    List<Cluster> clusters = new ArrayList<>();
    for (List<Cluster> family : byFamily.values()) {
      for (Sieve sieve : Sieve.values()) {
        if (sieve == Sieve.UNDATED_TO_DATED) {
          joinUndatedToDated(family);
        } else if (sieve == Sieve.ARTICLE_ANAPHOR) {
          joinAnaphors(family);
        } else {
          mergeGreedily(family, sieve);
        }
      }
      clusters.addAll(family);
    }

    clusters.removeIf(c -> !reportable(c));
    for (MentionFacts f : speculative) {
      Cluster home = speculationHome(f, clusters);
      if (home != null) {
        home.attached.add(f);
      }
    }

    Map<MentionFacts, Cluster> clusterOf = new IdentityHashMap<>();
    for (Cluster c : clusters) {
      for (Report r : c.members) {
        clusterOf.put(r.facts, c);
      }
    }
    for (MentionFacts f : all) {
      MentionFacts original = copyOf.get(f);
      if (original != null && clusterOf.containsKey(original)) {
        // a copy of a copy ends in the original's cluster: originals() resolves chains to the root
        clusterOf.get(original).attached.add(f);
      }
    }

    EventAssembler assembler = new EventAssembler(frames, entities);
    List<Event> events = new ArrayList<>();
    Map<EventId, List<String>> sieves = new LinkedHashMap<>();
    Set<EventId> used = new HashSet<>();
    clusters.sort(Comparator.comparing(Cluster::first, MentionFacts.ORDER));
    for (Cluster c : clusters) {
      c.attached.sort(MentionFacts.ORDER);
      Event e = assembler.assemble(c, used);
      used.add(e.id());
      events.add(e);
      sieves.put(e.id(), List.copyOf(c.sieves));
    }
    events.sort(EVENT_ORDER);
    return new Result(events, diagnostics, sieves);
  }

  /**
   * {@return whether the report only muses about a possibility} HYPOTHETICAL reports ("a meeting
   * with Putin could provide an opportunity", "if Moscow refused to participate in talks") are not
   * news of an event: they never make an event of their own nor enter a status history. A threat
   * (PLOVER THREATEN) is a real act and is fused like any report.
   */
  static boolean isSpeculation(MentionFacts f) {
    return f.status() == EventStatus.HYPOTHETICAL && !"THREATEN".equals(f.mention().plover());
  }

  /**
   * {@return whether a fused group is worth an event} It must name a linked participant, or give
   * both a place and a date ("talks in Istanbul three days hence"); a group that names no one and
   * nothing ("the discussions are in the works", "criticism from allies") is analysis talk. A
   * STATEMENT with no addressee or topic ("Trump expressed willingness") says nothing checkable.
   */
  static boolean reportable(Cluster c) {
    boolean named = !c.allParticipants.isEmpty();
    boolean placed = false;
    boolean dated = c.isDated();
    boolean hasTarget = false;
    for (Report r : c.members) {
      placed |= r.facts.hasLocation();
      dated |= r.facts.relative() != null;
      hasTarget |= !r.targets.isEmpty();
    }
    if ("statement".equals(c.family()) && !hasTarget) {
      return false;
    }
    return named || (placed && dated);
  }

  /**
   * {@return the one event a speculative report is about, or null} The report must name someone
   * (an acting source for asymmetric frames, among the event's sources),
   * the event must be reported in the same article, all its participants must be among the event's, their dates must not be apart, and exactly one
   * event of its frame family may qualify. It then only adds a citation.
   */
  private static Cluster speculationHome(MentionFacts f, List<Cluster> clusters) {
    Report r = new Report(f);
    if (r.participants.isEmpty()) {
      return null;
    }
    if (!f.frame().symmetric() && r.sources.isEmpty()) {
      // "tougher sanctions against Russia should they fail to comply": who would act is not said,
      // so it cannot be told apart from any other act against the same target
      return null;
    }
    Cluster home = null;
    for (Cluster c : clusters) {
      if (!c.family().equals(f.family()) || !c.articles.contains(f.article())
          || !c.allParticipants.containsAll(r.participants)
          || (!f.frame().symmetric() && !c.sources.containsAll(r.sources))) {
        continue;
      }
      if (f.isDated() && c.isDated() && (f.resolved().lastDay().isBefore(c.firstDay.minusDays(c.window()))
          || f.resolved().start().isAfter(c.lastDay.plusDays(c.window())))) {
        continue;
      }
      if (home != null) {
        return null;
      }
      home = c;
    }
    return home;
  }

  /** Events by earliest date (undated last), then id: the order of {@link Result#events()}. */
  public static final Comparator<Event> EVENT_ORDER = Comparator
      .comparing((Event e) -> e.date() == null ? null : e.date().earliest(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Event::id);

  private static List<AnnotatedArticle> canonicalDocs(List<AnnotatedArticle> docs, List<Diagnostic> diagnostics) {
    List<AnnotatedArticle> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(AnnotatedArticle::id)
        .thenComparing(AnnotatedArticle::text)
        .thenComparingInt(d -> d.events().size())
        .thenComparing(d -> d.events().toString()));
    List<AnnotatedArticle> out = new ArrayList<>();
    for (AnnotatedArticle doc : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).id().equals(doc.id())) {
        diagnostics.add(FusionCode.W402.diagnostic(STAGE.toString(), doc.id().value(), doc.id()));
        continue;
      }
      out.add(doc);
    }
    return out;
  }

  /**
   * {@return for each duplicate article, the root original it copies} One link per duplicate is
   * used: the most similar, ties by original id. Chains resolve to their end; a cycle's smallest
   * article id is its original.
   */
  static Map<ArticleId, ArticleId> originals(Set<ArticleId> ids, List<DuplicateLink> links, List<Diagnostic> diagnostics) {
    List<DuplicateLink> sorted = new ArrayList<>(links);
    sorted.sort(Comparator.comparing(DuplicateLink::article)
        .thenComparing(Comparator.comparingDouble(DuplicateLink::similarity).reversed())
        .thenComparing(DuplicateLink::original)
        .thenComparing(DuplicateLink::kind));
    Map<ArticleId, ArticleId> parent = new TreeMap<>();
    for (DuplicateLink link : sorted) {
      if (!ids.contains(link.article()) || !ids.contains(link.original())) {
        diagnostics.add(FusionCode.W403.diagnostic(STAGE.toString(), link.article().value(), link.article(), link.original()));
        continue;
      }
      parent.putIfAbsent(link.article(), link.original());
    }
    // break cycles: the smallest id on a cycle becomes an original
    Set<ArticleId> reported = new HashSet<>();
    for (ArticleId start : new ArrayList<>(parent.keySet())) {
      List<ArticleId> path = new ArrayList<>();
      ArticleId at = start;
      while (at != null && !path.contains(at)) {
        path.add(at);
        at = parent.get(at);
      }
      if (at != null) {
        List<ArticleId> cycle = path.subList(path.indexOf(at), path.size());
        ArticleId smallest = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
        if (reported.add(smallest)) {
          diagnostics.add(FusionCode.W404.diagnostic(STAGE.toString(), smallest.value(), start, smallest));
        }
        parent.remove(smallest);
      }
    }
    Map<ArticleId, ArticleId> root = new TreeMap<>();
    for (ArticleId a : parent.keySet()) {
      ArticleId at = a;
      while (parent.containsKey(at)) {
        at = parent.get(at);
      }
      root.put(a, at);
    }
    return root;
  }

  /** {@return the mention of the original article that {@code copy} repeats, or null} */
  private static MentionFacts bestCopyMatch(MentionFacts copy, List<MentionFacts> originals) {
    MentionFacts best = null;
    double bestScore = -1;
    Set<String> words = words(copy.citation().text());
    for (MentionFacts o : originals) {
      if (!o.family().equals(copy.family())) {
        continue;
      }
      Participants rel = Participants.of(o, copy);
      if (rel == Participants.DISJOINT || rel == Participants.OVERLAP) {
        continue;
      }
      double overlap = jaccard(words, words(o.citation().text()));
      if (overlap < COPY_OVERLAP) {
        continue;
      }
      double score = overlap + (o.status() == copy.status() ? 0.5 : 0) + (rel == Participants.EQUAL ? 0.25 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = o;
      }
    }
    return best;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : MentionFacts.normalise(text).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /**
   * Merges clusters in canonical order: each cluster absorbs every later cluster the pass accepts,
   * re-scanning while it grows; the whole pass repeats until nothing merges. Candidates come from
   * an index on the pass's blocking keys (sentence, article or participant), so clusters that
   * share nothing are never compared.
   */
  private static void mergeGreedily(List<Cluster> clusters, Sieve sieve) {
    boolean changed;
    do {
      changed = false;
      Map<String, List<Cluster>> index = new HashMap<>();
      IdentityHashMap<Cluster, Integer> rank = new IdentityHashMap<>();
      for (int i = 0; i < clusters.size(); i++) {
        Cluster c = clusters.get(i);
        rank.put(c, i);
        Set<String> keys = blockingKeys(sieve, c);
        if (keys != null) {
          for (String key : keys) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
          }
        }
      }
      // for passes without keys: dated clusters by first day, to find those within the window
      List<Cluster> byDay = new ArrayList<>();
      long longest = 0;
      for (Cluster c : clusters) {
        if (c.isDated()) {
          byDay.add(c);
          longest = Math.max(longest, ChronoUnit.DAYS.between(c.firstDay, c.lastDay));
        }
      }
      byDay.sort(Comparator.comparing((Cluster c) -> c.firstDay).thenComparing(rank::get));
      List<LocalDate> firstDays = new ArrayList<>();
      for (Cluster c : byDay) {
        firstDays.add(c.firstDay);
      }
      Set<Cluster> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Cluster a : clusters) {
        if (absorbed.contains(a)) {
          continue;
        }
        boolean grew;
        do {
          grew = false;
          int self = rank.get(a);
          List<Cluster> candidates = new ArrayList<>();
          Set<String> keys = blockingKeys(sieve, a);
          if (keys == null) {
            if (a.isDated()) {
              // a later cluster's hull is unchanged in this pass, so its first day lies within
              // [a.first - window - longest hull, a.last + window] if it can be within the window
              long reach = a.window();
              int from = lowerBound(firstDays, a.firstDay.minusDays(reach + longest));
              int to = lowerBound(firstDays, a.lastDay.plusDays(reach + 1));
              TreeMap<Integer, Cluster> byRank = new TreeMap<>();
              for (Cluster b : byDay.subList(from, to)) {
                int r = rank.get(b);
                if (r > self && !absorbed.contains(b)) {
                  byRank.put(r, b);
                }
              }
              candidates.addAll(byRank.values());
            }
          } else {
            TreeMap<Integer, Cluster> byRank = new TreeMap<>();
            for (String key : keys) {
              for (Cluster b : index.getOrDefault(key, List.of())) {
                int r = rank.get(b);
                if (r > self && !absorbed.contains(b)) {
                  byRank.put(r, b);
                }
              }
            }
            candidates.addAll(byRank.values());
          }
          for (Cluster b : candidates) {
            if (accepts(sieve, a, b)) {
              a.absorb(b, sieve.label());
              absorbed.add(b);
              Set<String> grown = blockingKeys(sieve, a);
              if (grown != null) {
                for (String key : grown) {
                  List<Cluster> list = index.computeIfAbsent(key, k -> new ArrayList<>());
                  if (!list.contains(a)) {
                    list.add(a);
                  }
                }
              }
              grew = true;
              changed = true;
            }
          }
        } while (grew);
      }
      clusters.removeIf(absorbed::contains);
    } while (changed);
  }

  /** {@return the index of the first day not before {@code day} in the sorted list} */
  private static int lowerBound(List<LocalDate> sorted, LocalDate day) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Keys two clusters must share for the pass to merge them, or null when the pass has no
   * selective key (the dated passes, which look up clusters whose dates lie within the window).
   */
  private static Set<String> blockingKeys(Sieve sieve, Cluster c) {
    Set<String> keys = new HashSet<>();
    switch (sieve) {
      case SAME_SENTENCE:
        keys.addAll(c.sentences);
        return keys;
      case SAME_ARTICLE_PLACE:
        for (ArticleId a : c.articles) {
          keys.add(a.value());
        }
        return keys;
      case UNDATED_ALIKE:
        keys.add(new TreeSet<>(c.allParticipants).toString());
        return keys;
      case ARTICLE_ANAPHOR:
      case UNDATED_TO_DATED:
        throw new AssertionError(sieve + " is not a greedy pass");
      default:
        return null;
    }
  }

  private static void joinAnaphors(List<Cluster> clusters) {
    List<Cluster> anaphors = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.articles.size() == 1 && (c.allParticipants.isEmpty()
          || (!Participants.identifying(c.symmetric(), c.sources, c.targets()) && definite(c)))) {
        anaphors.add(c);
      }
    }
    for (Cluster u : anaphors) {
      ArticleId article = u.first().article();
      Cluster only = null;
      int anchors = 0;
      // reports of the article per participant set: events told alike are one event in the making
      Map<Set<EntityId>, Integer> told = new HashMap<>();
      Map<Set<EntityId>, Cluster> firstOf = new HashMap<>();
      for (Cluster c : clusters) {
        if (c == u || c.isHabitual() || !c.articles.contains(article)) {
          continue;
        }
        boolean identifies = false;
        int reports = 0;
        for (Report r : c.members) {
          identifies |= r.facts.article().equals(article) && r.identifying;
          reports += r.facts.article().equals(article) ? 1 : 0;
        }
        identifies &= c.allParticipants.containsAll(u.allParticipants);
        if (identifies && forwardLooking(u.members, null) && !forwardLooking(c.members, article)) {
          // "the meeting was suggested": a plan refers to an event still in the making, not to
          // one the article reports as held
          identifies = false;
        }
        if (identifies) {
          anchors++;
          only = c;
          Set<EntityId> key = Set.copyOf(c.allParticipants);
          told.merge(key, reports, Integer::sum);
          firstOf.putIfAbsent(key, c);
        }
      }
      // several candidates: a definite reference ("the planned meeting with Putin", "the meeting
      // was suggested") goes to the article's main event, told at least twice as often as any other
      boolean salient = false;
      if (anchors > 1 && definite(u)) {
        int best = 0;
        int runnerUp = 0;
        Set<EntityId> bestKey = null;
        for (Map.Entry<Set<EntityId>, Integer> e : told.entrySet()) {
          if (e.getValue() > best) {
            runnerUp = best;
            best = e.getValue();
            bestKey = e.getKey();
          } else {
            runnerUp = Math.max(runnerUp, e.getValue());
          }
        }
        salient = best >= 2 * runnerUp;
        only = salient ? firstOf.get(bestKey) : only;
      }
      if ((anchors == 1 || salient) && accepts(Sieve.ARTICLE_ANAPHOR, u, only)) {
        only.absorb(u, Sieve.ARTICLE_ANAPHOR.label());
        clusters.remove(u);
      }
    }
    clusters.sort(Comparator.comparing(Cluster::first, MentionFacts.ORDER));
  }

  /**
   * {@return whether the reports (of {@code article}, or all when null) include a forward-looking
   * one; for {@code article == null}, whether all of them are forward-looking}
   */
  private static boolean forwardLooking(List<Report> reports, ArticleId article) {
    boolean any = false;
    boolean all = true;
    for (Report r : reports) {
      if (article != null && !r.facts.article().equals(article)) {
        continue;
      }
      boolean f = StatusOrder.isForwardLooking(r.facts.status());
      any |= f;
      all &= f;
    }
    return article == null ? all && !reports.isEmpty() : any;
  }

  private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "that", "these", "those", "such");
  private static final java.util.Set<String> PRENOMINAL = java.util.Set.of(
      "planned", "upcoming", "proposed", "potential", "possible", "expected", "anticipated", "scheduled", "long-awaited",
      "first", "next", "bilateral", "trilateral", "direct", "face-to-face", "in-person", "phone", "telephone");

  /**
   * {@return whether every report of the group refers back with a definite noun phrase} ("the
   * planned meeting with Putin", "such a meeting"): it then points at an event the article already
   * introduced, so a partial participant list may join it. Read from the cited sentence.
   */
  static boolean definite(Cluster c) {
    for (Report r : c.members) {
      MentionFacts f = r.facts;
      Citation cite = f.citation();
      int at = f.mention().trigger().start() - cite.span().start();
      if (at < 0 || at > cite.text().length()) {
        return false;
      }
      String[] before = cite.text().substring(0, at).toLowerCase(java.util.Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
      int k = before.length - 1;
      while (k >= 0 && PRENOMINAL.contains(before[k])) {
        k--;
      }
      boolean def = k >= 0 && (DEFINITE.contains(before[k]) || (before[k].equals("a") && k > 0 && before[k - 1].equals("such")));
      if (!def) {
        return false;
      }
    }
    return true;
  }

  private static void joinUndatedToDated(List<Cluster> clusters) {
    List<Cluster> undated = new ArrayList<>();
    List<Cluster> dated = new ArrayList<>();
    for (Cluster c : clusters) {
      (c.isDated() ? dated : undated).add(c);
    }
    for (Cluster u : undated) {
      Cluster only = null;
      int candidates = 0;
      for (Cluster d : dated) {
        if (accepts(Sieve.UNDATED_TO_DATED, u, d)) {
          candidates++;
          only = d;
        }
      }
      if (candidates == 0) {
        for (Cluster d : dated) {
          if (retells(u, d)) {
            candidates++;
            only = d;
          }
        }
      }
      if (candidates == 1) {
        only.absorb(u, Sieve.UNDATED_TO_DATED.label());
        clusters.remove(u);
      }
    }
    clusters.sort(Comparator.comparing(Cluster::first, MentionFacts.ORDER));
  }

  /**
   * {@return whether an undated group of one article retells a dated group of the same article}
   * ("Following the White House meetings, Trump engaged in a 40-minute phone conversation with
   * Putin" after a table row "August 20, 2025 | Trump speaks with Putin"): same article, every
   * report with the dated group's status, at least one shared participant, and nothing
   * incompatible but partly different participant lists (the retelling may name a country where
   * the row names its leader).
   */
  private static boolean retells(Cluster u, Cluster d) {
    if (!u.family().equals(d.family()) || u.articles.size() != 1 || !d.articles.containsAll(u.articles)
        || u.isHabitual() || d.isHabitual() || u.allParticipants.isEmpty() || Collections.disjoint(u.allParticipants, d.allParticipants)) {
      return false;
    }
    for (Report x : u.members) {
      for (Report y : d.members) {
        if (x.facts.status() != y.facts.status()) {
          return false;
        }
        Participants rel = Participants.of(x, y);
        if (rel == Participants.DISJOINT && !x.facts.frame().symmetric()) {
          return false;
        }
        if (implausible(x.facts, y.facts, d.window()) || implausible(y.facts, x.facts, d.window())
            || MentionFacts.differentPlaces(x.facts, y.facts)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@return whether the pass might merge the two groups} Cheap necessary conditions on the
   * groups' summaries; {@link #accepts} decides.
   */
  private static boolean mayLink(Sieve sieve, Cluster a, Cluster b) {
    if (!a.family().equals(b.family())) {
      return false;
    }
    if (a.isDated() && b.isDated()) {
      // every dated pair must lie within the window, so the two date hulls must
      long gap = a.lastDay.isBefore(b.firstDay) ? ChronoUnit.DAYS.between(a.lastDay, b.firstDay)
          : b.lastDay.isBefore(a.firstDay) ? ChronoUnit.DAYS.between(b.lastDay, a.firstDay) : 0;
      if (gap > a.window()) {
        return false;
      }
    }
    switch (sieve) {
      case SAME_SENTENCE:
        return !Collections.disjoint(a.sentences, b.sentences);
      case SAME_ARTICLE_PLACE:
        return a.hasPlace && b.hasPlace && !Collections.disjoint(a.articles, b.articles);
      case ARTICLE_ANAPHOR:
        return !Collections.disjoint(a.articles, b.articles);
      case SAME_PARTICIPANTS_DATED:
      case SAME_DAY_PLACE:
      case SUBSET_PARTICIPANTS_DATED:
        return a.isDated() && b.isDated() && !Collections.disjoint(a.allParticipants, b.allParticipants);
      case UNDATED_ALIKE:
        return !a.isDated() && !b.isDated() && !a.allParticipants.isEmpty()
            && a.allParticipants.equals(b.allParticipants);
      case UNDATED_TO_DATED:
        return !a.isDated() && b.isDated() && !a.allParticipants.isEmpty()
            && a.allParticipants.equals(b.allParticipants);
      default:
        throw new AssertionError(sieve);
    }
  }

  /** {@return whether {@code sieve} merges the two groups} */
  static boolean accepts(Sieve sieve, Cluster a, Cluster b) {
    if (!mayLink(sieve, a, b)) {
      return false;
    }
    if (sieve != Sieve.SAME_SENTENCE && (a.isHabitual() || b.isHabitual())) {
      // "Putin has previously declined Zelensky's attempts at a meeting since the war began":
      // a habit over time is background, never one happening reported elsewhere
      return false;
    }
    int window = a.window();
    boolean linked = false;
    boolean samePlace = false;
    for (Report x : a.members) {
      for (Report y : b.members) {
        Participants rel = Participants.of(x, y);
        if (rel == Participants.DISJOINT && x.facts.frame().symmetric() && !x.identifying && !y.identifying
            && !x.participants.isEmpty() && !y.participants.isEmpty() && (a.isIdentified() || b.isIdentified())) {
          // "the planned meeting with Putin" and "the negotiations Trump prepares": two partial
          // views of a meeting; the groups' own participant lists decide
          rel = Participants.SUBSET;
        }
        boolean disputed = sieve == Sieve.SAME_DAY_PLACE && disputedSource(x, y);
        if (incompatible(x, y, rel, window) && !(disputed && !implausible(x.facts, y.facts, window)
            && !implausible(y.facts, x.facts, window))) {
          return false;
        }
        if (rel == Participants.OVERLAP && sieve != Sieve.SAME_DAY_PLACE) {
          return false;
        }
        if (MentionFacts.differentPlaces(x.facts, y.facts) && !placeConflictAllowed(sieve, x, y, rel)) {
          return false;
        }
        samePlace |= MentionFacts.samePlace(x.facts, y.facts);
        linked |= links(sieve, x, y, rel);
      }
    }
    if (sieve == Sieve.UNDATED_ALIKE || sieve == Sieve.UNDATED_TO_DATED) {
      return Participants.of(a, b) == Participants.EQUAL
          && (Participants.identifying(a.symmetric(), a.sources, a.targets())
              || (samePlace && !a.allParticipants.isEmpty()))
          && (sieve != Sieve.UNDATED_ALIKE || statedWithinHorizon(a, b));
    }
    return linked;
  }

  /**
   * Two reports naming different places may still be one event if they name the same identifying
   * participants: in the dated same-participants pass when both give the same day (a place
   * contradiction) or one is a plan published before the other report (the venue changed); in the
   * undated passes only in the latter case.
   */
  private static boolean placeConflictAllowed(Sieve sieve, Report x, Report y, Participants rel) {
    if (rel != Participants.EQUAL || !x.identifying) {
      return false;
    }
    switch (sieve) {
      case SAME_PARTICIPANTS_DATED:
        return x.facts.isDated() && y.facts.isDated() && (sameDay(x.facts, y.facts) || MentionFacts.superseded(x.facts, y.facts));
      case UNDATED_ALIKE:
      case UNDATED_TO_DATED:
        return MentionFacts.superseded(x.facts, y.facts);
      default:
        return false;
    }
  }

  private static boolean links(Sieve sieve, Report x, Report y, Participants rel) {
    MentionFacts fx = x.facts;
    MentionFacts fy = y.facts;
    switch (sieve) {
      case SAME_SENTENCE:
        // "floated the idea of a trilateral discussion after a meeting with Putin": two statuses
        // with different named participants are two happenings told in one sentence
        return x.sentenceKey.equals(y.sentenceKey) && (fx.status() == fy.status() || x.participants.isEmpty()
            || y.participants.isEmpty() || rel == Participants.EQUAL);
      case SAME_PARTICIPANTS_DATED:
        return fx.isDated() && fy.isDated() && rel == Participants.EQUAL && x.identifying;
      case SAME_DAY_PLACE:
        return sameDay(fx, fy) && MentionFacts.samePlace(fx, fy) && Participants.shared(x, y) >= 1;
      case SUBSET_PARTICIPANTS_DATED:
        return fx.isDated() && fy.isDated() && (rel == Participants.EQUAL || rel == Participants.SUBSET)
            && (Participants.shared(x, y) >= 2 || (Participants.shared(x, y) >= 1 && MentionFacts.samePlace(fx, fy)));
      case SAME_ARTICLE_PLACE:
        return fx.article().equals(fy.article()) && MentionFacts.samePlace(fx, fy);
      case ARTICLE_ANAPHOR:
        return fx.article().equals(fy.article()) && !x.identifying && y.identifying
            && y.participants.containsAll(x.participants);
      case UNDATED_ALIKE:
      case UNDATED_TO_DATED:
        return true;
      default:
        throw new AssertionError(sieve);
    }
  }

  /**
   * {@return whether two same-day, same-place reports of an asymmetric frame name the same targets
   * but different actors} ("Russia shelled the plant" / "Ukraine shelled the plant"): one event with
   * a disputed actor, which the contradiction finder reports.
   */
  private static boolean disputedSource(Report x, Report y) {
    return !x.facts.frame().symmetric() && sameDay(x.facts, y.facts) && MentionFacts.samePlace(x.facts, y.facts)
        && !x.targets.isEmpty() && x.targets.equals(y.targets)
        && !x.sources.isEmpty() && !y.sources.isEmpty()
        && Participants.of(x.sources, y.sources) == Participants.DISJOINT;
  }

  private static boolean sameDay(MentionFacts x, MentionFacts y) {
    return x.isDated() && y.isDated() && x.resolved().granularity() == Granularity.DAY
        && y.resolved().granularity() == Granularity.DAY
        && x.resolved().start().equals(y.resolved().start());
  }

  /**
   * {@return whether two reports cannot be about one happening, whatever the pass} Dates further
   * apart than the frame's window, disjoint participants, or a date the other report's
   * publication date rules out.
   */
  private static boolean incompatible(Report x, Report y, Participants rel, int window) {
    MentionFacts fx = x.facts;
    MentionFacts fy = y.facts;
    if (fx.isDated() && fy.isDated() && DateRelation.gapDays(fx.resolved(), fy.resolved()) > window) {
      return true;
    }
    if (rel == Participants.DISJOINT) {
      return true;
    }
    return implausible(fx, fy, window) || implausible(fy, fx, window);
  }

  /** A report of occurrence published before the dated event began, or a plan stated long after it. */
  private static boolean implausible(MentionFacts dated, MentionFacts other, int window) {
    if (!dated.isDated()) {
      return false;
    }
    LocalDate start = dated.resolved().start();
    LocalDate last = dated.resolved().lastDay();
    LocalDate latest = other.statedLatest();
    if (StatusOrder.isFactual(other.status()) && latest != null && latest.isBefore(start.minusDays(window))) {
      return true;
    }
    LocalDate earliest = other.statedEarliest();
    return StatusOrder.isForwardLooking(other.status()) && earliest != null
        && earliest.isAfter(last.plusDays(window + (long) PLAN_SLACK_DAYS));
  }

  /**
   * {@return whether every two reports were published close enough to be about one undated
   * happening} The least possible distance between their publication windows must not exceed the
   * frame's horizon (a year for meetings, two weeks for calls: an undated "recent call" in articles
   * published months apart is two calls) nor {@link #UNDATED_HORIZON_DAYS}. Unknown dates never
   * separate reports.
   */
  private static boolean statedWithinHorizon(Cluster a, Cluster b) {
    long horizon = Math.min(UNDATED_HORIZON_DAYS, a.first().frame().horizonDays());
    for (Report x : a.members) {
      for (Report y : b.members) {
        long gap = publicationGap(x.facts, y.facts);
        if (gap > horizon) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@return the least number of days between the two publication windows (0 when they may meet or are unknown)} */
  static long publicationGap(MentionFacts x, MentionFacts y) {
    LocalDate xLatest = x.statedLatest();
    LocalDate yEarliest = y.statedEarliest();
    if (xLatest != null && yEarliest != null && xLatest.isBefore(yEarliest)) {
      return ChronoUnit.DAYS.between(xLatest, yEarliest);
    }
    LocalDate yLatest = y.statedLatest();
    LocalDate xEarliest = x.statedEarliest();
    if (yLatest != null && xEarliest != null && yLatest.isBefore(xEarliest)) {
      return ChronoUnit.DAYS.between(yLatest, xEarliest);
    }
    return 0;
  }
}
