package org.storyline.fusion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Citation;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.StatusChange;

/**
 * A sorted, filtered view of events: pure data, no printing. Events with a calendar date come
 * first, by earliest day, then latest day, then finer precision, then id; events dated only
 * relative to an unknown publication date ("XXXX-12") follow, then undated events. Within each of
 * the last two groups events go by the first publication date a source stated them (unknown
 * last), then by where they are first told (article, then sentence), then id — so undated events
 * of one article keep the article's order. Immutable and thread-safe.
 */
public final class Timeline {
  private static final Comparator<TimelineEntry> DATED = Comparator.comparing(TimelineEntry::start)
      .thenComparing(TimelineEntry::end)
      .thenComparing(e -> e.event().date().granularity(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.event().id());
  private static final Comparator<TimelineEntry> UNDATED = Comparator
      .comparing((TimelineEntry e) -> e.event().date() == null)
      .thenComparing(e -> firstStated(e.event()), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> firstCitation(e.event()), Comparator.nullsLast(Citations.ORDER))
      .thenComparing(e -> e.event().id());

  private final EntityView entities;

  /** A timeline that canonicalises actor ids through {@code entities}. */
  public Timeline(EntityView entities) {
    if (entities == null) {
      throw new IllegalArgumentException("entities required");
    }
    this.entities = entities;
  }

  /** {@return every event, dated ones first} */
  public List<TimelineEntry> entries(List<Event> events) {
    return entries(events, null, null, null);
  }

  /**
   * {@return the events in order, filtered}
   *
   * @param from keep events whose last possible day is on or after this day (null: no bound)
   * @param to keep events whose first possible day is on or before this day (null: no bound)
   * @param actor keep events with this actor (any per-article or canonical id) among their
   *     sources or targets (null: everyone)
   *     <p>With a date bound, undated events are left out: they cannot be placed in the range.
   */
  public List<TimelineEntry> entries(List<Event> events, LocalDate from, LocalDate to, EntityId actor) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("empty range " + from + " .. " + to);
    }
    EntityId who = actor == null ? null : entities.canonical(actor);
    List<TimelineEntry> dated = new ArrayList<>();
    List<TimelineEntry> undated = new ArrayList<>();
    for (Event e : events) {
      if (who != null && !involves(e, who)) {
        continue;
      }
      if (e.date() != null && e.date().isResolved()) {
        LocalDate start = e.date().earliest();
        LocalDate end = e.date().latest();
        if ((from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to))) {
          dated.add(new TimelineEntry(TimelineEntry.Group.DATED, start, end, e));
        }
      } else if (from == null && to == null) {
        undated.add(new TimelineEntry(TimelineEntry.Group.UNDATED, null, null, e));
      }
    }
    dated.sort(DATED);
    undated.sort(UNDATED);
    List<TimelineEntry> out = new ArrayList<>(dated);
    out.addAll(undated);
    return out;
  }

  private boolean involves(Event e, EntityId who) {
    for (EntityId id : e.sources()) {
      if (entities.canonical(id).equals(who)) {
        return true;
      }
    }
    for (EntityId id : e.targets()) {
      if (entities.canonical(id).equals(who)) {
        return true;
      }
    }
    return false;
  }

  private static Citation firstCitation(Event e) {
    Citation first = null;
    for (Citation c : e.mentions()) {
      if (first == null || Citations.ORDER.compare(c, first) < 0) {
        first = c;
      }
    }
    return first;
  }

  private static LocalDate firstStated(Event e) {
    LocalDate first = null;
    for (StatusChange s : e.statusHistory()) {
      first = DateRelation.min(first, s.asOf());
    }
    return first;
  }

  /**
   * {@return the first ({@code end} false) or last day of a date filter written YYYY, YYYY-MM or
   * YYYY-MM-DD; empty when the text is none of these} Shared by the CLI's and the API's filters.
   */
  public static Optional<LocalDate> dateBound(String text, boolean end) {
    try {
      if (text.matches("\\d{4}")) {
        int y = Integer.parseInt(text);
        return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(text);
        return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(text));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // not a calendar date: empty below
    }
    return Optional.empty();
  }
}
