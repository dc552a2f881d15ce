package org.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.fusion.entity.EntityResolver;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.OffsetMap;
import org.storyline.model.Provenance;
import org.storyline.model.PublicationDate;
import org.storyline.model.RoleMention;
import org.storyline.model.Span;
import org.storyline.model.StageRef;
import org.storyline.nlp.entities.ActorLexicon;
import org.storyline.nlp.entities.Names;

/**
 * Splits entity resolution into components that {@link EntityResolver} can resolve apart with the
 * result it gives over all articles. Two entity ids share a component when they share a key; the
 * keys of an id are chosen so that every id the resolver could merge with it, or compare it with,
 * shares one (the argument is in the package documentation):
 *
 * <ul>
 *   <li>{@code t:<id>} and {@code t:<target>}, the target being the id's canonical id when it is
 *       resolved alone (rule 1 of the resolver: a lexicon alias or given name + surname);
 *   <li>for person ids, {@code w:<variant key>} of every word of the id and of its target (rules 2
 *       and 3 compare names word by word, transliteration-tolerant);
 *   <li>for one-word person ids, {@code t:<lexicon person>} for every lexicon person with that
 *       surname or given name (rule 3's lexicon candidates).
 * </ul>
 *
 * Thread-safe.
 */
final class EntityBlocking {
  private static final StageRef STAGE = new StageRef("spark.entity-blocking", "v1");

  private final ActorLexicon lexicon;
  private final EntityResolver resolver;

  EntityBlocking() {
    this(ActorLexicon.defaultLexicon());
  }

  EntityBlocking(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    this.resolver = new EntityResolver(lexicon);
  }

  /** One distinct way an id was mentioned: its text and entity type. */
  record Form(String text, EntityType type) {}

  /**
   * {@return the blocking keys of one entity id}
   *
   * @param forms the distinct (text, type) pairs of every mention linked to it (empty when it
   *     only appears in role statements)
   */
  List<String> keys(EntityId id, Set<Form> forms) {
    EntityId target = isolatedTarget(id, forms);
    Set<String> keys = new TreeSet<>();
    keys.add("t:" + id.value());
    keys.add("t:" + target.value());
    List<String> words = personParts(id);
    for (String w : words) {
      keys.add("w:" + Names.variantKey(w));
    }
    for (String w : personParts(target)) {
      keys.add("w:" + Names.variantKey(w));
    }
    if (words.size() == 1) {
      Set<EntityId> named = new TreeSet<>(lexicon.personsWithSurname(words.get(0)));
      named.addAll(lexicon.personsWithGivenName(words.get(0)));
      for (EntityId l : named) {
        keys.add("t:" + l.value());
      }
    }
    return new ArrayList<>(keys);
  }

  /** {@return the id's canonical id when the resolver sees it alone (rule 1 depends on nothing else)} */
  EntityId isolatedTarget(EntityId id, Set<Form> forms) {
    String text = "";
    List<Mention> mentions = new ArrayList<>();
    ArticleId article = ArticleId.of("isolated");
    int n = 0;
    List<Form> sorted = new ArrayList<>(forms);
    sorted.sort(java.util.Comparator.comparing(Form::type).thenComparing(Form::text));
    for (Form f : sorted) {
      Span span = new Span(0, f.text().length());
      mentions.add(new Mention(MentionId.of("m" + n++), span, f.text(), f.type(), id,
          new Provenance(article, span, STAGE, 1.0)));
    }
    AnnotatedArticle doc = AnnotatedArticle.of(new Article(article, "isolated", null, "", null, text,
        OffsetMap.identity(0), PublicationDate.unknown(), "")).withMentions(mentions);
    if (mentions.isEmpty()) {
      return id;
    }
    return resolver.resolve(List.of(doc)).canonical(id);
  }

  /**
   * {@return the part of an article entity resolution needs for the ids of one component} The
   * article's id and publication date, its sentences (role citations name their sentence), and its
   * mentions and role statements of those ids; the text is left out (the resolver reads the texts
   * the mentions and roles carry).
   */
  static AnnotatedArticle slim(AnnotatedArticle doc, List<Mention> mentions, List<RoleMention> roles) {
    Article a = doc.article();
    Article bare = new Article(a.id(), a.source(), a.url(), a.title(), a.byline(), "", OffsetMap.identity(0),
        a.published(), a.contentHash());
    return AnnotatedArticle.of(bare).withSentences(doc.sentences()).withMentions(mentions).withRoles(roles);
  }

  /**
   * {@return for each component, the slim articles holding its ids' mentions and roles}
   *
   * @param componentOf the component of every entity id of the article
   */
  static Map<String, AnnotatedArticle> byComponent(AnnotatedArticle doc, Map<EntityId, String> componentOf) {
    Map<String, List<Mention>> mentions = new TreeMap<>();
    Map<String, List<RoleMention>> roles = new TreeMap<>();
    for (Mention m : doc.mentions()) {
      if (m.entity() != null) {
        mentions.computeIfAbsent(component(componentOf, m.entity()), k -> new ArrayList<>()).add(m);
      }
    }
    for (RoleMention r : doc.roles()) {
      roles.computeIfAbsent(component(componentOf, r.entity()), k -> new ArrayList<>()).add(r);
    }
    Set<String> components = new TreeSet<>(mentions.keySet());
    components.addAll(roles.keySet());
    Map<String, AnnotatedArticle> out = new TreeMap<>();
    for (String c : components) {
      out.put(c, slim(doc, mentions.getOrDefault(c, List.of()), roles.getOrDefault(c, List.of())));
    }
    return out;
  }

  private static String component(Map<EntityId, String> componentOf, EntityId id) {
    String c = componentOf.get(id);
    if (c == null) {
      throw new IllegalStateException("entity id " + id + " has no component");
    }
    return c;
  }

  /** {@return the resolution of one component's slim articles} */
  EntityResolution resolve(List<AnnotatedArticle> slimDocs) {
    return resolver.resolve(slimDocs);
  }

  private static List<String> personParts(EntityId id) {
    String v = id.value();
    if (!v.startsWith("person:")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String p : v.substring("person:".length()).split("-")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
