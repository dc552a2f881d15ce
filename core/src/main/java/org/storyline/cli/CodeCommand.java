package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.actors.ActorDictionary;
import org.storyline.actors.AgentDictionary;
import org.storyline.actors.CameoActorCoder;
import org.storyline.eval.EventCodeBatch;
import org.storyline.events.EventCoder;
import org.storyline.events.EventLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline code IN.jsonl OUT.jsonl [--actors FILE] [--agents FILE]}. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {
      "Codes political events in single sentences (PLOVER type and mode, CAMEO code, status, actors).",
      "Reads JSON lines {\"id\",\"text\",\"date\"} (date: optional ISO publication date) from IN.jsonl and",
      "writes one line per sentence to OUT.jsonl, events most confident first:",
      "  {\"id\",\"events\":[{\"plover\",\"mode\",\"cameo\",\"status\",\"source\",\"target\",\"sourceCode\",\"targetCode\"}]}",
      "source/target are actor texts; the codes are CAMEO actor codes (\"RUS\", \"USAGOV\", \"UKRMIL\",",
      "\"COP\") from Storyline's actor lexicon and agent nouns, else null. --actors/--agents add",
      "PETRARCH/Phoenix-format dictionaries, looked up first (date-restricted codes follow the line's date).",
      "Plain-text coding, no language models. A malformed line is reported as FILE:LINE and skipped;",
      "exit code 1 if any was."
    })
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN.jsonl", description = "Sentences, one JSON object per line.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT.jsonl", description = "The JSON lines file to write.")
  Path out;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A PETRARCH/Phoenix actor dictionary (e.g. Phoenix.Countries.actors.txt[.gz]).")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE",
      description = "A PETRARCH/Phoenix agent dictionary (e.g. Phoenix.agents.txt).")
  Path agents;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IoArgs args = IoArgs.of("code", err).file(in).notDirectory(out, "OUT.jsonl").distinct(in, out, "OUT.jsonl", "IN.jsonl");
    if (actors != null) {
      args.file(actors);
    }
    if (agents != null) {
      args.file(agents);
    }
    if (!args.ok()) {
      return 2;
    }
    List<String> problems = new ArrayList<>();
    CameoActorCoder codes = coder(actors, agents, problems);
    for (String p : problems) {
      err.println("warning: " + p);
    }
    EventCodeBatch.Report report = new EventCodeBatch(new EventCoder(EventLexicon.defaults(), codes)).run(in, out);
    for (String e : report.errors()) {
      err.println("error: " + e);
    }
    o.printf(Locale.ROOT, "Wrote %d sentence(s) with %d event(s) to %s; %d line(s) skipped.%n",
        report.sentences(), report.events(), out, report.errors().size());
    return report.errors().isEmpty() ? 0 : 1;
  }

  /**
   * {@return Storyline's actor coder, with the given PETRARCH-format dictionaries looked up first}
   *
   * @param actors an actor dictionary file, or null
   * @param agents an agent dictionary file, or null
   * @param problems receives the dictionaries' skipped lines
   */
  static CameoActorCoder coder(Path actors, Path agents, List<String> problems) throws IOException {
    if (actors == null && agents == null) {
      return CameoActorCoder.defaults();
    }
    return CameoActorCoder.defaults().withUserDictionaries(
        actors == null ? ActorDictionary.empty() : ActorDictionary.read(actors, problems),
        agents == null ? AgentDictionary.empty() : AgentDictionary.read(agents, problems));
  }
}
