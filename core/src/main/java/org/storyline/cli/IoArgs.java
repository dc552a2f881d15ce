package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input/output path checks shared by the file-to-file commands ({@code code}, {@code conll},
 * {@code quotes}, {@code timeml}, {@code extract}): the first failing check prints
 * {@code storyline COMMAND: message} to the error stream and the later checks are skipped; the
 * command then exits with 2 (wrong usage).
 *
 * <pre>if (!IoArgs.of("code", err).file(in).notDirectory(out, "OUT.jsonl").distinct(in, out, "OUT.jsonl", "IN.jsonl").ok()) {
 *   return 2;
 * }</pre>
 */
final class IoArgs {
  private final String command;
  private final PrintWriter err;
  private boolean ok = true;

  private IoArgs(String command, PrintWriter err) {
    this.command = command;
    this.err = err;
  }

  /** {@return checks for {@code storyline command}, printing to {@code err}} */
  static IoArgs of(String command, PrintWriter err) {
    return new IoArgs(command, err);
  }

  /** {@code path} must be a regular file. */
  IoArgs file(Path path) {
    return check(Files.isRegularFile(path), "no such file: " + path);
  }

  /** {@code path} must be a directory. */
  IoArgs directory(Path path) {
    return check(Files.isDirectory(path), "not a directory: " + path);
  }

  /** {@code path} must exist (file or directory). */
  IoArgs exists(Path path) {
    return check(Files.exists(path), "no such file or directory: " + path);
  }

  /** {@code out}, a file to write, must not be a directory. */
  IoArgs notDirectory(Path out, String label) {
    return check(!Files.isDirectory(out), label + " is a directory: " + out);
  }

  /** {@code out}, a directory to write into, must not be an existing file. */
  IoArgs directoryOrAbsent(Path out, String label) {
    return check(!Files.exists(out) || Files.isDirectory(out), label + " exists and is not a directory: " + out);
  }

  /** {@code out} must not be the same path as {@code in}. */
  IoArgs distinct(Path in, Path out, String outLabel, String inLabel) {
    return check(!in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()),
        outLabel + " must differ from " + inLabel);
  }

  /** A command-specific condition with its message. */
  IoArgs check(boolean condition, String message) {
    if (ok && !condition) {
      err.println("storyline " + command + ": " + message);
      ok = false;
    }
    return this;
  }

  /** {@return whether every check passed} */
  boolean ok() {
    return ok;
  }
}
