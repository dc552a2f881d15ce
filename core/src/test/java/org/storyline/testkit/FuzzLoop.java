package org.storyline.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Runs a fuzz target for a bounded time: draws inputs from a jqwik {@link Arbitrary} with a seeded
 * {@link Random} until {@code -Dfuzz.seconds} (default 60) have passed, and checks each with the
 * target's oracle. An input that throws, or takes longer than {@code -Dfuzz.hangSeconds} (default
 * 20), is written to {@code target/fuzz-findings/} and fails the run with the seed and input
 * number that reproduce it ({@code -Dfuzz.seed=N}). Call it from inside a jqwik property (an
 * {@code @Example}), so that jqwik's generators run in their lifecycle. Used by the {@code *Fuzz}
 * classes, which run only under {@code mvn -Pfuzz verify}.
 */
public final class FuzzLoop {
  private FuzzLoop() {}

  /** The oracle a fuzz target checks on each input; throws when the input breaks a guarantee. */
  public interface Target<T> {
    void check(T input) throws Exception;
  }

  /** {@return how many inputs were checked} */
  public static <T> long run(String name, Arbitrary<T> inputs, Target<T> target) {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 60L));
    Duration hang = Duration.ofSeconds(Long.getLong("fuzz.hangSeconds", 20L));
    Random random = new Random(seed);
    RandomGenerator<T> generator = inputs.generator(1000, true);
    long deadline = System.nanoTime() + budget.toNanos();
    long n = 0;
    while (System.nanoTime() < deadline) {
      T input = generator.next(random).value();
      n++;
      long start = System.nanoTime();
      try {
        target.check(input);
      } catch (Throwable e) {
        throw new AssertionError(finding(name, seed, n, input, "failed: " + e), e);
      }
      long took = System.nanoTime() - start;
      if (took > hang.toNanos()) {
        throw new AssertionError(finding(name, seed, n, input, "took " + took / 1_000_000 + " ms"));
      }
    }
    System.out.printf(Locale.ROOT, "fuzz %s: %d inputs in %d s, seed %d, no finding%n", name, n, budget.toSeconds(),
        seed);
    return n;
  }

  private static String finding(String name, long seed, long n, Object input, String what) {
    String where = "(not saved)";
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-findings"));
      Path file = dir.resolve(name + "-" + seed + "-" + n + (input instanceof byte[] ? ".bin" : ".txt"));
      if (input instanceof byte[] bytes) {
        Files.write(file, bytes);
      } else {
        Files.writeString(file, String.valueOf(input), StandardCharsets.UTF_8);
      }
      where = file.toAbsolutePath().toString();
    } catch (IOException e) {
      where = "(could not save: " + e + ")";
    }
    return "fuzz " + name + ": input " + n + " " + what + "; reproduce with -Dfuzz.seed=" + seed + "; input saved to "
        + where;
  }
}
