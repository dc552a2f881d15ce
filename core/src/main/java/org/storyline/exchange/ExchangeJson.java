package org.storyline.exchange;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.EventDate;
import org.storyline.model.EventId;
import org.storyline.model.MentionId;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.Span;
import org.storyline.model.TimeValue;

/**
 * The exchange format {@value #FORMAT}: one model record as one line of JSON, lossless, so that a
 * record read back {@code equals} the one written. It carries analysed articles with every layer
 * (and the fused story, duplicate links and diagnostics) between processes that share no store: the
 * Spark job writes it beside its Parquet tables and {@code storyline import} reads it into a store.
 *
 * <p>The JSON mirrors the records' components by name. Ids are plain strings, dates ISO strings,
 * an {@link OffsetMap} its {@link OffsetMap#encode() encoding}, and a {@link TimeValue} carries its
 * variant in {@code "@kind"} ({@code resolved}, {@code relative}, {@code duration}, {@code
 * unresolvable}). Derived properties ({@code Span.isEmpty()} and the like) are not written.
 * Unknown fields are ignored on reading, so fields may be added within one format version.
 *
 * <p>Unlike the {@code storyline/1} export ({@link org.storyline.store.StoryJsonWriter}), which is
 * a reader's view, this is a complete copy of the records. Thread-safe.
 */
public final class ExchangeJson {
  /** Name and version of the format; a change that old readers would misread bumps it. */
  public static final String FORMAT = "storyline-exchange/1";

  private static final ObjectMapper MAPPER = mapper();

  private ExchangeJson() {}

  /** {@return one line of JSON for a model record (article, entity, event, link, diagnostic…)} */
  public static String write(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + record.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@return the record of type {@code type} read from one line of JSON}
   *
   * @throws IllegalArgumentException when the line is not valid JSON for that type (the message
   *     names the problem); the record's own validation applies
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new IllegalArgumentException("null instead of a " + type.getSimpleName());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + " in " + FORMAT + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /** {@return an analysed article read from one line} */
  public static AnnotatedArticle article(String json) {
    return read(json, AnnotatedArticle.class);
  }

  /** {@return an entity read from one line} */
  public static Entity entity(String json) {
    return read(json, Entity.class);
  }

  /** {@return an event read from one line} */
  public static Event event(String json) {
    return read(json, Event.class);
  }

  /** {@return a contradiction read from one line} */
  public static Contradiction contradiction(String json) {
    return read(json, Contradiction.class);
  }

  /** {@return a duplicate link read from one line} */
  public static DuplicateLink duplicate(String json) {
    return read(json, DuplicateLink.class);
  }

  /** {@return a diagnostic read from one line} */
  public static Diagnostic diagnostic(String json) {
    return read(json, Diagnostic.class);
  }

  // ---------------------------------------------------------------- mapping

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("storyline-exchange");
    asString(module, ArticleId.class, ArticleId::value, ArticleId::of);
    asString(module, EntityId.class, EntityId::value, EntityId::of);
    asString(module, EventId.class, EventId::value, EventId::of);
    asString(module, MentionId.class, MentionId::value, MentionId::of);
    asString(module, LocalDate.class, LocalDate::toString, LocalDate::parse);
    asString(module, OffsetMap.class, OffsetMap::encode, OffsetMap::decode);
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(module);
    mapper.addMixIn(Span.class, SpanMixin.class);
    mapper.addMixIn(PublicationDate.class, PublicationDateMixin.class);
    mapper.addMixIn(EventDate.class, EventDateMixin.class);
    mapper.addMixIn(TimeValue.class, TimeValueMixin.class);
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, true);
    return mapper;
  }

  private static <T> void asString(SimpleModule module, Class<T> type, Function<T, String> write,
      Function<String, T> read) {
    module.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeString(write.apply(value));
      }
    });
    module.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String text = p.getValueAsString();
        if (text == null) {
          return ctx.reportInputMismatch(type, "expected a string for " + type.getSimpleName());
        }
        try {
          return read.apply(text);
        } catch (RuntimeException e) {
          return ctx.reportInputMismatch(type, "bad " + type.getSimpleName() + " '" + text + "': " + e.getMessage());
        }
      }
    });
  }

  /** Derived accessors that look like bean properties and must not be written. */
  private interface SpanMixin {
    @JsonIgnore
    boolean isEmpty();
  }

  private interface PublicationDateMixin {
    @JsonIgnore
    boolean isKnown();
  }

  private interface EventDateMixin {
    @JsonIgnore
    boolean isResolved();
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TimeValue.Resolved.class, name = "resolved"),
    @JsonSubTypes.Type(value = TimeValue.Relative.class, name = "relative"),
    @JsonSubTypes.Type(value = TimeValue.Duration.class, name = "duration"),
    @JsonSubTypes.Type(value = TimeValue.Unresolvable.class, name = "unresolvable")
  })
  private interface TimeValueMixin {}
}
