package org.storyline.fusion;

import org.storyline.model.EventStatus;

/**
 * The order in which an event's statuses normally follow one another, and the groups the
 * contradiction rules use. A normal life cycle is HYPOTHETICAL, PROPOSED/REQUESTED, PLANNED, AGREED,
 * ONGOING, OCCURRED; REFUSED/DENIED and CANCELLED end it.
 */
public final class StatusOrder {
  private StatusOrder() {}

  /** {@return the position of a status in the normal life cycle (ties possible)} */
  public static int rank(EventStatus status) {
    switch (status) {
      case HYPOTHETICAL:
        return 0;
      case PROPOSED:
      case REQUESTED:
        return 1;
      case PLANNED:
        return 2;
      case AGREED:
        return 3;
      case ONGOING:
        return 4;
      case OCCURRED:
        return 5;
      case REFUSED:
      case DENIED:
        return 6;
      case CANCELLED:
        return 7;
      default:
        throw new AssertionError(status);
    }
  }

  /** {@return whether the status speaks of something that has not happened yet} */
  public static boolean isForwardLooking(EventStatus status) {
    return rank(status) <= 3;
  }

  /** {@return whether the status says the event took place or is taking place} */
  public static boolean isFactual(EventStatus status) {
    return status == EventStatus.OCCURRED || status == EventStatus.ONGOING;
  }

  /** {@return whether the status says the event will not or did not happen} */
  public static boolean isNegative(EventStatus status) {
    return status == EventStatus.REFUSED || status == EventStatus.DENIED || status == EventStatus.CANCELLED;
  }
}
