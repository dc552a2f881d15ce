package org.storyline.nlp.entities;

import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/** A mention being linked: mutable working state of one {@link EntityLinker} run, never shared. */
final class Draft {
  /** Where the draft came from. */
  enum Origin {
    /** An input (NER) mention. */
    NER,
    /** A lexicon alias found in the text. */
    ALIAS,
    /** One part of a compound NER mention ("Trump" of "Trump-Putin"). */
    SPLIT,
    /** A nationality word. */
    DEMONYM,
    /** A descriptor phrase ("the Ukrainian president"). */
    DESCRIPTOR
  }

  /** What a descriptor says: "the former U.S. president" -> former, loc:usa, "president". */
  record Descriptor(boolean former, EntityId scope, String headKey, String roleText) {}

  final Origin origin;
  final Mention original;
  Span span;
  EntityType type;
  EntityId entity;
  /** The lexicon id an alias or split part was matched to, else null. */
  EntityId aliasId;
  Descriptor descriptor;
  /** For a descriptor: the drafts inside it ("U.S." of "the U.S. defense secretary"), dropped when it resolves. */
  final java.util.List<Draft> shadowed = new java.util.ArrayList<>();
  double confidence;
  /** A one-word person name, resolved by in-article coreference. */
  boolean bare;
  /** A pronoun NER tagged as a name ("He"). */
  boolean pronoun;
  /** A one-word organisation or place from NER that may be a person's surname. */
  boolean maybePerson;
  /** First and last (exclusive) word index of the name proper, titles and possessive stripped. */
  int nameFrom;
  int nameTo;

  Draft(Origin origin, Mention original, Span span, EntityType type) {
    this.origin = origin;
    this.original = original;
    this.span = span;
    this.type = type;
    this.confidence = original == null ? 0.8 : original.provenance().confidence();
  }

  int nameLength() {
    return nameTo - nameFrom;
  }

  @Override
  public String toString() {
    return origin + " " + span + " " + type + " -> " + entity;
  }
}
