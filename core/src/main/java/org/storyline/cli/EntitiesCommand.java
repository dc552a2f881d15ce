package org.storyline.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.model.Entity;
import org.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline entities}. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Lists canonical entities (most mentioned first) with their aliases and their roles in time as sources state them.")
final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--min-mentions", paramLabel = "N", description = "Only entities mentioned at least N times (default 1).")
  int minMentions = 1;

  @Override
  public Integer call() {
    try (StoryStore s = Stores.openExisting(spec, store)) {
      StoryView view = StoryView.load(s);
      List<Entity> list = new ArrayList<>();
      for (Entity e : view.entityList()) {
        if (e.mentionCount() >= minMentions) {
          list.add(e);
        }
      }
      list.sort(Comparator.comparingInt(Entity::mentionCount).reversed().thenComparing(e -> e.id().value()));
      spec.commandLine().getOut().print(new StoryRenderer(view).entities(list));
    }
    return 0;
  }
}
