package org.storyline.cli;

import java.nio.file.Files;
import org.storyline.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Opening the store for read-only commands. */
final class Stores {
  private Stores() {}

  /** Opens an existing store; a missing one is a usage error, not an empty result. */
  static StoryStore openExisting(CommandSpec spec, StoreOption option) {
    if (!Files.isRegularFile(option.dir().resolve(StoryStore.FILE_NAME))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no store at " + option.dir() + ": run 'storyline analyze PATH…' first, or pass --store DIR");
    }
    return StoryStore.open(option.dir());
  }
}
