package org.storyline.spark;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components over string keys. The root of a component is its smallest key, so the
 * result does not depend on the order of the unions. Not thread-safe.
 */
final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  /** Adds a key as its own component if it is new. */
  void add(String key) {
    parent.putIfAbsent(key, key);
  }

  /** Joins the components of {@code a} and {@code b}, adding them if new. */
  void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** {@return the root (smallest key) of the component of {@code key}, adding it if new} */
  String find(String key) {
    add(key);
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String at = key;
    while (!at.equals(root)) {
      String next = parent.get(at);
      parent.put(at, root);
      at = next;
    }
    return root;
  }

  /** {@return every key with the root of its component} */
  Map<String, String> roots() {
    Map<String, String> out = new HashMap<>();
    for (String key : parent.keySet()) {
      out.put(key, find(key));
    }
    return out;
  }
}
