package org.storyline.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.contradiction.ContradictionFinder;
import org.storyline.fusion.contradiction.OfficeLexicon;
import org.storyline.fusion.event.EventFuser;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Contradiction;
import org.storyline.model.Diagnostic;
import org.storyline.model.DuplicateLink;
import org.storyline.model.EntityId;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.RoleMention;

/**
 * Runs the embedded fusion code on one component: {@link EventFuser} and the per-event rules of
 * {@link ContradictionFinder} on a fusion component, the role-anachronism rules on a role group.
 * Thread-safe.
 */
final class ComponentFusion {
  /** Contradiction kind of the role rules; the other kinds are about one event. */
  static final String ROLE_KIND = "role-anachronism";
  /** Subject prefix of role contradictions, followed by the entity's name. */
  static final String ROLE_SUBJECT = "role of ";

  private final EventFuser fuser = new EventFuser();
  private final ContradictionFinder finder = new ContradictionFinder();
  private final OfficeLexicon offices = OfficeLexicon.standard();

  /** What one fusion component gives. */
  record Fused(List<Event> events, List<Contradiction> contradictions, List<Diagnostic> diagnostics) {}

  /**
   * {@return the events of one component and their contradictions (all kinds but role anachronisms)}
   *
   * @param docs the component's articles, each with only the component's family of event mentions
   * @param links duplicate links; those between articles of the component are used
   */
  Fused fuse(List<AnnotatedArticle> docs, List<DuplicateLink> links, EntityView entities) {
    Set<ArticleId> ids = new HashSet<>();
    for (AnnotatedArticle doc : docs) {
      ids.add(doc.id());
    }
    List<DuplicateLink> inside = new ArrayList<>();
    for (DuplicateLink link : links) {
      if (ids.contains(link.article()) && ids.contains(link.original())) {
        inside.add(link);
      }
    }
    EventFuser.Result result = fuser.run(docs, inside, entities);
    List<Contradiction> contradictions = new ArrayList<>();
    for (Contradiction c : finder.find(docs, result.events(), entities)) {
      if (!c.kind().equals(ROLE_KIND)) {
        contradictions.add(c);
      }
    }
    return new Fused(result.events(), contradictions, result.diagnostics());
  }

  /**
   * {@return the canonical entities that some role statement of the article calls "former"
   * something} Only they can have role anachronisms.
   */
  Set<EntityId> formerHolders(AnnotatedArticle doc, EntityView entities) {
    Set<EntityId> out = new TreeSet<>();
    for (RoleMention r : doc.roles()) {
      if (offices.read(r.role()).map(reading -> reading.tense() == OfficeLexicon.Tense.FORMER).orElse(false)) {
        out.add(entities.canonical(r.entity()));
      }
    }
    return out;
  }

  /** {@return the subject of an entity's role contradictions} */
  static String roleSubject(EntityId id, EntityView entities) {
    return ROLE_SUBJECT + entities.nameOf(id, id.value());
  }

  /** {@return the canonical entities an article mentions or states roles of} */
  static Set<EntityId> named(AnnotatedArticle doc, EntityView entities) {
    Set<EntityId> out = new TreeSet<>();
    for (Mention m : doc.mentions()) {
      if (m.entity() != null) {
        out.add(entities.canonical(m.entity()));
      }
    }
    for (RoleMention r : doc.roles()) {
      out.add(entities.canonical(r.entity()));
    }
    return out;
  }

  /**
   * {@return the role anachronisms with subject {@code subject}}
   *
   * @param docs every article that names an entity with that subject, with all its layers but
   *     tokens and quotes
   * @param events every fused event that cites one of those articles
   */
  List<Contradiction> roleAnachronisms(String subject, List<AnnotatedArticle> docs, List<Event> events,
      EntityView entities) {
    List<Contradiction> out = new ArrayList<>();
    for (Contradiction c : finder.find(docs, events, entities)) {
      if (c.kind().equals(ROLE_KIND) && c.subject().equals(subject)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
