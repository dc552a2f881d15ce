package org.storyline.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;

/**
 * What fusion needs to know about entities: the canonical id of any per-article entity id, the
 * canonical entities themselves, and all of them. Cross-article entity resolution provides it;
 * fusion treats ids as opaque. Implementations must be immutable and deterministic.
 */
public interface EntityView {
  /** {@return the canonical id for {@code id}; {@code id} itself when it is already canonical or unknown} */
  EntityId canonical(EntityId id);

  /** {@return the canonical entity for {@code id} (canonicalised first), if known} */
  Optional<Entity> find(EntityId id);

  /** {@return every canonical entity, in a stable order} */
  List<Entity> all();

  /** {@return the entity's name, or {@code fallback} when unknown} */
  default String nameOf(EntityId id, String fallback) {
    return find(id).map(Entity::name).orElse(fallback);
  }

  /** {@return a view that knows no entities and maps every id to itself} */
  static EntityView identity() {
    return of(List.of(), Map.of());
  }

  /**
   * {@return a view over a fixed entity list and an alias map from per-article ids to canonical
   * ids} Ids absent from the map are their own canonical id.
   */
  static EntityView of(List<Entity> entities, Map<EntityId, EntityId> aliases) {
    Map<EntityId, Entity> byId = new TreeMap<>();
    for (Entity e : entities) {
      byId.putIfAbsent(e.id(), e);
    }
    Map<EntityId, EntityId> alias = Map.copyOf(aliases);
    List<Entity> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparing(Entity::id));
    List<Entity> all = List.copyOf(sorted);
    return new EntityView() {
      @Override
      public EntityId canonical(EntityId id) {
        EntityId c = alias.get(id);
        return c == null ? id : c;
      }

      @Override
      public Optional<Entity> find(EntityId id) {
        return Optional.ofNullable(byId.get(canonical(id)));
      }

      @Override
      public List<Entity> all() {
        return all;
      }
    };
  }
}
