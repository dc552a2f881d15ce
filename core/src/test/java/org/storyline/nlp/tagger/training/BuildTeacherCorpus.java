package org.storyline.nlp.tagger.training;

import java.nio.file.Path;
import java.util.List;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;

/**
 * Developer runner (not a test): builds the teacher corpus with the reference engine.
 * {@code java ... BuildTeacherCorpus <bench> <out.tsv.gz> [threads]}.
 */
final class BuildTeacherCorpus {
  private BuildTeacherCorpus() {}

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long t0 = System.nanoTime();
    List<TeacherCorpus.Source> sources = TeacherCorpus.sources(bench);
    long ecb = sources.stream().filter(s -> s.id().startsWith("ecb/")).count();
    System.err.println("sources: " + sources.size() + " (ecb " + ecb + ", trafilatura " + (sources.size() - ecb) + ")");
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(CoreNlpAnalyzer.Settings.defaults());
    int[] n = {0};
    TeacherCorpus.Summary summary = TeacherCorpus.build(sources, out, TeacherCorpus.teacher(analyzer), threads, m -> {
      if (++n[0] % 50 == 0) {
        System.err.println(m);
      }
    });
    System.err.println(summary + " in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
  }
}
