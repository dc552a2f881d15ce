package org.storyline.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with word-wrapped columns, for terminal output. Column widths are maxima;
 * cells wrap at spaces. Not thread-safe.
 */
final class TextTable {
  private final List<String> headers;
  private final int[] widths;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, int... maxWidths) {
    if (headers.size() != maxWidths.length) {
      throw new IllegalArgumentException(headers.size() + " headers but " + maxWidths.length + " widths");
    }
    this.headers = List.copyOf(headers);
    this.widths = maxWidths.clone();
  }

  void add(List<String> row) {
    if (row.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + headers.size());
    }
    List<String> clean = new ArrayList<>();
    for (String cell : row) {
      clean.add(cell == null ? "" : cell.replaceAll("\\s+", " ").strip());
    }
    rows.add(clean);
  }

  int size() {
    return rows.size();
  }

  String render() {
    int n = headers.size();
    int[] w = new int[n];
    for (int c = 0; c < n; c++) {
      w[c] = Math.min(widths[c], headers.get(c).length());
      for (List<String> r : rows) {
        w[c] = Math.min(widths[c], Math.max(w[c], r.get(c).length()));
      }
      w[c] = Math.max(w[c], Math.min(widths[c], headers.get(c).length()));
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, headers, w);
    for (int c = 0; c < n; c++) {
      out.append("-".repeat(w[c]));
      out.append(c + 1 < n ? "-+-" : "\n");
    }
    for (List<String> r : rows) {
      appendRow(out, r, w);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] w) {
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> l = wrap(cells.get(c), w[c]);
      wrapped.add(l);
      lines = Math.max(lines, l.size());
    }
    for (int line = 0; line < lines; line++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        String part = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
        sb.append(part).append(" ".repeat(Math.max(0, w[c] - part.length())));
        if (c + 1 < cells.size()) {
          sb.append(" | ");
        }
      }
      out.append(sb.toString().stripTrailing()).append('\n');
    }
  }

  /** Wraps at spaces; words longer than the width are cut. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
