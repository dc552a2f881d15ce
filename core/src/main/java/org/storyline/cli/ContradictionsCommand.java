package org.storyline.cli;

import java.util.concurrent.Callable;
import org.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline contradictions}. */
@Command(name = "contradictions", mixinStandardHelpOptions = true,
    description = "Shows conflicting claims (dates, places, participants, status of one event; role anachronisms), each side with its sentence.")
final class ContradictionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    try (StoryStore s = Stores.openExisting(spec, store)) {
      StoryView view = StoryView.load(s);
      spec.commandLine().getOut().print(new StoryRenderer(view).contradictions(view.story.contradictions()));
    }
    return 0;
  }
}
