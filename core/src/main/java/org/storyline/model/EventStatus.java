package org.storyline.model;

import java.util.Locale;

/** The status a source gives an event. */
public enum EventStatus {
  OCCURRED,
  ONGOING,
  PLANNED,
  PROPOSED,
  REQUESTED,
  AGREED,
  REFUSED,
  DENIED,
  HYPOTHETICAL,
  CANCELLED;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventStatus parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
