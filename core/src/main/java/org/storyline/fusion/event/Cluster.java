package org.storyline.fusion.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.fusion.MentionFacts;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityId;

/**
 * A group of mentions being fused into one event. Mutable, used only inside one {@link EventFuser}
 * call. {@code members} are the independent reports; {@code attached} are copies of them found
 * in duplicate articles (provenance only). Summaries (participants, articles, sentences, date
 * hull) are kept up to date for cheap pre-checks.
 */
final class Cluster {
  static final Comparator<Report> ORDER = Comparator.comparing(r -> r.facts, MentionFacts.ORDER);

  final List<Report> members = new ArrayList<>();
  final List<MentionFacts> attached = new ArrayList<>();
  final TreeSet<String> sieves = new TreeSet<>();
  final Set<EntityId> sources = new HashSet<>();
  final Set<EntityId> allParticipants = new HashSet<>();
  final Set<ArticleId> articles = new HashSet<>();
  final Set<String> sentences = new HashSet<>();
  boolean hasPlace;
  /** First and last day of the dated members' dates; null when none is dated. */
  LocalDate firstDay;
  LocalDate lastDay;

  Cluster(Report first) {
    add(first);
  }

  private void add(Report r) {
    members.add(r);
    sources.addAll(r.sources);
    allParticipants.addAll(r.participants);
    articles.add(r.facts.article());
    sentences.add(r.sentenceKey);
    hasPlace |= r.facts.hasLocation();
    if (r.facts.isDated()) {
      LocalDate s = r.facts.resolved().start();
      LocalDate e = r.facts.resolved().lastDay();
      firstDay = firstDay == null || s.isBefore(firstDay) ? s : firstDay;
      lastDay = lastDay == null || e.isAfter(lastDay) ? e : lastDay;
    }
  }

  MentionFacts first() {
    return members.get(0).facts;
  }

  List<MentionFacts> facts() {
    List<MentionFacts> out = new ArrayList<>(members.size());
    for (Report r : members) {
      out.add(r.facts);
    }
    return out;
  }

  String family() {
    return first().family();
  }

  boolean symmetric() {
    return first().frame().symmetric();
  }

  int window() {
    return first().frame().windowDays();
  }

  boolean isDated() {
    return firstDay != null;
  }

  /** {@return whether some member's participants identify a happening on their own} */
  boolean isIdentified() {
    for (Report r : members) {
      if (r.identifying) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether some member reports a habit over time rather than one happening} */
  boolean isHabitual() {
    for (Report r : members) {
      if (r.habitual) {
        return true;
      }
    }
    return false;
  }

  Set<EntityId> targets() {
    Set<EntityId> out = new HashSet<>(allParticipants);
    out.removeAll(sources);
    return out;
  }

  void absorb(Cluster other, String sieve) {
    for (Report r : other.members) {
      add(r);
    }
    members.sort(ORDER);
    attached.addAll(other.attached);
    attached.sort(MentionFacts.ORDER);
    sieves.addAll(other.sieves);
    sieves.add(sieve);
  }
}
