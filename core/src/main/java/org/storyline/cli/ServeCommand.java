package org.storyline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.engine.Limits;
import org.storyline.engine.Pipelines;
import org.storyline.engine.StorylineEngine;
import org.storyline.ingest.IngestLimits;
import org.storyline.ingest.Ingestor;
import org.storyline.server.ServerOptions;
import org.storyline.server.StorylineServer;
import org.storyline.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline serve [--store DIR] [--port 8080] [--bind 127.0.0.1] [--token TOKEN] [--max-upload SIZE]}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Serves the store as a web page and a JSON API (docs/api.md) until stopped (Ctrl-C).",
      "Listens on loopback only unless --bind names another address, which needs --token:",
      "write requests (uploads) must then send 'Authorization: Bearer TOKEN'.",
      "Uploaded articles go through the whole pipeline and the page updates by itself."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EngineOption engineOption;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default 8080; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
  String bind = "127.0.0.1";

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token required by write requests; needed to listen beyond loopback (default: $STORYLINE_TOKEN).")
  String token;

  @Option(names = "--max-upload", paramLabel = "SIZE", description = "Largest request body, e.g. 64m (default), 512k.")
  String maxUpload = "64m";

  @Option(names = "--writes-per-minute", paramLabel = "N", hidden = true,
      description = "Write requests allowed per client address and minute (default 60).")
  int writesPerMinute = 60;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel per upload (default: number of cores).")
  Integer threads;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String tok = token != null ? token : blankToNull(System.getenv("STORYLINE_TOKEN"));
    ServerOptions options;
    try {
      options = new ServerOptions(bind, port, tok, ServerOptions.parseSize(maxUpload), writesPerMinute, 32);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!options.isLoopback() && options.token() == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "refusing to listen on " + bind + " without --token: beyond loopback, uploads must be authenticated");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 256) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 256, got " + n);
    }
    long limit = options.maxUploadBytes();
    try (StoryStore opened = StoryStore.open(store.dir());
        StorylineServer server = StorylineServer.start(options, opened, () -> new StorylineEngine(opened,
            Pipelines.standard(engineOption.engine(), Limits.defaults()),
            new Ingestor(IngestLimits.defaults().withMaxFileBytes(Math.max(limit, IngestLimits.DEFAULT_MAX_FILE_BYTES))), n))) {
      out.println("Storyline is serving store " + store.dir() + " on " + options.bind() + ":" + server.port());
      out.println("open http://localhost:" + server.port() + "/");
      out.println("(language models load in the background; uploads wait for them. Stop with Ctrl-C.)");
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close(); // finishes queued uploads
        stop.countDown();
        try {
          stopped.await(30, java.util.concurrent.TimeUnit.SECONDS); // until the store is closed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "storyline-serve-stop"));
      try {
        server.awaitEngine();
        err.println("Language models loaded; uploads are analysed now.");
        err.flush();
        stop.await();
      } finally {
        server.close();
        opened.close();
        stopped.countDown();
      }
    }
    return 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
