package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Engine;

/** {@code --engine fast|fastest|corenlp} on every command that analyses text: parsing, default, bad values. */
class EngineOptionTest {
  @Test
  void parsesTheTwoEngineNamesIgnoringCaseAndBlanks() {
    assertThat(Engine.parse("fast")).isEqualTo(Engine.FAST);
    assertThat(Engine.parse(" CoreNLP ")).isEqualTo(Engine.CORENLP);
    assertThat(Engine.DEFAULT).isEqualTo(Engine.FAST);
    assertThat(Engine.CORENLP.id()).isEqualTo("corenlp");
    assertThatThrownBy(() -> Engine.parse("spacy")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown engine 'spacy' (expected fast, fastest or corenlp)");
    assertThatThrownBy(() -> Engine.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBadEngineIsAUsageErrorOnEveryCommandThatAnalysesText(@TempDir Path tmp) {
    String in = tmp.toString();
    String out = tmp.resolve("out").toString();
    List<String[]> commands = List.of(
        new String[] {"analyze", in, "--store", out},
        new String[] {"serve", "--store", out},
        new String[] {"bench-server", "--seconds", "1"},
        new String[] {"eval", "timex", "--bench", in},
        new String[] {"eval", "all", "--bench", in},
        new String[] {"quotes", in, out},
        new String[] {"conll", in, out},
        new String[] {"timeml", in, out});
    for (String[] command : commands) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 2);
      args[command.length] = "--engine";
      args[command.length + 1] = "stanza";
      EvalCommandsTest.Run r = EvalCommandsTest.run(args);
      assertThat(r.code()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", command))
          .contains("Invalid value for option '--engine': unknown engine 'stanza' (expected fast, fastest or corenlp)");
    }
  }

  @Test
  void helpNamesTheEnginesAndTheDefault() {
    for (String command : List.of("analyze", "serve", "eval", "quotes", "conll", "timeml")) {
      EvalCommandsTest.Run r = EvalCommandsTest.run(command, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out()).as(command).contains("--engine=ENGINE").contains("Language analysis: fast (Storyline's own taggers,")
          .contains("corenlp");
    }
  }

  @Test
  void theChosenEngineReachesTheCommand() {
    AnalyzeCommand analyze = new AnalyzeCommand();
    new picocli.CommandLine(analyze).parseArgs("x", "--engine", "corenlp");
    assertThat(analyze.engineOption.engine()).isEqualTo(Engine.CORENLP);
    AnalyzeCommand byDefault = new AnalyzeCommand();
    new picocli.CommandLine(byDefault).parseArgs("x");
    assertThat(byDefault.engineOption.engine()).isEqualTo(Engine.FAST);
    EvalCommand eval = new EvalCommand();
    new picocli.CommandLine(eval).parseArgs("conll", "--bench", "b", "--engine", "FAST");
    assertThat(eval.engineOption.engine()).isEqualTo(Engine.FAST);
  }
}
