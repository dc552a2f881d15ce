package org.storyline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR",
      description = "Store directory (default: $STORYLINE_STORE, else ./.storyline).")
  Path store;

  Path dir() {
    if (store != null) {
      return store;
    }
    String env = System.getenv("STORYLINE_STORE");
    return Path.of(env != null && !env.isBlank() ? env : ".storyline");
  }
}
