package org.storyline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Resident memory of this process as Linux reports it in {@code /proc/self/status}: {@code VmRSS}
 * (resident now) and {@code VmHWM} (the high-water mark of resident memory). Both are empty where
 * the file does not exist or lacks the line (other systems: "n/a").
 *
 * @param rssBytes resident set size now
 * @param hwmBytes peak resident set size since start, or since the last {@link #resetPeak()}
 */
public record ProcStatus(OptionalLong rssBytes, OptionalLong hwmBytes) {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  /** {@return nothing known (not Linux, or the file could not be read)} */
  public static ProcStatus unavailable() {
    return new ProcStatus(OptionalLong.empty(), OptionalLong.empty());
  }

  /** {@return this process's figures now, or {@link #unavailable()} when there is no /proc} */
  public static ProcStatus read() {
    try {
      return parse(Files.readString(STATUS, StandardCharsets.ISO_8859_1));
    } catch (IOException | RuntimeException e) {
      return unavailable();
    }
  }

  /**
   * Parses the text of a {@code /proc/<pid>/status} file. Lines look like {@code "VmRSS:\t  12345 kB"};
   * a line with another unit or an unreadable number counts as absent.
   */
  public static ProcStatus parse(String status) {
    OptionalLong rss = OptionalLong.empty();
    OptionalLong hwm = OptionalLong.empty();
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        rss = kilobytes(line.substring("VmRSS:".length()));
      } else if (line.startsWith("VmHWM:")) {
        hwm = kilobytes(line.substring("VmHWM:".length()));
      }
    }
    return new ProcStatus(rss, hwm);
  }

  private static OptionalLong kilobytes(String value) {
    String[] parts = value.strip().split("\\s+");
    if (parts.length != 2 || !parts[1].toLowerCase(Locale.ROOT).equals("kb")) {
      return OptionalLong.empty();
    }
    try {
      long kb = Long.parseLong(parts[0]);
      return kb < 0 ? OptionalLong.empty() : OptionalLong.of(kb * 1024);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Resets {@code VmHWM} to the current resident size (Linux 4.0+: writing 5 to {@code
   * /proc/self/clear_refs}), so the next reading is the peak of one phase.
   *
   * @return whether the reset was accepted; when not, {@code VmHWM} stays the peak since start
   */
  public static boolean resetPeak() {
    try {
      Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
