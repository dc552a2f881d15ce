package org.storyline.model;

/**
 * A quantity attached to an event: "723 strikes" (value 723, unit "strikes"), "$90 billion"
 * (9.0E10, "USD"), "30-day ceasefire" (30, "day"), "40-minute call" (40, "minute").
 */
public record Quantity(Span span, String text, double value, String unit) {
  public Quantity {
    if (span == null || text == null || unit == null) {
      throw new IllegalArgumentException("quantity: missing field");
    }
  }
}
