package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-2003 column file: one word per line ({@code token POS chunk NER}, separated by spaces
 * or tabs), a blank line after each sentence, {@code -DOCSTART-} lines between documents. Every
 * line is kept, so the file can be written back unchanged with an extra column.
 *
 * @param source the file as given (for messages)
 * @param lines every line, in order
 * @param columns the number of columns of the first word line (0 when there is none)
 * @param problems one message per word line whose column count differs from {@code columns},
 *     naming the file and line
 */
public record ConllFile(String source, List<Line> lines, int columns, List<String> problems) {
  public ConllFile {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /** What a line is. */
  public enum Kind {
    /** A word line: token, then annotation columns. */
    WORD,
    /** An empty (or all-whitespace) line: a sentence break. */
    BLANK,
    /** A {@code -DOCSTART-} line: a document break. */
    DOCSTART
  }

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param kind what the line is
   * @param raw the line as read, without its line terminator
   * @param fields the whitespace-separated fields (empty for blank lines)
   */
  public record Line(int number, Kind kind, String raw, List<String> fields) {
    public Line {
      fields = List.copyOf(fields);
    }

    /** {@return the word (first field)} */
    public String word() {
      return fields.get(0);
    }

    /** {@return the last field (the NER tag in an input file, the prediction after tagging)} */
    public String last() {
      return fields.get(fields.size() - 1);
    }
  }

  /** {@return the lines of {@code text} parsed as a CoNLL file} */
  public static ConllFile parse(String source, String text) {
    List<Line> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int columns = 0;
    String[] raw = text.split("\n", -1);
    int n = raw.length;
    if (n > 0 && raw[n - 1].isEmpty()) {
      n--; // the terminator of the last line
    }
    for (int i = 0; i < n; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        lines.add(new Line(i + 1, Kind.BLANK, line, List.of()));
        continue;
      }
      List<String> fields = List.of(trimmed.split("\\s+"));
      if (fields.get(0).equals("-DOCSTART-")) {
        lines.add(new Line(i + 1, Kind.DOCSTART, line, fields));
        continue;
      }
      if (columns == 0) {
        columns = fields.size();
      } else if (fields.size() != columns) {
        problems.add(source + ":" + (i + 1) + ": expected " + columns + " columns like the first word line, found "
            + fields.size() + ": '" + trimmed + "'");
      }
      lines.add(new Line(i + 1, Kind.WORD, line, fields));
    }
    return new ConllFile(source, lines, columns, problems);
  }

  /** {@return the sentences: maximal runs of word lines, in order} */
  public List<List<Line>> sentences() {
    List<List<Line>> out = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line l : lines) {
      if (l.kind() == Kind.WORD) {
        current.add(l);
      } else if (!current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * {@return the IOB scheme of the NER column (the last one, when the file has at least 4
   * columns); IOB1, CoNLL-2003's own, when there is no NER column}
   */
  public Iob.Scheme scheme() {
    if (columns < 4) {
      return Iob.Scheme.IOB1;
    }
    List<String> tags = new ArrayList<>();
    for (Line l : lines) {
      tags.add(l.kind() == Kind.WORD ? l.last() : null);
    }
    return Iob.detect(tags);
  }
}
