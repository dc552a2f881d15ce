package org.storyline.nlp.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.pipeline.RuleFile;

/**
 * The actor lexicon ({@code entities/actors.v1.txt}): canonical ids, names, aliases, CAMEO actor
 * codes, capitals that stand for their governments, nationality words and offices in time.
 * Immutable and thread-safe. See the resource's header for the file format.
 */
public final class ActorLexicon {
  /** Where the default lexicon lives on the class path. */
  public static final String RESOURCE = "/entities/actors.v1.txt";

  /**
   * One actor.
   *
   * @param id canonical id, {@code <kind>:<slug>}
   * @param actorCode CAMEO actor code, or null
   * @param aliases every spelling, the canonical name included, as written in the lexicon
   */
  public record Actor(EntityId id, EntityType type, String name, String actorCode, List<String> aliases) {
    public Actor {
      if (id == null || type == null || name == null) {
        throw new IllegalArgumentException("actor: missing field");
      }
      aliases = List.copyOf(aliases);
    }
  }

  /** Who held an office ({@code role} of {@code scope}) from {@code from} to {@code to}, inclusive; {@code to} null while in office. */
  public record Office(EntityId scope, String role, EntityId holder, LocalDate from, LocalDate to) {
    public Office {
      if (scope == null || role == null || holder == null || from == null) {
        throw new IllegalArgumentException("office: missing field");
      }
    }

    /** {@return whether the office was held on {@code date}} */
    public boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  /** An {@code # EXAMPLE} line of the resource: linking {@code text} must give {@code mentionText} -> {@code expected}. */
  public record Example(String name, String text, String mentionText, EntityId expected, LocalDate published) {}

  /** An alias as the matcher uses it. */
  record Alias(Phrase phrase, EntityId id, boolean anyCase) {
    /** {@return whether the words as written in the text may be this alias} */
    boolean caseAllows(Words words, int i) {
      if (phrase.size() > 1) {
        return true;
      }
      String written = words.get(i).text();
      String surface = phrase.surface();
      if (surface.length() <= 3) {
        return written.equals(surface);
      }
      return anyCase || words.get(i).capitalised();
    }
  }

  private static final class DefaultHolder {
    static final ActorLexicon INSTANCE = load(RESOURCE);
  }

  private final Map<EntityId, Actor> actors;
  private final Map<String, List<Alias>> aliasesByFirstWord;
  private final Map<EntityId, EntityId> governmentOfCapital;
  private final Map<String, EntityId> demonyms;
  private final List<Office> offices;
  private final List<Example> examples;
  private final Map<String, Set<EntityId>> bySurnameKey = new HashMap<>();
  private final Map<String, Set<EntityId>> byGivenNameKey = new HashMap<>();

  private ActorLexicon(Map<EntityId, Actor> actors, Map<String, List<Alias>> aliasesByFirstWord,
      Map<EntityId, EntityId> governmentOfCapital, Map<String, EntityId> demonyms, List<Office> offices,
      List<Example> examples) {
    this.actors = Collections.unmodifiableMap(actors);
    this.aliasesByFirstWord = Collections.unmodifiableMap(aliasesByFirstWord);
    this.governmentOfCapital = Collections.unmodifiableMap(governmentOfCapital);
    this.demonyms = Collections.unmodifiableMap(demonyms);
    this.offices = List.copyOf(offices);
    this.examples = List.copyOf(examples);
    for (Actor a : actors.values()) {
      if (a.type() != EntityType.PERSON) {
        continue;
      }
      for (String alias : a.aliases()) {
        Phrase p = Phrase.of(alias);
        if (p.size() > 1) {
          bySurnameKey.computeIfAbsent(Names.variantKey(p.last()), k -> new TreeSet<>()).add(a.id());
          byGivenNameKey.computeIfAbsent(Names.variantKey(p.first()), k -> new TreeSet<>()).add(a.id());
        }
      }
    }
  }

  /** {@return the lexicon shipped with Storyline, loaded once} */
  public static ActorLexicon defaultLexicon() {
    return DefaultHolder.INSTANCE;
  }

  /** {@return the lexicon read from a class-path resource} @throws IllegalArgumentException if missing or malformed */
  public static ActorLexicon load(String resource) {
    return parse(Resources.lines(resource), resource);
  }

