package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTaggerCommandTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void unknownTaskIsAUsageErrorListingTheKnownTasks() throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.tsv"), "# doc a\nThe\tDT\tO\n");
    StringWriter err = new StringWriter();
    int code = run(err, "train-tagger", "--task", "chunk", "--corpus", corpus.toString(), "--out", dir.resolve("m.bin").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unknown task 'chunk'").contains("pos");
    assertThat(TrainTaggerCommand.TASKS).containsKey("pos");
  }

  @Test
  void epochsBelowOneIsAUsageError() throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.tsv"), "# doc a\nThe\tDT\tO\n");
    StringWriter err = new StringWriter();
    int code = run(err, "train-tagger", "--task", "pos", "--corpus", corpus.toString(), "--out", dir.resolve("m.bin").toString(), "--epochs", "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--epochs");
    assertThat(dir.resolve("m.bin")).doesNotExist();
  }
}
