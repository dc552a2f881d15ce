package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.engine.AnalyzeReport;
import org.storyline.engine.Limits;
import org.storyline.engine.Pipelines;
import org.storyline.engine.StorylineEngine;
import org.storyline.ingest.Ingestor;
import org.storyline.pipeline.Pipeline;
import org.storyline.server.ServerBenchmark;
import org.storyline.server.ServerOptions;
import org.storyline.server.StorylineServer;
import org.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline bench-server} (hidden): load on a server over loopback. Without {@code --url} it
 * analyses the examples into a fresh temporary store, starts a server on a free loopback port with
 * the standard pipeline and measures it; with {@code --url} it measures a running server.
 */
@Command(name = "bench-server", hidden = true, mixinStandardHelpOptions = true,
    description = "Clients mixing searches, timeline reads and uploads against a server; prints requests/s, p50/p99, errors, articles lost.")
final class BenchServerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOption engineOption;

  @Option(names = "--seconds", paramLabel = "N", description = "How long to load the server (default 30).")
  int seconds = 30;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default 8).")
  int clients = 8;

  @Option(names = "--upload-every", paramLabel = "N", description = "Every N-th request of a client is an upload (default 10; 0: none).")
  int uploadEvery = 10;

  @Option(names = "--url", paramLabel = "URL", description = "A running server (default: start one over a temporary store).")
  URI url;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for uploads to --url.")
  String token;

  @Option(names = "--examples", paramLabel = "DIR", description = "Articles to preload and to vary for uploads (default: examples).")
  Path examples = Path.of("examples");

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> seeds;
    try (var files = Files.list(examples)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (seeds.isEmpty()) {
      err.println("storyline bench-server: no .txt article in " + examples);
      return 2;
    }
    String body = Files.readString(seeds.get(0), StandardCharsets.UTF_8);
    body = body.substring(body.indexOf('\n') + 1).strip();
    if (url != null) {
      ServerBenchmark.print(new ServerBenchmark(url, token).run(clients, Duration.ofSeconds(seconds), uploadEvery, body),
          clients, out);
      return 0;
    }
    Path dir = Files.createTempDirectory("storyline-bench-server");
    err.println("Loading language models and analysing " + seeds.size() + " example(s) into " + dir + "…");
    err.flush();
    Pipeline pipeline = Pipelines.standard(engineOption.engine(), Limits.defaults());
    try (StoryStore store = StoryStore.open(dir)) {
      StorylineEngine engine = new StorylineEngine(store, pipeline, new Ingestor(), Runtime.getRuntime().availableProcessors());
      AnalyzeReport preload = engine.analyze(List.of(examples.toAbsolutePath().normalize()), StorylineEngine.Listener.none());
      err.println("Preloaded " + preload.stored() + " article(s), " + preload.events() + " events; loading the server for "
          + seconds + " s with " + clients + " clients…");
      err.flush();
      ServerOptions options = ServerOptions.defaults().withPort(0).withWritesPerMinute(1_000_000);
      try (StorylineServer server = StorylineServer.start(options, store, () -> engine)) {
        server.awaitEngine();
        ServerBenchmark.Result result = new ServerBenchmark(URI.create("http://127.0.0.1:" + server.port() + "/"), null)
            .run(clients, Duration.ofSeconds(seconds), uploadEvery, body);
        ServerBenchmark.print(result, clients, out);
      }
    }
    return 0;
  }
}