  /**
   * {@return the lexicon parsed from lines in the resource format}
   *
   * @throws IllegalArgumentException naming the source and line of a malformed record
   */
  public static ActorLexicon parse(List<String> lines, String source) {
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    Map<String, List<Alias>> byFirst = new HashMap<>();
    Map<EntityId, EntityId> capitals = new HashMap<>();
    Map<String, EntityId> demonyms = new HashMap<>();
    List<Office> offices = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    RuleFile file = RuleFile.of(lines, source, Resources.EXAMPLE);
    for (RuleFile.Line rule : file.rules()) {
      String line = rule.text();
      String where = Resources.where(file, rule);
      String kind = line.substring(0, Math.max(0, line.indexOf(' '))).strip();
      switch (kind) {
        case "actor": {
          String[] f = Resources.fields(line, 6, where);
          EntityId id = EntityId.of(f[1]);
          EntityType type = Resources.type(f[2], where);
          String code = f[3].equals("-") ? null : f[3];
          List<String> aliases = new ArrayList<>();
          aliases.add(f[4]);
          for (String a : f[5].split(";")) {
            String alias = a.strip();
            if (!alias.isEmpty()) {
              aliases.add(alias);
            }
          }
          List<String> written = new ArrayList<>();
          for (String alias : aliases) {
            boolean anyCase = alias.startsWith("~");
            String surface = anyCase ? alias.substring(1) : alias;
            if (!written.contains(surface)) {
              written.add(surface);
            }
            Phrase phrase = Phrase.of(surface);
            byFirst.computeIfAbsent(phrase.first(), k -> new ArrayList<>()).add(new Alias(phrase, id, anyCase));
          }
          if (actors.put(id, new Actor(id, type, f[4], code, written)) != null) {
            throw new IllegalArgumentException(where + ": duplicate actor " + id);
          }
          break;
        }
        case "capital": {
          String[] f = Resources.fields(line, 3, where);
          capitals.put(EntityId.of(f[1]), EntityId.of(f[2]));
          break;
        }
        case "demonym": {
          String[] f = Resources.fields(line, 3, where);
          demonyms.put(Names.fold(f[1]), EntityId.of(f[2]));
          break;
        }
        case "office": {
          String[] f = Resources.fields(line, 6, where);
          LocalDate from = Resources.date(f[4], where);
          if (from == null) {
            throw new IllegalArgumentException(where + ": office needs a start date");
          }
          offices.add(new Office(EntityId.of(f[1]), f[2], EntityId.of(f[3]), from, Resources.date(f[5], where)));
          break;
        }
        default:
          throw new IllegalArgumentException(where + ": unknown record kind '" + kind + "' in: " + line);
      }
    }
    for (RuleFile.Line example : file.exampleLines()) {
      String where = Resources.where(file, example);
      String[] f = Resources.fields(example.text(), 5, where);
      examples.add(new Example(f[0], Resources.unescape(f[1]), f[2], EntityId.of(f[3]), Resources.date(f[4], where)));
    }
    for (List<Alias> list : byFirst.values()) {
      // longest alias first, then a stable order so matching never depends on file order ties
      list.sort(Comparator.<Alias>comparingInt(a -> -a.phrase().size())
          .thenComparing(a -> a.phrase().surface()).thenComparing(a -> a.id().value()));
    }
    for (Office o : offices) {
      for (EntityId ref : List.of(o.scope(), o.holder())) {
        if (!actors.containsKey(ref)) {
          throw new IllegalArgumentException(source + ": office refers to unknown actor " + ref);
        }
      }
    }
    for (Map.Entry<EntityId, EntityId> e : capitals.entrySet()) {
      if (!actors.containsKey(e.getKey()) || !actors.containsKey(e.getValue())) {
        throw new IllegalArgumentException(source + ": capital refers to unknown actor " + e);
      }
    }
    for (EntityId d : demonyms.values()) {
      if (!actors.containsKey(d)) {
        throw new IllegalArgumentException(source + ": demonym refers to unknown actor " + d);
      }
    }
    return new ActorLexicon(actors, byFirst, capitals, demonyms, offices, examples);
  }

