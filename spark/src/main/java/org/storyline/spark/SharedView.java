package org.storyline.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.exchange.ExchangeJson;
import org.storyline.fusion.EntityView;
import org.storyline.model.Entity;
import org.storyline.model.EntityId;

/**
 * The canonical entities, broadcast to executors in serialisable form; each executor JVM builds
 * the {@link EntityView} once, on first use.
 */
final class SharedView implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ArrayList<String> entities;
  private final HashMap<String, String> canonical;
  private transient EntityView view;

  SharedView(List<Entity> entities, Map<EntityId, EntityId> canonical) {
    this.entities = new ArrayList<>();
    for (Entity e : entities) {
      this.entities.add(ExchangeJson.write(e));
    }
    this.canonical = new HashMap<>();
    canonical.forEach((k, v) -> this.canonical.put(k.value(), v.value()));
  }

  synchronized EntityView view() {
    if (view == null) {
      List<Entity> list = new ArrayList<>();
      for (String json : entities) {
        list.add(ExchangeJson.entity(json));
      }
      Map<EntityId, EntityId> map = new HashMap<>();
      canonical.forEach((k, v) -> map.put(EntityId.of(k), EntityId.of(v)));
      view = EntityView.of(list, map);
    }
    return view;
  }
}
