package org.storyline.fusion.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;

/**
 * The canonical entities of a set of articles and the map from every per-article entity id to
 * its canonical id. Immutable.
 *
 * @param entities canonical entities sorted by id
 * @param canonicalOf every entity id seen in the articles -> its canonical id (identity for most)
 */
public record EntityResolution(List<Entity> entities, Map<EntityId, EntityId> canonicalOf) {
  private static final Comparator<Entity> BY_ID = Comparator.comparing(Entity::id);

  public EntityResolution {
    if (entities == null || canonicalOf == null) {
      throw new IllegalArgumentException("entities and canonical map required");
    }
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(BY_ID);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("duplicate entity " + sorted.get(i).id());
      }
    }
    entities = List.copyOf(sorted);
    canonicalOf = Collections.unmodifiableMap(new TreeMap<>(canonicalOf));
  }

  /** {@return a resolution with no entities} */
  public static EntityResolution empty() {
    return new EntityResolution(List.of(), Map.of());
  }

  /** {@return the canonical id of {@code id}; an id never seen is its own canonical id} */
  public EntityId canonical(EntityId id) {
    return canonicalOf.getOrDefault(id, id);
  }

  /** {@return the canonical entity {@code id} (per-article or canonical) denotes, if any} */
  public Optional<Entity> findEntity(EntityId id) {
    if (id == null) {
      return Optional.empty();
    }
    EntityId canonical = canonical(id);
    int lo = 0;
    int hi = entities.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = entities.get(mid).id().compareTo(canonical);
      if (c == 0) {
        return Optional.of(entities.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /** {@return the canonical entity {@code id} denotes} @throws IllegalArgumentException if none */
  public Entity entity(EntityId id) {
    return findEntity(id).orElseThrow(() -> new IllegalArgumentException("no entity " + id));
  }
}