  /** {@return the actor with this id} */
  public Optional<Actor> findActor(EntityId id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** {@return the actor with this id} @throws IllegalArgumentException if unknown */
  public Actor actor(EntityId id) {
    Actor a = actors.get(id);
    if (a == null) {
      throw new IllegalArgumentException("no actor " + id + " in the lexicon");
    }
    return a;
  }

  /** {@return every actor, in file order} */
  public List<Actor> actors() {
    return List.copyOf(actors.values());
  }

  /** {@return the number of actors} */
  public int size() {
    return actors.size();
  }

  /** {@return the offices of the lexicon} */
  public List<Office> offices() {
    return offices;
  }

  /** {@return the {@code # EXAMPLE} lines of the resource} */
  public List<Example> examples() {
    return examples;
  }

  /**
   * {@return the ids whose alias equals {@code text} as a whole} Matching follows the alias case
   * rules; several ids come back for shared aliases. Sorted.
   */
  public Set<EntityId> idsForAlias(String text) {
    Words words = Words.of(text);
    Set<EntityId> out = new TreeSet<>();
    if (words.size() == 0) {
      return out;
    }
    for (Alias a : aliasesStartingWith(words.get(0).folded())) {
      if (a.phrase().size() == words.size() && a.phrase().matchesAt(words, 0) && a.caseAllows(words, 0)) {
        out.add(a.id());
      }
    }
    return out;
  }

  /** {@return the government a capital city stands for when used as an actor} */
  public Optional<EntityId> governmentOf(EntityId capital) {
    return Optional.ofNullable(governmentOfCapital.get(capital));
  }

  /** {@return the country or region a nationality word refers to ("Ukrainian" -> loc:ukraine)} */
  public Optional<EntityId> demonym(String word) {
    return Optional.ofNullable(demonyms.get(Names.fold(word)));
  }

  /** {@return who held {@code role} of {@code scope} on {@code date}, if the lexicon knows exactly one} */
  public Optional<EntityId> officeHolder(EntityId scope, String role, LocalDate date) {
    EntityId found = null;
    for (Office o : offices) {
      if (o.scope().equals(scope) && o.role().equals(role) && o.covers(date)) {
        if (found != null && !found.equals(o.holder())) {
          return Optional.empty();
        }
        found = o.holder();
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@return everyone who ever held {@code role} of {@code scope}} */
  public Set<EntityId> officeHolders(EntityId scope, String role) {
    Set<EntityId> out = new TreeSet<>();
    for (Office o : offices) {
      if (o.scope().equals(scope) && o.role().equals(role)) {
        out.add(o.holder());
      }
    }
    return out;
  }

  /**
   * {@return the people whose lexicon names contain {@code foldedWord} as their last word (surname)}
   * Compares transliteration-tolerant keys ({@link Names#variantKey}). Sorted.
   */
  public Set<EntityId> personsWithSurname(String foldedWord) {
    return personsWithNameWord(foldedWord, true);
  }

  /** {@return the people whose lexicon names start with {@code foldedWord} (given name)} Sorted. */
  public Set<EntityId> personsWithGivenName(String foldedWord) {
    return personsWithNameWord(foldedWord, false);
  }

  private Set<EntityId> personsWithNameWord(String foldedWord, boolean last) {
    Set<EntityId> found = (last ? bySurnameKey : byGivenNameKey).get(Names.variantKey(foldedWord));
    return found == null ? Set.of() : Collections.unmodifiableSet(found);
  }

  /** {@return whether {@code foldedWord} alone is listed as an alias of {@code id}} */
  public boolean hasBareAlias(EntityId id, String foldedWord) {
    Actor a = actors.get(id);
    if (a == null) {
      return false;
    }
    for (String alias : a.aliases()) {
      Phrase p = Phrase.of(alias);
      if (p.size() == 1 && p.first().equals(foldedWord)) {
        return true;
      }
    }
    return false;
  }

  List<Alias> aliasesStartingWith(String foldedWord) {
    return aliasesByFirstWord.getOrDefault(foldedWord, List.of());
  }

  /** Reads class-path resources in the shared {@code " | "} record format. */
  static final class Resources {
    /** The prefix of example lines in these resources. */
    static final String EXAMPLE = "# EXAMPLE ";

    private Resources() {}

    /** {@return "source:lineNo", how errors locate a line} */
    static String where(RuleFile file, RuleFile.Line line) {
      return file.name() + ":" + line.lineNo();
    }

    static List<String> lines(String resource) {
      try (InputStream in = ActorLexicon.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("resource not found: " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }

    static String[] fields(String line, int count, String where) {
      String[] f = line.split("\\s+\\|\\s*", -1);
      if (f.length != count) {
        throw new IllegalArgumentException(where + ": expected " + count + " fields separated by ' | ', got " + f.length + ": " + line);
      }
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      return f;
    }

    static LocalDate date(String field, String where) {
      if (field.equals("-")) {
        return null;
      }
      try {
        return LocalDate.parse(field);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": bad date '" + field + "'", e);
      }
    }

    static EntityType type(String field, String where) {
      try {
        return EntityType.valueOf(field);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown entity type '" + field + "'", e);
      }
    }

    /** {@return the text with the two-character sequence backslash-n turned into a line break} */
    static String unescape(String field) {
      return field.replace("\\n", "\n");
    }
  }
}
