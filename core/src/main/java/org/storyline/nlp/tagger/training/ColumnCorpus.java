package org.storyline.nlp.tagger.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads tagged corpora in column format, gzipped or not:
 *
 * <ul>
 *   <li>the teacher format: a {@code # doc <id>} line per document, one token per line
 *       {@code word TAB pos TAB ner}, a blank line between sentences;
 *   <li>CoNLL-2003 ({@code word pos chunk ner}, space-separated, {@code -DOCSTART-} lines between
 *       documents, which get ids {@code conll-1}, {@code conll-2}, ...), for development only.
 * </ul>
 */
public final class ColumnCorpus {
  private ColumnCorpus() {}

  /** {@return all sentences of the corpus file, in order} */
  public static List<TaggedSentence> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), file.toString());
    }
  }

  /** {@return all sentences read from {@code reader}} {@code name} is used in error messages. */
  public static List<TaggedSentence> read(BufferedReader reader, String name) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    String docId = "doc-0";
    int conllDocs = 0;
    int lineNumber = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.startsWith("# doc ")) {
        flush(docId, rows, out);
        docId = line.substring("# doc ".length()).strip();
        continue;
      }
      if (line.startsWith("-DOCSTART-")) {
        flush(docId, rows, out);
        docId = "conll-" + ++conllDocs;
        continue;
      }
      if (line.isBlank()) {
        flush(docId, rows, out);
        continue;
      }
      String[] columns = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.split(" ");
      if (columns.length < 2 || columns[0].isEmpty() || columns[1].isEmpty()) {
        throw new IOException(name + ":" + lineNumber + ": expected word and tag columns: " + line);
      }
      rows.add(columns);
    }
    flush(docId, rows, out);
    return out;
  }

  private static void flush(String docId, List<String[]> rows, List<TaggedSentence> out) {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    String[] words = new String[n];
    String[] pos = new String[n];
    String[] ner = new String[n];
    boolean hasNer = true;
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      words[i] = row[0];
      pos[i] = row[1];
      if (row.length >= 3) {
        ner[i] = row[row.length - 1];
      } else {
        hasNer = false;
      }
    }
    out.add(new TaggedSentence(docId, words, pos, hasNer ? ner : null));
    rows.clear();
  }
}
