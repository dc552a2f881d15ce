package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.ConllFile;
import org.storyline.eval.ConllTagging;
import org.storyline.eval.TextFiles;
import org.storyline.engine.Limits;
import org.storyline.nlp.LanguageAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline conll IN OUT}. */
@Command(name = "conll", mixinStandardHelpOptions = true,
    description = {
      "Named-entity tagging in CoNLL-2003 format.",
      "IN has one word per line (token POS chunk NER), a blank line after each sentence and",
      "-DOCSTART- lines between documents. OUT gets the same lines, each word line with a fifth column:",
      "the predicted tag (PER, LOC, ORG, MISC) in the input's IOB scheme (IOB1 unless the NER column uses",
      "B- on every first word). Score it with conlleval or 'storyline eval conll'. Lines with an odd number",
      "of columns are reported with their line number and still tagged."
    })
final class ConllCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOption engineOption;

  @Parameters(index = "0", paramLabel = "IN", description = "CoNLL-2003 column file.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output file (overwritten).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!IoArgs.of("conll", err).file(in).notDirectory(out, "OUT").ok()) {
      return 2;
    }
    TextFiles.Decoded decoded = TextFiles.read(in);
    ConllFile file = ConllFile.parse(in.toString(), decoded.text());
    err.println("Loading language models…");
    err.flush();
    ConllTagging.Result result = ConllTagging.tag(file, tagger(engineOption.engine().analyzer(Limits.defaults())));
    Files.writeString(out, result.text(), decoded.charset());
    for (String p : result.problems()) {
      err.println("warning: " + p);
    }
    o.printf(Locale.ROOT, "Tagged %d sentence(s), %d word(s) (%s); wrote %s.%n", result.sentences(), result.words(),
        file.scheme(), out);
    return 0;
  }

  /** {@return a CoNLL sentence tagger on the analyzer's NER} */
  static ConllTagging.SentenceTagger tagger(LanguageAnalyzer analyzer) {
    return words -> {
      List<String> types = new ArrayList<>(words.size());
      for (String label : analyzer.nerTags(words)) {
        types.add(ConllTagging.fromCoreNlp(label));
      }
      return types;
    };
  }
}
