package org.storyline.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.fusion.Timeline;
import org.storyline.model.Entity;
import org.storyline.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline timeline [--from DATE] [--to DATE] [--actor NAME]}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {
      "Prints the fused events of the store in date order: date · what happened · who · status",
      "(with its history) · sources (article and sentence). Undated events come last."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String to;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only events with this actor as source or target (name, alias or id).")
  String actor;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate fromDate = from == null ? null : parseDate(from, false);
    LocalDate toDate = to == null ? null : parseDate(to, true);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    try (StoryStore s = Stores.openExisting(spec, store)) {
      StoryView view = StoryView.load(s);
      Entity who = null;
      if (actor != null) {
        Optional<Entity> found = view.findActor(actor);
        if (found.isEmpty()) {
          spec.commandLine().getErr().println("storyline timeline: no entity matches '" + actor + "' (see: storyline entities)");
          return 1;
        }
        who = found.get();
        out.println("Events with " + who.name() + " [" + who.id() + "]:");
      }
      out.print(new StoryRenderer(view).timeline(new Timeline(view.entities)
          .entries(view.story.events(), fromDate, toDate, who == null ? null : who.id())));
    }
    return 0;
  }

  private LocalDate parseDate(String s, boolean end) {
    return Timeline.dateBound(s, end).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "invalid date '" + s + "': expected YYYY-MM-DD, YYYY-MM or YYYY"));
  }
}
