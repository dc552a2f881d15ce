package org.storyline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.contradiction.ContradictionFinder;
import org.storyline.fusion.entity.EntityResolution;
import org.storyline.fusion.event.EventFuser;
import org.storyline.ingest.dedup.DuplicateDetector;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Citation;
import org.storyline.model.Contradiction;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.RoleMention;
import org.storyline.model.Story;

/**
 * The distributed plan run in one JVM: the same blocking, components and per-component calls as
 * the Spark job, over Java collections. It states the plan in plain code, lets tests check the
 * decomposition against the embedded rebuild without a cluster, and serves small inputs. Not
 * thread-safe.
 */
final class DecomposedStory {
  private final EntityBlocking entityBlocking = new EntityBlocking();
  private final FusionBlocking fusionBlocking = new FusionBlocking();
  private final ComponentFusion fusion = new ComponentFusion();

  /** Duplicate links, entity resolution, story, and the sizes of the largest components. */
  record Result(List<DuplicateLink> duplicates, EntityResolution entities, Story story, int largestEntityComponent,
      int largestFusionComponent) {}

  Result build(List<AnnotatedArticle> docs) {
    List<DuplicateLink> links = duplicates(docs);
    EntityResolution resolution = entities(docs);
    EntityView view = EntityView.of(resolution.entities(), resolution.canonicalOf());
    Map<ArticleId, ArticleId> groupOf = duplicateGroups(links);

    // fusion components
    UnionFind keys = new UnionFind();
    Map<String, Map<ArticleId, Set<String>>> nodes = new TreeMap<>();
    for (AnnotatedArticle doc : docs) {
      for (Map.Entry<String, Set<String>> node : fusionBlocking.nodeKeys(doc, view, groupOf.get(doc.id())).entrySet()) {
        nodes.computeIfAbsent(node.getKey(), k -> new TreeMap<>()).put(doc.id(), node.getValue());
        String first = null;
        for (String key : node.getValue()) {
          if (first == null) {
            first = key;
            keys.add(key);
          } else {
            keys.union(first, key);
          }
        }
      }
    }
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    for (AnnotatedArticle doc : docs) {
      byId.put(doc.id().value(), doc);
    }
    Map<String, List<AnnotatedArticle>> components = new TreeMap<>();
    for (Map.Entry<String, Map<ArticleId, Set<String>>> family : nodes.entrySet()) {
      for (Map.Entry<ArticleId, Set<String>> node : family.getValue().entrySet()) {
        String component = node.getValue().isEmpty()
            ? FusionBlocking.soleComponent(node.getKey(), family.getKey())
            : keys.find(node.getValue().iterator().next());
        components.computeIfAbsent(component, k -> new ArrayList<>())
            .add(fusionBlocking.forFamily(byId.get(node.getKey().value()), family.getKey()));
      }
    }
    List<Event> events = new ArrayList<>();
    List<Contradiction> contradictions = new ArrayList<>();
    int largestFusion = 0;
    for (List<AnnotatedArticle> component : components.values()) {
      largestFusion = Math.max(largestFusion, component.size());
      ComponentFusion.Fused fused = fusion.fuse(component, links, view);
      events.addAll(fused.events());
      contradictions.addAll(fused.contradictions());
    }

    // role groups
    Map<String, List<AnnotatedArticle>> groupDocs = new TreeMap<>();
    Set<EntityId> former = new TreeSet<>();
    for (AnnotatedArticle doc : docs) {
      former.addAll(fusion.formerHolders(doc, view));
    }
    Map<ArticleId, List<Event>> citing = new HashMap<>();
    for (Event e : events) {
      Set<ArticleId> cited = new TreeSet<>();
      for (Citation c : e.mentions()) {
        cited.add(c.article());
      }
      for (ArticleId a : cited) {
        citing.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Map<String, Event>> groupEvents = new TreeMap<>();
    for (AnnotatedArticle doc : docs) {
      Set<String> subjects = new TreeSet<>();
      for (EntityId id : ComponentFusion.named(doc, view)) {
        if (former.contains(id)) {
          subjects.add(ComponentFusion.roleSubject(id, view));
        }
      }
      for (String s : subjects) {
        groupDocs.computeIfAbsent(s, k -> new ArrayList<>()).add(FusionBlocking.forFusion(doc));
        for (Event e : citing.getOrDefault(doc.id(), List.of())) {
          groupEvents.computeIfAbsent(s, k -> new TreeMap<>()).put(e.id().value(), e);
        }
      }
    }
    for (Map.Entry<String, List<AnnotatedArticle>> group : groupDocs.entrySet()) {
      List<Event> cited = new ArrayList<>(groupEvents.getOrDefault(group.getKey(), Map.of()).values());
      contradictions.addAll(fusion.roleAnachronisms(group.getKey(), group.getValue(), cited, view));
    }

    events.sort(EventFuser.EVENT_ORDER);
    contradictions.sort(ContradictionFinder.ORDER);
    List<Entity> entities = new ArrayList<>(view.all());
    return new Result(links, resolution, new Story(entities, events, contradictions),
        lastLargestEntityComponent, largestFusion);
  }

  private int lastLargestEntityComponent;

  /** {@return the duplicate links, by candidate keys, verified pairs and groups} */
  List<DuplicateLink> duplicates(List<AnnotatedArticle> docs) {
    DuplicateDetector detector = new DuplicateDetector();
    Map<String, DuplicateBlocking.Print> prints = new TreeMap<>();
    Map<String, Article> articles = new HashMap<>();
    Map<String, List<String>> exact = new TreeMap<>();
    Map<String, List<String>> bands = new TreeMap<>();
    for (AnnotatedArticle doc : docs) {
      DuplicateBlocking.Print p = DuplicateBlocking.Print.of(doc.article());
      articles.put(p.id(), doc.article());
      if (p.isEmpty()) {
        continue;
      }
      prints.put(p.id(), p);
      for (String k : p.exactKeys()) {
        exact.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
      }
      for (String k : p.bandKeys()) {
        bands.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
      }
    }
    UnionFind groups = new UnionFind();
    for (List<String> ids : exact.values()) {
      for (String[] e : DuplicateBlocking.star(ids)) {
        groups.union(e[0], e[1]);
      }
    }
    for (List<String> ids : bands.values()) {
      for (String[] pair : DuplicateBlocking.bucketPairs(ids)) {
        if (DuplicateBlocking.verified(detector, prints.get(pair[0]), prints.get(pair[1]))) {
          groups.union(pair[0], pair[1]);
        }
      }
    }
    Map<String, List<Article>> members = new TreeMap<>();
    for (Map.Entry<String, String> e : groups.roots().entrySet()) {
      members.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(articles.get(e.getKey()));
    }
    List<DuplicateLink> out = new ArrayList<>();
    for (List<Article> group : members.values()) {
      if (group.size() > 1) {
        out.addAll(DuplicateBlocking.links(group));
      }
    }
    out.sort(Comparator.comparing(DuplicateLink::article).thenComparing(DuplicateLink::original));
    return out;
  }

  /** {@return each duplicate article and its group's original -> that original} */
  static Map<ArticleId, ArticleId> duplicateGroups(List<DuplicateLink> links) {
    Map<ArticleId, ArticleId> out = new HashMap<>();
    for (DuplicateLink link : links) {
      out.put(link.article(), link.original());
      out.put(link.original(), link.original());
    }
    return out;
  }

  /** {@return the entity resolution, by id keys, components and one resolver call per component} */
  EntityResolution entities(List<AnnotatedArticle> docs) {
    Map<EntityId, Set<EntityBlocking.Form>> forms = new TreeMap<>();
    for (AnnotatedArticle doc : docs) {
      for (Mention m : doc.mentions()) {
        if (m.entity() != null) {
          forms.computeIfAbsent(m.entity(), k -> new java.util.HashSet<>()).add(new EntityBlocking.Form(m.text(), m.type()));
        }
      }
      for (RoleMention r : doc.roles()) {
        forms.computeIfAbsent(r.entity(), k -> new java.util.HashSet<>());
      }
    }
    UnionFind uf = new UnionFind();
    Map<EntityId, String> firstKey = new TreeMap<>();
    for (Map.Entry<EntityId, Set<EntityBlocking.Form>> e : forms.entrySet()) {
      List<String> keys = entityBlocking.keys(e.getKey(), e.getValue());
      firstKey.put(e.getKey(), keys.get(0));
      for (String k : keys) {
        uf.union(keys.get(0), k);
      }
    }
    Map<EntityId, String> componentOf = new TreeMap<>();
    for (Map.Entry<EntityId, String> e : firstKey.entrySet()) {
      componentOf.put(e.getKey(), uf.find(e.getValue()));
    }
    Map<String, List<AnnotatedArticle>> slim = new TreeMap<>();
    for (AnnotatedArticle doc : docs) {
      for (Map.Entry<String, AnnotatedArticle> e : EntityBlocking.byComponent(doc, componentOf).entrySet()) {
        slim.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      }
    }
    List<Entity> entities = new ArrayList<>();
    Map<EntityId, EntityId> canonical = new TreeMap<>();
    lastLargestEntityComponent = 0;
    Map<String, Integer> sizes = new HashMap<>();
    for (String c : componentOf.values()) {
      sizes.merge(c, 1, Integer::sum);
    }
    for (int s : sizes.values()) {
      lastLargestEntityComponent = Math.max(lastLargestEntityComponent, s);
    }
    for (List<AnnotatedArticle> component : slim.values()) {
      EntityResolution part = entityBlocking.resolve(component);
      entities.addAll(part.entities());
      canonical.putAll(part.canonicalOf());
    }
    return new EntityResolution(entities, canonical);
  }
}
