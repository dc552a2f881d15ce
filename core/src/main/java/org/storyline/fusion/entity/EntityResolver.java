package org.storyline.fusion.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Citation;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Role;
import org.storyline.model.RoleMention;
import org.storyline.model.Sentence;
import org.storyline.nlp.entities.ActorLexicon;
import org.storyline.nlp.entities.Names;

/**
 * Resolves the entity ids of many linked articles to canonical entities. A pure function of the
 * set of articles: the result does not depend on their order. Thread-safe. The merge rules are
 * listed in the package documentation.
 */
public final class EntityResolver {
  private final ActorLexicon lexicon;

  /** A resolver with the actor lexicon shipped with Storyline. */
  public EntityResolver() {
    this(ActorLexicon.defaultLexicon());
  }

  /** A resolver with the given actor lexicon (the one the linker used). */
  public EntityResolver(ActorLexicon lexicon) {
    if (lexicon == null) {
      throw new IllegalArgumentException("lexicon required");
    }
    this.lexicon = lexicon;
  }

  /** One mention of an id, as seen. */
  private record Seen(EntityId id, String text, EntityType type) {}

  /** One role statement. */
  private record Stated(EntityId id, String role, LocalDate date, Citation citation) {}

  /** {@return the canonical entities of {@code docs} and the map from their ids to canonical ids} */
  public EntityResolution resolve(List<AnnotatedArticle> docs) {
    List<AnnotatedArticle> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(AnnotatedArticle::id).thenComparing(AnnotatedArticle::text)
        .thenComparing(d -> d.mentions().toString()));
    List<Seen> seen = new ArrayList<>();
    List<Stated> stated = new ArrayList<>();
    Set<EntityId> ids = new TreeSet<>();
    for (AnnotatedArticle doc : sorted) {
      LocalDate date = doc.article().published().anchor();
      for (Mention m : doc.mentions()) {
        if (m.entity() != null) {
          seen.add(new Seen(m.entity(), m.text(), m.type()));
          ids.add(m.entity());
        }
      }
      for (RoleMention r : doc.roles()) {
        ids.add(r.entity());
        stated.add(new Stated(r.entity(), r.role(), date,
            new Citation(doc.id(), sentenceIndex(doc, r.span().start()), r.span(), r.text())));
      }
    }
    Map<EntityId, List<Seen>> byId = new TreeMap<>();
    for (Seen s : seen) {
      byId.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s);
    }
    Map<EntityId, EntityId> canonical = canonicalMap(ids, byId);
    Map<EntityId, List<Seen>> seenByCanonical = new TreeMap<>();
    for (Seen s : seen) {
      seenByCanonical.computeIfAbsent(canonical.get(s.id()), k -> new ArrayList<>()).add(s);
    }
    Map<EntityId, List<Stated>> statedByCanonical = new TreeMap<>();
    for (Stated s : stated) {
      statedByCanonical.computeIfAbsent(canonical.get(s.id()), k -> new ArrayList<>()).add(s);
    }
    List<Entity> entities = new ArrayList<>();
    for (EntityId id : new TreeSet<>(canonical.values())) {
      List<Seen> mentions = seenByCanonical.getOrDefault(id, List.of());
      entities.add(entity(id, mentions, statedByCanonical.getOrDefault(id, List.of())));
    }
    return new EntityResolution(entities, canonical);
  }

  // ---------------------------------------------------------------- merging

  private Map<EntityId, EntityId> canonicalMap(Set<EntityId> ids, Map<EntityId, List<Seen>> byId) {
    Map<EntityId, EntityId> to = new TreeMap<>();
    for (EntityId id : ids) {
      to.put(id, id);
    }
    // 1. lexicon aliases, and given name + surname of a lexicon person
    for (EntityId id : ids) {
      if (lexicon.findActor(id).isEmpty()) {
        lexiconMatch(id, byId.getOrDefault(id, List.of())).ifPresent(actor -> to.put(id, actor));
      }
    }
    // 2. transliteration variants of multi-word unknown person names
    Map<String, List<EntityId>> byVariant = new TreeMap<>();
    for (EntityId id : ids) {
      List<String> parts = personParts(to.get(id));
      if (to.get(id).equals(id) && lexicon.findActor(id).isEmpty() && parts.size() >= 2) {
        byVariant.computeIfAbsent(variantKey(parts), k -> new ArrayList<>()).add(id);
      }
    }
    for (List<EntityId> group : byVariant.values()) {
      if (group.size() > 1) {
        EntityId best = group.stream()
            .max(Comparator.<EntityId>comparingInt(g -> byId.getOrDefault(g, List.of()).size())
                .thenComparing(Comparator.<EntityId>reverseOrder()))
            .orElseThrow();
        for (EntityId g : group) {
          to.put(g, best);
        }
      }
    }
    // 3. one-word person ids join the only full name with that surname (else given name)
    Set<EntityId> fullNames = new TreeSet<>();
    for (EntityId target : to.values()) {
      if (personParts(target).size() >= 2) {
        fullNames.add(target);
      }
    }
    for (EntityId id : ids) {
      List<String> parts = personParts(to.get(id));
      if (parts.size() != 1 || !to.get(id).equals(id)) {
        continue;
      }
      String word = parts.get(0);
      Set<EntityId> candidates = new TreeSet<>(lexicon.personsWithSurname(word));
      for (EntityId f : fullNames) {
        List<String> fp = personParts(f);
        if (Names.variantKey(fp.get(fp.size() - 1)).equals(Names.variantKey(word))) {
          candidates.add(f);
        }
      }
      if (candidates.isEmpty()) {
        candidates.addAll(lexicon.personsWithGivenName(word));
        for (EntityId f : fullNames) {
          if (Names.variantKey(personParts(f).get(0)).equals(Names.variantKey(word))) {
            candidates.add(f);
          }
        }
      }
      EntityId chosen = null;
      if (candidates.size() == 1) {
        chosen = candidates.iterator().next();
      } else if (candidates.size() > 1) {
        List<EntityId> owners = candidates.stream().filter(c -> lexicon.hasBareAlias(c, word)).toList();
        chosen = owners.size() == 1 ? owners.get(0) : null;
      }
      if (chosen != null) {
        to.put(id, chosen);
      }
    }
    // targets are final: every step maps onto ids that no later step moves
    Map<EntityId, EntityId> out = new TreeMap<>();
    for (EntityId id : ids) {
      EntityId t = to.get(id);
      int guard = 0;
      while (to.containsKey(t) && !to.get(t).equals(t) && guard++ < ids.size()) {
        t = to.get(t);
      }
      out.put(id, t);
    }
    return out;
  }

  /** {@return the lexicon actor an unknown id denotes, when its mentions or its name say so unambiguously} */
  private Optional<EntityId> lexiconMatch(EntityId id, List<Seen> mentions) {
    String kind = kind(id);
    Set<EntityId> found = new TreeSet<>();
    for (Seen s : mentions) {
      if (Names.isPronoun(s.text())) {
        continue;
      }
      for (EntityId candidate : lexicon.idsForAlias(s.text())) {
        if (kind(candidate).equals(kind)) {
          found.add(candidate);
        }
      }
    }
    List<String> parts = personParts(id);
    if (parts.size() >= 2) {
      Set<EntityId> both = new TreeSet<>(lexicon.personsWithSurname(parts.get(parts.size() - 1)));
      both.retainAll(lexicon.personsWithGivenName(parts.get(0)));
      found.addAll(both);
    }
    if (found.size() == 1) {
      return Optional.of(found.iterator().next());
    }
    if (parts.size() == 1 && found.size() > 1) {
      List<EntityId> owners = found.stream().filter(c -> lexicon.hasBareAlias(c, parts.get(0))).toList();
      return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static String kind(EntityId id) {
    String v = id.value();
    int colon = v.indexOf(':');
    return colon < 0 ? "" : v.substring(0, colon);
  }

  /** {@return the slug words of a person id ("person:mark-levin" -> [mark, levin]), or nothing for other ids} */
  private static List<String> personParts(EntityId id) {
    if (!kind(id).equals("person")) {
      return List.of();
    }
    String slug = id.value().substring("person:".length());
    List<String> out = new ArrayList<>();
    for (String p : slug.split("-")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String variantKey(List<String> parts) {
    StringBuilder key = new StringBuilder();
    for (String p : parts) {
      key.append(Names.variantKey(p)).append(' ');
    }
    return key.toString();
  }

  // ---------------------------------------------------------------- entities

  private Entity entity(EntityId id, List<Seen> mentions, List<Stated> statements) {
    Optional<ActorLexicon.Actor> actor = lexicon.findActor(id);
    EntityType type = actor.map(ActorLexicon.Actor::type).orElseGet(() -> typeOf(id, mentions));
    Set<String> aliases = new TreeSet<>();
    Map<String, Integer> forms = new TreeMap<>();
    for (Seen s : mentions) {
      if (isAlias(id, type, s)) {
        aliases.add(s.text());
        forms.merge(s.text(), 1, Integer::sum);
      }
    }
    String name = actor.map(ActorLexicon.Actor::name).orElseGet(() -> bestName(id, forms));
    return new Entity(id, type, name, List.copyOf(aliases), roles(statements),
        actor.map(ActorLexicon.Actor::actorCode).orElse(null), mentions.size());
  }

  private boolean isAlias(EntityId id, EntityType type, Seen s) {
    String text = s.text().strip();
    if (text.isEmpty() || Names.isPronoun(text)) {
      return false;
    }
    if (lexicon.idsForAlias(text).contains(id)) {
      return true;
    }
    String first = Names.fold(text.split("\\s+")[0]);
    if (first.equals("the") || first.equals("a") || first.equals("an")) {
      return false; // descriptors ("the Ukrainian president") are references, not spellings
    }
    return s.type() == type;
  }

  private static EntityType typeOf(EntityId id, List<Seen> mentions) {
    switch (kind(id)) {
      case "person":
        return EntityType.PERSON;
      case "org":
      case "gov":
        return EntityType.ORGANIZATION;
      case "loc":
        return EntityType.LOCATION;
      default:
        Map<EntityType, Integer> votes = new TreeMap<>();
        for (Seen s : mentions) {
          votes.merge(s.type(), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(EntityType.MISC);
    }
  }

  /** {@return the most complete form: most words, then most frequent, then properly capitalised, then smallest} */
  private static String bestName(EntityId id, Map<String, Integer> forms) {
    String best = null;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      if (best == null || better(e.getKey(), e.getValue(), best, forms.get(best))) {
        best = e.getKey();
      }
    }
    if (best == null) {
      String slug = id.value().substring(id.value().indexOf(':') + 1);
      return Names.displayCase(slug.replace('-', ' '));
    }
    return Names.displayCase(best);
  }

  private static boolean better(String a, int countA, String b, int countB) {
    int wordsA = a.split("\\s+").length;
    int wordsB = b.split("\\s+").length;
    if (wordsA != wordsB) {
      return wordsA > wordsB;
    }
    if (countA != countB) {
      return countA > countB;
    }
    boolean casedA = Names.displayCase(a).equals(a);
    boolean casedB = Names.displayCase(b).equals(b);
    if (casedA != casedB) {
      return casedA;
    }
    return a.compareTo(b) < 0;
  }

  private static List<Role> roles(List<Stated> statements) {
    Map<String, List<Stated>> byTitle = new TreeMap<>();
    for (Stated s : statements) {
      byTitle.computeIfAbsent(s.role().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
    }
    List<Role> out = new ArrayList<>();
    for (List<Stated> group : byTitle.values()) {
      Map<String, Integer> spellings = new TreeMap<>();
      LocalDate first = null;
      LocalDate last = null;
      List<Citation> evidence = new ArrayList<>();
      for (Stated s : group) {
        spellings.merge(s.role(), 1, Integer::sum);
        if (s.date() != null) {
          first = first == null || s.date().isBefore(first) ? s.date() : first;
          last = last == null || s.date().isAfter(last) ? s.date() : last;
        }
        evidence.add(s.citation());
      }
      evidence.sort(Comparator.comparing(Citation::article).thenComparing(Citation::span).thenComparing(Citation::text));
      // the most stated spelling; on a tie the normalised one (lower-case role words), then the smallest
      String title = spellings.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(e -> Character.isLowerCase(e.getKey().charAt(0)))
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow().getKey();
      out.add(new Role(title, first, last, dedupe(evidence)));
    }
    out.sort(Comparator.comparing(Role::firstStated, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Role::title));
    return out;
  }

  private static List<Citation> dedupe(List<Citation> sorted) {
    List<Citation> out = new ArrayList<>();
    for (Citation c : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static int sentenceIndex(AnnotatedArticle doc, int offset) {
    int best = -1;
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset) {
        best = s.index();
      } else {
        break;
      }
    }
    return best;
  }
}
