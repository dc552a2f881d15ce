package org.storyline.fusion.event;

import java.util.HashSet;
import org.storyline.fusion.HabitualCues;
import java.util.Set;
import org.storyline.fusion.MentionFacts;
import org.storyline.model.EntityId;

/** A mention being fused, with its participant sets precomputed for fast comparison. */
final class Report {
  final MentionFacts facts;
  final Set<EntityId> sources;
  final Set<EntityId> targets;
  final Set<EntityId> participants;
  /** Whether its participants identify a happening on their own (see {@link Participants#identifying}). */
  final boolean identifying;
  /** "article#sentence", for the same-sentence pass. */
  final String sentenceKey;
  /** Whether it reports a habit over time, not one happening (see {@link HabitualCues}). */
  final boolean habitual;

  Report(MentionFacts facts) {
    this.facts = facts;
    this.sources = Set.copyOf(facts.sources());
    this.targets = Set.copyOf(facts.targets());
    Set<EntityId> all = new HashSet<>(sources);
    all.addAll(targets);
    this.participants = Set.copyOf(all);
    this.identifying = Participants.identifying(facts.frame().symmetric(), sources, targets);
    this.sentenceKey = facts.article().value() + "#" + facts.mention().sentence();
    this.habitual = HabitualCues.standard().isHabitual(facts.citation().text(),
        facts.mention().trigger().start() - facts.citation().span().start());
  }
}
