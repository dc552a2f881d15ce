package org.storyline.fusion.event;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.storyline.fusion.MentionFacts;
import org.storyline.model.EntityId;

/**
 * A group of mentions being fused into one event. Mutable, used only inside one {@link EventFuser}
 * call. {@code members} are the independent reports; {@code attached} are copies of them found
 * in duplicate articles (provenance only).
 */
final class Cluster {
  final List<MentionFacts> members = new ArrayList<>();
  final List<MentionFacts> attached = new ArrayList<>();
  final TreeSet<String> sieves = new TreeSet<>();

  Cluster(MentionFacts first) {
    members.add(first);
  }

  MentionFacts first() {
    return members.get(0);
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
    for (MentionFacts f : members) {
      if (f.isDated()) {
        return true;
      }
    }
    return false;
  }

  TreeSet<EntityId> sources() {
    TreeSet<EntityId> out = new TreeSet<>();
    for (MentionFacts f : members) {
      out.addAll(f.sources());
    }
    return out;
  }

  TreeSet<EntityId> targets() {
    TreeSet<EntityId> out = new TreeSet<>();
    for (MentionFacts f : members) {
      out.addAll(f.targets());
    }
    out.removeAll(sources());
    return out;
  }

  TreeSet<EntityId> participants() {
    TreeSet<EntityId> out = sources();
    out.addAll(targets());
    return out;
  }

  void absorb(Cluster other, String sieve) {
    members.addAll(other.members);
    members.sort(MentionFacts.ORDER);
    attached.addAll(other.attached);
    attached.sort(MentionFacts.ORDER);
    sieves.addAll(other.sieves);
    sieves.add(sieve);
  }
}
