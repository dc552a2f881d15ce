package org.storyline.fusion.event;

import java.util.Set;
import java.util.TreeSet;
import org.storyline.fusion.MentionFacts;
import org.storyline.model.EntityId;

/**
 * How the participants of two reports relate. Symmetric frames (a meeting of A with B is one of B
 * with A) compare all participants together; asymmetric frames compare sources with sources and
 * targets with targets, so "A sanctions B" and "B sanctions A" are disjoint.
 */
enum Participants {
  EQUAL,
  /** One side lists a subset of the other's (an empty side is a subset of anything). */
  SUBSET,
  /** They share someone, but each lists someone the other does not. */
  OVERLAP,
  /** Both list someone and they share no one. */
  DISJOINT;

  static Participants of(Set<EntityId> x, Set<EntityId> y) {
    if (x.equals(y)) {
      return EQUAL;
    }
    if (x.isEmpty() || y.isEmpty() || x.containsAll(y) || y.containsAll(x)) {
      return SUBSET;
    }
    for (EntityId id : x) {
      if (y.contains(id)) {
        return OVERLAP;
      }
    }
    return DISJOINT;
  }

  static Participants of(boolean symmetric, Set<EntityId> sourcesA, Set<EntityId> targetsA,
      Set<EntityId> sourcesB, Set<EntityId> targetsB) {
    if (symmetric) {
      return of(union(sourcesA, targetsA), union(sourcesB, targetsB));
    }
    Participants s = of(sourcesA, sourcesB);
    Participants t = of(targetsA, targetsB);
    return s.compareTo(t) >= 0 ? s : t;
  }

  static Participants of(MentionFacts a, MentionFacts b) {
    return of(a.frame().symmetric(), Set.copyOf(a.sources()), Set.copyOf(a.targets()),
        Set.copyOf(b.sources()), Set.copyOf(b.targets()));
  }

  static Participants of(Report a, Report b) {
    if (a.facts.frame().symmetric()) {
      return of(a.participants, b.participants);
    }
    Participants s = of(a.sources, b.sources);
    Participants t = of(a.targets, b.targets);
    return s.compareTo(t) >= 0 ? s : t;
  }

  static Participants of(Cluster a, Cluster b) {
    if (a.symmetric()) {
      return of(a.allParticipants, b.allParticipants);
    }
    return of(false, a.sources, a.targets(), b.sources, b.targets());
  }

  /**
   * {@return whether participants this complete identify one happening on their own} Symmetric
   * frames need two participants; asymmetric frames a source and a target.
   */
  static boolean identifying(boolean symmetric, Set<EntityId> sources, Set<EntityId> targets) {
    return symmetric ? union(sources, targets).size() >= 2 : !sources.isEmpty() && !targets.isEmpty();
  }

  static int shared(Report a, Report b) {
    int n = 0;
    for (EntityId id : b.participants) {
      if (a.participants.contains(id)) {
        n++;
      }
    }
    return n;
  }

  static Set<EntityId> union(Set<EntityId> a, Set<EntityId> b) {
    TreeSet<EntityId> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }
}
