package org.storyline.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.EventStatus;
import org.storyline.model.Granularity;
import org.storyline.model.Provenance;
import org.storyline.model.Quantity;
import org.storyline.model.RoleMention;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;
import org.storyline.testkit.Docs;

/** Hand-built inputs for fusion tests: entities, event mentions, roles and times. */
public final class Fixtures {
  public static final String TRUMP = "person:donald-trump";
  public static final String PUTIN = "person:vladimir-putin";
  public static final String ZELENSKY = "person:volodymyr-zelensky";
  public static final String VANCE = "person:jd-vance";
  public static final String ISTANBUL = "loc:istanbul";
  public static final String ALASKA = "loc:alaska";
  public static final String SAUDI = "loc:saudi-arabia";
  public static final String WHITE_HOUSE = "loc:white-house";
  public static final String RUSSIA = "gov:russia";
  public static final String UKRAINE = "gov:ukraine";
  public static final String KYIV = "loc:kyiv";

  private Fixtures() {}

  /** Entities by id, with "person:trump" as a per-article alias of Donald Trump. */
  public static EntityView entities() {
    List<Entity> list = List.of(
        person(TRUMP, "Donald Trump"), person(PUTIN, "Vladimir Putin"), person(ZELENSKY, "Volodymyr Zelenskyy"),
        person(VANCE, "JD Vance"), place(ISTANBUL, "Istanbul"), place(ALASKA, "Alaska"),
        place(SAUDI, "Saudi Arabia"), place(WHITE_HOUSE, "White House"), place(KYIV, "Kyiv"),
        new Entity(EntityId.of(RUSSIA), EntityType.ORGANIZATION, "Russia", List.of(), List.of(), "RUSGOV", 1),
        new Entity(EntityId.of(UKRAINE), EntityType.ORGANIZATION, "Ukraine", List.of(), List.of(), "UKRGOV", 1));
    return new MapEntityView(list, Map.of(EntityId.of("person:trump"), EntityId.of(TRUMP)));
  }

  private static Entity person(String id, String name) {
    return new Entity(EntityId.of(id), EntityType.PERSON, name, List.of(), List.of(), null, 1);
  }

  private static Entity place(String id, String name) {
    return new Entity(EntityId.of(id), EntityType.LOCATION, name, List.of(), List.of(), null, 1);
  }

  /** A map-backed entity view, as the tests' stand-in for entity resolution. */
  public static final class MapEntityView implements EntityView {
    private final Map<EntityId, Entity> byId = new HashMap<>();
    private final Map<EntityId, EntityId> aliases;
    private final List<Entity> all;

    public MapEntityView(List<Entity> entities, Map<EntityId, EntityId> aliases) {
      for (Entity e : entities) {
        byId.put(e.id(), e);
      }
      this.aliases = Map.copyOf(aliases);
      this.all = List.copyOf(entities);
    }

    @Override
    public EntityId canonical(EntityId id) {
      return aliases.getOrDefault(id, id);
    }

    @Override
    public java.util.Optional<Entity> find(EntityId id) {
      return java.util.Optional.ofNullable(byId.get(canonical(id)));
    }

    @Override
    public List<Entity> all() {
      return all;
    }
  }

  public static TimeValue.Resolved day(int y, int m, int d) {
    LocalDate start = LocalDate.of(y, m, d);
    return new TimeValue.Resolved(start, start.plusDays(1), Granularity.DAY, start.toString());
  }

  public static TimeValue.Resolved month(int y, int m) {
    LocalDate start = LocalDate.of(y, m, 1);
    return new TimeValue.Resolved(start, start.plusMonths(1), Granularity.MONTH, start.toString().substring(0, 7));
  }

  public static TimeValue.Resolved year(int y) {
    LocalDate start = LocalDate.of(y, 1, 1);
    return new TimeValue.Resolved(start, start.plusYears(1), Granularity.YEAR, String.valueOf(y));
  }

  /** "three days hence" with no known anchor. */
  public static TimeValue.Relative daysHence(int n) {
    return new TimeValue.Relative("offset:+" + n + ":DAY", Granularity.DAY, "XXXX-XX-XX");
  }

