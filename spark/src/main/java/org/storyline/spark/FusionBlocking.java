package org.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.fusion.EntityView;
import org.storyline.fusion.FrameTable;
import org.storyline.fusion.MentionFacts;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.EventMention;

/**
 * Splits event fusion into components that {@link org.storyline.fusion.event.EventFuser} fuses
 * apart with the result it gives over all articles. A node is an article's event mentions of one
 * frame family; its keys are {@code p|family|participant} for every canonical participant of those
 * mentions and {@code d|family|original} when the article belongs to a duplicate group. Nodes that
 * share a key are in one component; a node without keys is a component of its own. Every pass of
 * the fuser merges only groups of one family that share an article (a node) or a participant, and
 * copies attach only within a duplicate group, so no merge and no decision of the fuser ever spans
 * two components (the full argument is in the package documentation). Thread-safe.
 */
final class FusionBlocking {
  private final FrameTable frames;

  FusionBlocking() {
    this(FrameTable.standard());
  }

  FusionBlocking(FrameTable frames) {
    this.frames = frames;
  }

  /** {@return the frame family of a mention as fusion reads it} */
  String family(EventMention m) {
    return frames.frame(m.frame()).family();
  }

  /**
   * {@return the keys of each node (frame family) of one article}
   *
   * @param duplicateGroup the original of the article's duplicate group, or null when it has none
   */
  Map<String, Set<String>> nodeKeys(AnnotatedArticle doc, EntityView entities, ArticleId duplicateGroup) {
    Map<String, Set<String>> out = new TreeMap<>();
    List<Diagnostic> ignored = new ArrayList<>(); // the fuser itself reports unplaceable mentions
    for (EventMention m : doc.events()) {
      Optional<MentionFacts> facts = MentionFacts.of(doc, m, entities, frames, "spark.fusion-blocking", ignored);
      String family = facts.map(MentionFacts::family).orElseGet(() -> family(m));
      Set<String> keys = out.computeIfAbsent(family, k -> new TreeSet<>());
      if (facts.isPresent()) {
        for (EntityId p : facts.get().participants()) {
          keys.add("p|" + family + "|" + p.value());
        }
      }
      if (duplicateGroup != null) {
        keys.add("d|" + family + "|" + duplicateGroup.value());
      }
    }
    return out;
  }

  /** {@return the component id of a node without keys: it is alone} */
  static String soleComponent(ArticleId article, String family) {
    return "n|" + family + "|" + article.value();
  }

  /**
   * {@return the article as fusion of one family needs it} Only that family's event mentions, and
   * without tokens, quotes and diagnostics, which fusion and the contradiction finder never read.
   */
  AnnotatedArticle forFamily(AnnotatedArticle doc, String family) {
    List<EventMention> events = new ArrayList<>();
    for (EventMention m : doc.events()) {
      if (family(m).equals(family)) {
        events.add(m);
      }
    }
    return forFusion(doc).withEvents(events);
  }

  /** {@return the article without the layers fusion and the contradiction finder never read} */
  static AnnotatedArticle forFusion(AnnotatedArticle doc) {
    return new AnnotatedArticle(doc.article(), doc.sentences(), List.of(), doc.mentions(), doc.times(), doc.roles(),
        List.of(), doc.events(), List.of());
  }
}
