package org.storyline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storyline.nlp.tagger.PerceptronModel;
import org.storyline.nlp.tagger.training.ColumnCorpus;
import org.storyline.nlp.tagger.training.NerTask;
import org.storyline.nlp.tagger.training.PosTask;
import org.storyline.nlp.tagger.training.TaggedSentence;
import org.storyline.nlp.tagger.training.TaggerTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline train-tagger} (hidden, for developers): trains one of our own taggers on a
 * teacher corpus, splitting documents into training and held-out parts by the shared rule
 * ({@link TaggedSentence#isHeldOut}), and prints training progress, held-out agreement with the
 * teacher (all tokens and tokens unseen in training), the model's size and its load time.
 */
@Command(name = "train-tagger", hidden = true, mixinStandardHelpOptions = true,
    description = "Trains a tagger (--task pos|...) on a teacher corpus; prints held-out agreement, model size and load time.")
final class TrainTaggerCommand implements Callable<Integer> {
  /** The tasks, by name; a new tagger adds one line here. */
  static final Map<String, Supplier<TaggerTask>> TASKS = tasks();

  private static Map<String, Supplier<TaggerTask>> tasks() {
    Map<String, Supplier<TaggerTask>> tasks = new LinkedHashMap<>();
    tasks.put("pos", PosTask::new);
    tasks.put("ner", NerTask::new);
    return Map.copyOf(tasks);
  }

  @Spec CommandSpec spec;

  @Option(names = "--task", required = true, paramLabel = "TASK", description = "Which tagger to train: ${COMPLETION-CANDIDATES}.",
      completionCandidates = TaskNames.class)
  String task;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Teacher corpus (word TAB pos TAB ner, '# doc <id>' lines; .gz ok).")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default 10).")
  int epochs = 10;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the shuffling between epochs (default 1).")
  long seed = 1;

  /** Lists the task names for the help text. */
  static final class TaskNames extends ArrayList<String> {
    TaskNames() {
      super(TASKS.keySet().stream().sorted().toList());
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Supplier<TaggerTask> factory = TASKS.get(task);
    if (factory == null) {
      err.println("storyline train-tagger: unknown task '" + task + "' (known: " + String.join(", ", new TaskNames()) + ")");
      return 2;
    }
    if (epochs < 1) {
      err.println("storyline train-tagger: --epochs must be at least 1");
      return 2;
    }
    TaggerTask tagger = factory.get();
    long started = System.nanoTime();
    List<TaggedSentence> all = ColumnCorpus.read(corpus);
    List<TaggedSentence> train = new ArrayList<>();
    List<TaggedSentence> heldOut = new ArrayList<>();
    Set<String> trainDocs = new HashSet<>();
    Set<String> heldOutDocs = new HashSet<>();
    long trainTokens = 0;
    long heldOutTokens = 0;
    for (TaggedSentence s : all) {
      if (s.heldOut()) {
        heldOut.add(s);
        heldOutDocs.add(s.docId());
        heldOutTokens += s.length();
      } else {
        train.add(s);
        trainDocs.add(s.docId());
        trainTokens += s.length();
      }
    }
    stdout.printf(Locale.ROOT, "corpus %s: train %d docs / %d sentences / %d tokens, held out %d docs / %d sentences / %d tokens (%.1f s)%n",
        corpus, trainDocs.size(), train.size(), trainTokens, heldOutDocs.size(), heldOut.size(), heldOutTokens,
        (System.nanoTime() - started) / 1e9);
    stdout.flush();
    if (train.isEmpty()) {
      err.println("storyline train-tagger: no training sentences in " + corpus);
      return 1;
    }
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("task", task);
    provenance.put("corpus", String.valueOf(corpus.getFileName()));
    provenance.put("trainTokens", Long.toString(trainTokens));
    provenance.put("epochs", Integer.toString(epochs));
    provenance.put("seed", Long.toString(seed));
    PerceptronModel model = tagger.train(train, epochs, seed, provenance, stdout);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(out)) {
      bytes.writeTo(file);
    }
    long loadStart = System.nanoTime();
    PerceptronModel loaded;
    try (var in = Files.newInputStream(out)) {
      loaded = tagger.read(in);
    }
    double loadMs = (System.nanoTime() - loadStart) / 1e6;
    PerceptronModel again = tagger.read(new ByteArrayInputStream(bytes.toByteArray()));
    if (again.weightCount() != model.weightCount()) {
      err.println("storyline train-tagger: the written model does not read back identically");
      return 1;
    }
    stdout.printf(Locale.ROOT, "model %s: %d bytes (%.2f MB), %d features, %d weights, %d classes, load %.0f ms%n",
        out, bytes.size(), bytes.size() / 1048576.0, loaded.featureCount(), loaded.weightCount(), loaded.classCount(), loadMs);
    if (heldOut.isEmpty()) {
      stdout.println("held out: no held-out documents");
    } else {
      TaggerTask.Agreement a = tagger.evaluate(loaded, train, heldOut);
      stdout.printf(Locale.ROOT, "held-out agreement with the teacher: %.4f of %d tokens; unseen words %.4f of %d tokens%n",
          a.accuracy(), a.tokens(), a.unseenAccuracy(), a.unseenTokens());
      tagger.figures(loaded, heldOut).forEach(stdout::println);
    }
    stdout.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