  /** "this December" with no known anchor. */
  public static TimeValue.Relative thisMonth(int month) {
    return new TimeValue.Relative("this-month:" + month, Granularity.MONTH, String.format("XXXX-%02d", month));
  }

  public static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  /** {@return a builder for an event mention whose trigger is the first {@code trigger} in {@code doc}} */
  public static MentionBuilder mention(AnnotatedArticle doc, String trigger) {
    return new MentionBuilder(doc, Docs.spanOf(doc, trigger));
  }

  /** {@return doc with these event mentions added} */
  public static AnnotatedArticle withEvents(AnnotatedArticle doc, EventMention... mentions) {
    List<EventMention> all = new ArrayList<>(doc.events());
    all.addAll(List.of(mentions));
    return doc.withEvents(all);
  }

  /** {@return doc with a role mention on the first occurrence of {@code text}} */
  public static AnnotatedArticle withRole(AnnotatedArticle doc, String text, String role, String entity) {
    Span span = Docs.spanOf(doc, text);
    List<RoleMention> roles = new ArrayList<>(doc.roles());
    roles.add(new RoleMention(EntityId.of(entity), role, span, text, new Provenance(doc.id(), span, Docs.TEST_STAGE, 0.9)));
    return doc.withRoles(roles);
  }

  /** {@return doc with a resolved time expression on the first occurrence of {@code text}} */
  public static AnnotatedArticle withTime(AnnotatedArticle doc, String text, TimeValue value) {
    Span span = Docs.spanOf(doc, text);
    List<TimeExpression> times = new ArrayList<>(doc.times());
    times.add(new TimeExpression(span, text, TimexType.DATE, value, new Provenance(doc.id(), span, Docs.TEST_STAGE, 1.0)));
    return doc.withTimes(times);
  }

  /** Builds an {@link EventMention}. */
  public static final class MentionBuilder {
    private final AnnotatedArticle doc;
    private final Span trigger;
    private String frame = "MEET";
    private EventStatus status = EventStatus.OCCURRED;
    private final List<ActorRef> sources = new ArrayList<>();
    private final List<ActorRef> targets = new ArrayList<>();
    private ActorRef location;
    private TimeValue when;
    private Span whenSpan;
    private final List<Quantity> quantities = new ArrayList<>();
    private double confidence = 0.8;

    public MentionBuilder(AnnotatedArticle doc, Span trigger) {
      this.doc = doc;
      this.trigger = trigger;
    }

    public MentionBuilder frame(String f) {
      this.frame = f;
      return this;
    }

    public MentionBuilder status(EventStatus s) {
      this.status = s;
      return this;
    }

    public MentionBuilder source(String entity, String text) {
      sources.add(new ActorRef(null, text, entity == null ? null : EntityId.of(entity), null));
      return this;
    }

    public MentionBuilder target(String entity, String text) {
      targets.add(new ActorRef(null, text, entity == null ? null : EntityId.of(entity), null));
      return this;
    }

    public MentionBuilder at(String entity, String text) {
      location = new ActorRef(null, text, entity == null ? null : EntityId.of(entity), null);
      return this;
    }

    public MentionBuilder when(TimeValue value) {
      this.when = value;
      return this;
    }

    /** Sets the date and its span (the first occurrence of {@code text}). */
    public MentionBuilder when(TimeValue value, String text) {
      this.when = value;
      this.whenSpan = Docs.spanOf(doc, text);
      return this;
    }

    public MentionBuilder quantity(String text, double value, String unit) {
      quantities.add(new Quantity(Docs.spanOf(doc, text), text, value, unit));
      return this;
    }

    public MentionBuilder confidence(double c) {
      this.confidence = c;
      return this;
    }

    public EventMention build() {
      int sentence = doc.sentenceAt(trigger.start()).index();
      Span evidence = doc.sentences().get(sentence).span();
      return new EventMention(doc.id() + "#e" + trigger.start(), sentence, trigger, frame, "CONSULT", "",
          "040", status, sources, targets, location, when, whenSpan, quantities,
          new Provenance(doc.id(), evidence, Docs.TEST_STAGE, confidence));
    }
  }
}
