package org.storyline.spark;

/** Placeholder entry point while the module is assembled. */
public final class SparkMain {
  private SparkMain() {}

  /** Entry point. */
  public static void main(String[] args) {}
}
