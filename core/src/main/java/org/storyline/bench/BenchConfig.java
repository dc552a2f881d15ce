package org.storyline.bench;

import java.nio.file.Path;
import java.util.List;
import org.storyline.engine.Limits;

/**
 * What to benchmark.
 *
 * @param inputs files or folders, read as {@code analyze} reads them (may be empty when {@code
 *     sharedBench} is given)
 * @param sharedBench the shared benchmark folder whose TBAQ and MEANTIME texts join the inputs, or
 *     null
 * @param threads thread counts of the end-to-end runs, each at least 1
 * @param engines engine names, in the order they run
 * @param warmupArticles articles analysed (not measured) before the profile of each engine; the
 *     corpus is cycled when it is smaller
 * @param storeDir where the stores and the corpus file go (kept afterwards), or null for a temporary
 *     folder deleted at the end
 * @param limits the limits {@code analyze} would use
 */
public record BenchConfig(List<Path> inputs, Path sharedBench, List<Integer> threads, List<String> engines,
    int warmupArticles, Path storeDir, Limits limits) {
  public BenchConfig {
    inputs = List.copyOf(inputs);
    threads = List.copyOf(threads);
    engines = List.copyOf(engines);
    if (inputs.isEmpty() && sharedBench == null) {
      throw new IllegalArgumentException("nothing to benchmark: give input paths or a benchmark folder");
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException("thread counts must be at least 1: " + threads);
    }
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("at least one engine");
    }
    if (warmupArticles < 0) {
      throw new IllegalArgumentException("warm-up must not be negative: " + warmupArticles);
    }
    if (limits == null) {
      throw new IllegalArgumentException("limits required");
    }
  }
}
