package org.storyline.model;

import java.util.List;

/**
 * A canonical entity: one real person, organisation or place across spellings and articles.
 *
 * @param actorCode CAMEO actor code when known ("RUSGOV"), else null
 * @param mentionCount how many mentions refer to it
 */
public record Entity(
    EntityId id, EntityType type, String name, List<String> aliases, List<Role> roles, String actorCode, int mentionCount) {
  public Entity {
    if (id == null || type == null || name == null) {
      throw new IllegalArgumentException("entity: missing field");
    }
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
