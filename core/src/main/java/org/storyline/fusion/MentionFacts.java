package org.storyline.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.PublicationDate;
import org.storyline.model.Span;
import org.storyline.model.TimeValue;

/**
 * One event mention as fusion sees it: its article and publication date, the sentence citing it,
 * its frame, canonical participants, place and date. Built by {@link #of}; shared by the event
 * fuser and the contradiction finder so both read mentions the same way.
 *
 * @param article the article
 * @param published the article's publication date
 * @param mention the mention as coded
 * @param citation the sentence that reports it
 * @param frame its frame from the {@link FrameTable}
 * @param sources canonical ids of the linked acting actors, sorted, distinct
 * @param targets canonical ids of the linked other actors, sorted, distinct, without sources
 * @param locationId canonical id of the place when linked, else null
 * @param locationName the place's display name (entity name, else its text), or null
 * @param resolved the mention's date when resolved to a calendar interval, else null
 * @param relative the mention's date when relative to an unknown anchor, else null
 * @param whenText the text of the time expression when its span is known, else null
 */
public record MentionFacts(
    ArticleId article,
    PublicationDate published,
    EventMention mention,
    Citation citation,
    FrameTable.Frame frame,
    List<EntityId> sources,
    List<EntityId> targets,
    EntityId locationId,
    String locationName,
    TimeValue.Resolved resolved,
    TimeValue.Relative relative,
    String whenText) {

  /** Canonical total order: article, sentence, trigger span, mention id, frame, status, then all fields. */
  public static final Comparator<MentionFacts> ORDER = Comparator.comparing(MentionFacts::article)
      .thenComparingInt(f -> f.mention().sentence())
      .thenComparing(f -> f.mention().trigger())
      .thenComparing(f -> f.mention().id())
      .thenComparing(f -> f.mention().frame())
      .thenComparing(f -> f.mention().status())
      .thenComparing(f -> f.mention().toString());

  public MentionFacts {
    if (article == null || published == null || mention == null || citation == null || frame == null) {
      throw new IllegalArgumentException("mention facts: missing field");
    }
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /**
   * {@return the facts of one mention of {@code doc}, or empty when the mention cannot be placed in
   * the text} Problems are added to {@code diagnostics} (codes {@link FusionCode#E401}, {@link
   * FusionCode#W401}).
   */
  public static Optional<MentionFacts> of(AnnotatedArticle doc, EventMention m, EntityView entities,
      FrameTable frames, String stage, List<Diagnostic> diagnostics) {
    int length = doc.text().length();
    if (!m.trigger().fitsIn(length) || !m.provenance().evidence().fitsIn(length)) {
      diagnostics.add(FusionCode.E401.diagnostic(stage, doc.id().value(), m.id()));
      return Optional.empty();
    }
    Optional<Citation> citation = Citations.ofSentence(doc, m.sentence());
    if (citation.isEmpty()) {
      diagnostics.add(FusionCode.W401.diagnostic(stage, doc.id().value(), m.id(), m.sentence()));
      citation = Citations.atOffset(doc, m.trigger().start())
          .or(() -> Citations.of(doc, Math.max(0, m.sentence()), m.provenance().evidence()));
    }
    if (citation.isEmpty()) {
      diagnostics.add(FusionCode.E401.diagnostic(stage, doc.id().value(), m.id()));
      return Optional.empty();
    }
    TreeSet<EntityId> sources = linked(m.sources(), entities);
    TreeSet<EntityId> targets = linked(m.targets(), entities);
    targets.removeAll(sources);
    EntityId locationId = null;
    String locationName = null;
    ActorRef loc = m.location();
    if (loc != null) {
      locationId = loc.entity() == null ? null : entities.canonical(loc.entity());
      // a place linked to a government ("the White House" -> gov:usa) is shown as written
      boolean place = locationId != null && entities.find(locationId).map(e -> e.type() == EntityType.LOCATION).orElse(false);
      locationName = place ? entities.nameOf(locationId, loc.text().strip()) : loc.text().strip();
    }
    TimeValue.Resolved resolved = m.when() instanceof TimeValue.Resolved ? (TimeValue.Resolved) m.when() : null;
    TimeValue.Relative relative = m.when() instanceof TimeValue.Relative ? (TimeValue.Relative) m.when() : null;
    String whenText = null;
    Span ws = m.whenSpan();
    if (ws != null && ws.fitsIn(length)) {
      whenText = ws.coveredText(doc.text());
    }
    return Optional.of(new MentionFacts(doc.id(), doc.article().published(), m, citation.get(),
        frames.frame(m.frame()), new ArrayList<>(sources), new ArrayList<>(targets), locationId, locationName,
        resolved, relative, whenText));
  }

  private static TreeSet<EntityId> linked(List<ActorRef> actors, EntityView entities) {
    TreeSet<EntityId> out = new TreeSet<>();
    for (ActorRef a : actors) {
      if (a.entity() != null) {
        out.add(entities.canonical(a.entity()));
      }
    }
    return out;
  }

  /** {@return the stated status} */
  public EventStatus status() {
    return mention.status();
  }

  /** {@return the frame family} */
  public String family() {
    return frame.family();
  }

  /** {@return sources and targets together, sorted, distinct} */
  public List<EntityId> participants() {
    TreeSet<EntityId> all = new TreeSet<>(sources);
    all.addAll(targets);
    return new ArrayList<>(all);
  }

  /** {@return whether the mention's date is a calendar interval} */
  public boolean isDated() {
    return resolved != null;
  }

  /** {@return whether a place is named} */
  public boolean hasLocation() {
    return locationName != null && !locationName.isBlank();
  }

  /** {@return the date the source stated it: the publication anchor, or null when unknown} */
  public LocalDate statedOn() {
    return published.anchor();
  }

  /** {@return the earliest possible publication date, or null} */
  public LocalDate statedEarliest() {
    return published.earliest();
  }

  /** {@return the latest possible publication date, or null} */
  public LocalDate statedLatest() {
    return published.latest();
  }

  /** {@return the mention's confidence} */
  public double confidence() {
    return mention.provenance().confidence();
  }

  /** {@return a key for counting places: the canonical id when linked, else the normalised name} */
  public String locationKey() {
    if (!hasLocation()) {
      return null;
    }
    return locationId != null ? "id:" + locationId.value() : "name:" + normalise(locationName);
  }

  /**
   * {@return whether both name the same place} Linked places compare by canonical id; otherwise
   * by normalised name (case, a leading "the", punctuation and spacing ignored).
   */
  public static boolean samePlace(MentionFacts a, MentionFacts b) {
    if (!a.hasLocation() || !b.hasLocation()) {
      return false;
    }
    if (a.locationId != null && b.locationId != null) {
      return a.locationId.equals(b.locationId);
    }
    return normalise(a.locationName).equals(normalise(b.locationName));
  }

  /** {@return whether both name a place and the places differ} */
  public static boolean differentPlaces(MentionFacts a, MentionFacts b) {
    return a.hasLocation() && b.hasLocation() && !samePlace(a, b);
  }

  /**
   * {@return whether one of the two is a forward-looking report (proposed, planned, agreed…)
   * published strictly before the other} A later report supersedes such a plan: a changed date or
   * place is then news, not a contradiction.
   */
  public static boolean superseded(MentionFacts a, MentionFacts b) {
    return plannedBefore(a, b) || plannedBefore(b, a);
  }

  private static boolean plannedBefore(MentionFacts plan, MentionFacts later) {
    return StatusOrder.isForwardLooking(plan.status()) && plan.statedLatest() != null
        && later.statedEarliest() != null && plan.statedLatest().isBefore(later.statedEarliest());
  }

  /** {@return lower-cased text with punctuation removed, spacing collapsed and a leading "the " dropped} */
  public static String normalise(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u2019\u2018\u201c\u201d]", " ")
        .replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
