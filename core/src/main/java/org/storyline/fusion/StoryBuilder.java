package org.storyline.fusion;

import java.util.List;
import org.storyline.fusion.contradiction.ContradictionFinder;
import org.storyline.fusion.event.EventFuser;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Contradiction;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Event;
import org.storyline.model.Story;

/**
 * Builds the {@link Story} of a batch of analysed articles: the entities of the given view, the
 * events fused by {@link EventFuser} and the contradictions found by {@link ContradictionFinder}.
 * The result depends only on the set of inputs. Immutable and thread-safe.
 */
public final class StoryBuilder {
  private final EventFuser fuser;
  private final ContradictionFinder finder;

  /** A builder with the standard fuser and finder. */
  public StoryBuilder() {
    this(new EventFuser(), new ContradictionFinder());
  }

  /** A builder with the given fuser and finder. */
  public StoryBuilder(EventFuser fuser, ContradictionFinder finder) {
    if (fuser == null || finder == null) {
      throw new IllegalArgumentException("fuser and finder required");
    }
    this.fuser = fuser;
    this.finder = finder;
  }

  /**
   * {@return the story of {@code docs}}
   *
   * @param docs analysed articles
   * @param duplicates duplicate links between them
   * @param entities canonical entities from entity resolution
   */
  public Story build(List<AnnotatedArticle> docs, List<DuplicateLink> duplicates, EntityView entities) {
    List<Event> events = fuser.fuse(docs, duplicates, entities);
    List<Contradiction> contradictions = finder.find(docs, events, entities);
    return new Story(entities.all(), events, contradictions);
  }
}
