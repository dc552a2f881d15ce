package org.storyline.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.storyline.engine.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline-spark analyze --input PATH... --output DIR [--partitions N] [--master URL] [--engine fast|fastest|corenlp]}: the
 * entry point of {@code storyline-spark.jar} for {@code spark-submit} (or {@code java -cp} with
 * Spark on the class path and {@code --master local[*]}). Exit codes: 0 done, 1 the job failed or
 * read nothing, 2 wrong usage.
 */
@Command(name = "storyline-spark", mixinStandardHelpOptions = true, version = "storyline-spark 0.1.0",
    description = "Storyline on Apache Spark: the same stages and the same results as storyline analyze.",
    subcommands = {SparkMain.Analyze.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  private SparkMain() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** {@return the exit code of the command line} Does not exit. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.println("storyline-spark " + cmd.getCommandName() + ": " + JobCode.describe(ex));
      err.flush();
      return 1;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'storyline-spark --help'");
  }

  /** {@code analyze}: the whole job. */
  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = {
        "Reads articles (.warc/.warc.gz response records, .jsonl, .txt, .html), analyses them on the",
        "executors, detects duplicates, resolves entities, fuses events and finds contradictions, and",
        "writes Parquet tables, the files for 'storyline import DIR' and _SUMMARY.json to DIR."
      })
  static final class Analyze implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
        description = "Files, directories (recursive) or glob patterns; any Hadoop path (s3a://, hdfs://, file://, local). "
            + "Repeat or separate with commas.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (must not exist).")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
        description = "Partitions of the analysis and fusion steps (default: 2 x the default parallelism).")
    Integer partitions;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2] (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--overwrite", description = "Delete DIR first if it exists.")
    boolean overwrite;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "fast", converter = EngineConverter.class,
        description = "Language analysis on the executors: fast (Storyline's own taggers, the default) or corenlp "
            + "(Stanford CoreNLP, the reference; slower).")
    Engine engine = Engine.DEFAULT;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "WARN",
        description = "Spark's log level once the session runs (default: ${DEFAULT-VALUE}).")
    String logLevel;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      SparkSession.Builder builder = SparkSession.builder().appName("storyline");
      if (master != null) {
        builder.master(master);
      } else if (System.getProperty("spark.master") == null) {
        // not under spark-submit and no --master: run locally on every core
        builder.master("local[*]");
      }
      SparkSession spark = builder.getOrCreate();
      spark.sparkContext().setLogLevel(logLevel);
      try {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(dir)) {
          if (!overwrite) {
            err.println("storyline-spark analyze: " + output + " exists; choose another directory or add --overwrite");
            return 2;
          }
          fs.delete(dir, true);
        }
        int n = partitions != null ? partitions : 2 * spark.sparkContext().defaultParallelism();
        if (n < 1) {
          err.println("storyline-spark analyze: --partitions must be >= 1, got " + n);
          return 2;
        }
        JobSummary s = new StorylineJob(spark, engine).run(inputs, output, n);
        out.printf(Locale.ROOT, "Read %d article(s): %d analysed, %d repeated in the input, %d failed.%n", s.read(),
            s.analysed(), s.repeated(), s.failed());
        for (Map.Entry<String, Long> e : s.skippedByReason().entrySet()) {
          out.printf(Locale.ROOT, "  skipped %4d × %s%n", e.getValue(), e.getKey());
        }
        for (Map.Entry<String, Long> e : s.recordsSkipped().entrySet()) {
          out.printf(Locale.ROOT, "  WARC records skipped %4d × %s%n", e.getValue(), e.getKey());
        }
        out.printf(Locale.ROOT, "%d duplicate link(s), %d entities, %d events, %d contradiction(s).%n", s.duplicates(),
            s.entities(), s.events(), s.contradictions());
        out.printf(Locale.ROOT, "Took %.1f s (%.2f articles/s). Output in %s (load it with: storyline import %s)%n",
            s.seconds(), s.seconds() > 0 ? s.analysed() / s.seconds() : 0.0, output, output);
        return s.read() == 0 ? 1 : 0;
      } finally {
        spark.stop();
      }
    }
  }

  /** Parses {@code --engine} with a message naming the valid engines. */
  static final class EngineConverter implements CommandLine.ITypeConverter<Engine> {
    @Override
    public Engine convert(String value) {
      try {
        return Engine.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
