package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.storyline.engine.Engine;

/** {@code storyline-spark analyze --engine fast|fastest|corenlp}: parsed before any Spark session starts. */
class SparkMainEngineTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBadEngineIsAUsageErrorWithTheValidNames() {
    Run r = run("analyze", "--input", "in", "--output", "out", "--engine", "opennlp");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Invalid value for option '--engine': unknown engine 'opennlp' (expected fast, fastest or corenlp)");
  }

  @Test
  void theEngineDefaultsToFastAndHelpNamesBoth() {
    SparkMain.Analyze analyze = new SparkMain.Analyze();
    new picocli.CommandLine(analyze).parseArgs("--input", "in", "--output", "out");
    assertThat(analyze.engine).isEqualTo(Engine.FAST);
    new picocli.CommandLine(analyze).parseArgs("--input", "in", "--output", "out", "--engine", "corenlp");
    assertThat(analyze.engine).isEqualTo(Engine.CORENLP);
    assertThat(run("analyze", "--help").out()).contains("--engine=ENGINE").contains("corenlp");
  }
}
