package org.storyline.fusion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.model.Entity;

/** Finding the entity a user means by a name they typed; shared by the CLI and the server. */
public final class EntityLookup {
  private EntityLookup() {}

  /**
   * {@return the entity a user means by {@code name}: exact id, exact name or alias (ignoring case),
   * else the most mentioned entity whose name or alias contains it (the first such in list order on
   * a tie)}
   */
  public static Optional<Entity> find(List<Entity> entities, String name) {
    String q = name.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    for (Entity e : entities) {
      if (e.id().value().equalsIgnoreCase(q) || e.name().equalsIgnoreCase(q)
          || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))) {
        return Optional.of(e);
      }
    }
    Entity best = null;
    for (Entity e : entities) {
      boolean hit = e.name().toLowerCase(Locale.ROOT).contains(q)
          || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q));
      if (hit && (best == null || e.mentionCount() > best.mentionCount())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }
}
