package org.storyline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code storyline timeml} job: every TimeML file under an input directory ({@code .tml} or
 * {@code .tml.TE3input}, searched recursively) is read, its TEXT tagged by a {@link
 * TimexAnnotator} with the DCT as anchor, and written as {@code NAME.tml} to the same relative
 * folder under the output directory (see {@link TimeMl#write}). A file that cannot be read or
 * parsed is reported and skipped; the others are still written.
 */
public final class TimeMlBatch {
  private final TimexAnnotator annotator;

  /** A batch job using this annotator. */
  public TimeMlBatch(TimexAnnotator annotator) {
    this.annotator = annotator;
  }

  /** One written document: input file, output file and the number of TIMEX3 tags written. */
  public record Written(Path input, Path output, int timexes) {}

  /**
   * What a run did.
   *
   * @param written documents written, in input order
   * @param errors one message per file that was skipped (naming the file and, when known, the line)
   * @param warnings problems that did not stop a file (e.g. no DCT: relative expressions unresolved)
   */
  public record Report(List<Written> written, List<String> errors, List<String> warnings) {
    public Report {
      written = List.copyOf(written);
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** {@return the TimeML input files under {@code in} (or {@code in} itself), sorted by path} */
  public static List<Path> inputs(Path in) throws IOException {
    if (Files.isRegularFile(in)) {
      return List.of(in);
    }
    try (Stream<Path> s = Files.walk(in)) {
      return s.filter(Files::isRegularFile).filter(p -> TimeMl.isTimeMlFile(p.getFileName().toString()))
          .sorted().toList();
    }
  }

  /**
   * Tags every input under {@code in} and writes the results under {@code out} (created when
   * missing).
   *
   * @throws IOException when {@code in} cannot be listed or {@code out} cannot be created
   */
  public Report run(Path in, Path out) throws IOException {
    List<Path> files = inputs(in);
    Files.createDirectories(out);
    List<Written> written = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<Path> targets = new HashSet<>();
    for (Path f : files) {
      Path rel = Files.isRegularFile(in) ? f.getFileName() : in.relativize(f);
      Path folder = rel.getParent() == null ? out : out.resolve(rel.getParent());
      Path target = folder.resolve(TimeMl.baseName(f.getFileName().toString()) + ".tml");
      if (!targets.add(target.toAbsolutePath().normalize())) {
        errors.add(f + ": skipped, another input was already written as " + target);
        continue;
      }
      try {
        TimeMlDocument doc = TimeMl.parse(f.toString(), Files.readAllBytes(f));
        if (doc.dct() == null) {
          warnings.add(f + ": " + (doc.dctValue() == null ? "no DCT" : "DCT value '" + doc.dctValue()
              + "' has no calendar day") + "; relative expressions are left unresolved");
        }
        List<Timex> timexes = annotator.annotate(doc.name(), doc.text(), doc.dct());
        Files.createDirectories(folder);
        Files.writeString(target, TimeMl.write(doc, timexes), StandardCharsets.UTF_8);
        written.add(new Written(f, target, timexes.size()));
      } catch (FormatException e) {
        errors.add(e.getMessage());
      } catch (IOException e) {
        errors.add(f + ": " + e.getMessage());
      }
    }
    return new Report(written, errors, warnings);
  }
}
