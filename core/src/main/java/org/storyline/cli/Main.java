package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storyline} command. Exit codes: 0 success, 1 the job failed (e.g. the store cannot be
 * opened), 2 wrong usage (unknown command or option, bad value).
 */
@Command(
    name = "storyline",
    mixinStandardHelpOptions = true,
    version = "storyline 0.1.0",
    description = {
      "Turns news articles about a developing story into a sourced, dated, fused event timeline.",
      "",
      "Typical use:",
      "  storyline analyze examples/      analyse articles into the store and print the timeline",
      "  storyline timeline --actor Putin  show the timeline again, filtered",
      "  storyline entities                who is who, with aliases and roles in time",
      "  storyline contradictions          conflicting claims, side by side",
      "  storyline serve                   the web page and JSON API on http://localhost:8080",
      "",
      "The store defaults to ./.storyline (or $STORYLINE_STORE); --store DIR chooses another.",
    },
    subcommands = {
      AnalyzeCommand.class,
      TimelineCommand.class,
      EntitiesCommand.class,
      ContradictionsCommand.class,
      ServeCommand.class, BenchServerCommand.class,
      TimemlCommand.class, ConllCommand.class, EvalCommand.class, ExtractCommand.class, QuotesCommand.class, CodeCommand.class,
      ImportCommand.class, BenchCommand.class,
      TrainTaggerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns the exit code (does not exit). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.println("storyline " + cmd.getCommandName() + ": "
          + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()));
      err.flush();
      return 1;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'storyline --help'");
  }
}
