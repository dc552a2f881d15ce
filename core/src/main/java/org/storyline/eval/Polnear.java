package org.storyline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storyline.model.Span;

/**
 * Reads a PolNeAR split ({@code dev/}: {@code text/NAME.txt} and {@code
 * attributions/NAME_ANNOTATOR.ann}, brat standoff). Each {@code E} line ties a Content (with
 * {@code Content2} as more of it), an optional Source and a Cue; their {@code T} lines give
 * code point offsets into the text, fragments separated by {@code ;}, which are converted to
 * UTF-16 spans here. Other {@code T} lines (Discard, Discuss) belong to no attribution and are
 * ignored. When an article has several annotators, the first {@code .ann} file in name order is
 * used, so the gold is the same on every run.
 */
public final class Polnear {
  private Polnear() {}

  /**
   * One gold attribution relation.
   *
   * @param content the content fragments, in text order (never empty)
   * @param source the source (speaker) fragments; empty when the relation has no source
   * @param cue the cue fragments; empty when none
   */
  public record Attribution(List<Span> content, List<Span> source, List<Span> cue) {
    public Attribution {
      content = List.copyOf(content);
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      if (content.isEmpty()) {
        throw new IllegalArgumentException("an attribution needs content");
      }
    }
  }

  /**
   * One annotated article.
   *
   * @param name the text file's name ({@code NAME.txt})
   * @param text the text as read (UTF-8)
   * @param gold its attribution relations, in file order
   */
  public record Document(String name, String text, List<Attribution> gold) {
    public Document {
      gold = List.copyOf(gold);
    }
  }

  /**
   * A split read from disk.
   *
   * @param documents the articles with annotations, by name
   * @param problems one message per file or line that could not be used (file and line named)
   */
  public record Split(List<Document> documents, List<String> problems) {
    public Split {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads {@code dir/text} and {@code dir/attributions}.
   *
   * @throws IOException when either folder is missing or cannot be listed
   */
  public static Split read(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException("no PolNeAR data: " + dir + " has no text/ and attributions/ folders");
    }
    Map<String, Path> annotation = new TreeMap<>();
    try (Stream<Path> s = Files.list(anns)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList()) {
        String base = p.getFileName().toString().replaceAll("_[^_]*\\.ann$", "");
        annotation.putIfAbsent(base + ".txt", p);
      }
    }
    List<Document> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Path> e : annotation.entrySet()) {
      Path textFile = texts.resolve(e.getKey());
      if (!Files.isRegularFile(textFile)) {
        problems.add(e.getValue() + ": no text file " + textFile);
        continue;
      }
      String text = Files.readString(textFile);
      List<String> lines = Files.readAllLines(e.getValue());
      docs.add(new Document(e.getKey(), text, parse(e.getValue().toString(), lines, text, problems)));
    }
    return new Split(docs, problems);
  }

  /**
   * {@return the attribution relations of one brat file's lines} Lines that cannot be used are
   * reported in {@code problems} as {@code file:line: what}.
   */
  public static List<Attribution> parse(String source, List<String> lines, String text, List<String> problems) {
    CharOffsets offsets = new CharOffsets(text);
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    List<Integer> relationLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].startsWith("T") && f.length >= 2) {
        String[] typeAndOffsets = f[1].split(" ", 2);
        try {
          spans.put(f[0], fragments(typeAndOffsets.length < 2 ? "" : typeAndOffsets[1], offsets));
        } catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
          problems.add(source + ":" + (i + 1) + ": bad offsets: " + ex.getMessage());
        }
      } else if (f[0].startsWith("E") && f.length >= 2) {
        relations.add(f[1].trim().split(" "));
        relationLines.add(i + 1);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (int r = 0; r < relations.size(); r++) {
      List<Span> content = new ArrayList<>();
      List<Span> sourceSpans = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      for (String arg : relations.get(r)) {
        int colon = arg.indexOf(':');
        List<Span> s = colon < 0 ? null : spans.get(arg.substring(colon + 1));
        if (s == null) {
          continue;
        }
        String role = arg.substring(0, colon);
        if (role.startsWith("Content")) {
          content.addAll(s);
        } else if (role.equals("Source")) {
          sourceSpans.addAll(s);
        } else if (role.equals("Cue")) {
          cue.addAll(s);
        }
      }
      if (content.isEmpty()) {
        problems.add(source + ":" + relationLines.get(r) + ": attribution without content, ignored");
        continue;
      }
      content.sort(null);
      sourceSpans.sort(null);
      cue.sort(null);
      out.add(new Attribution(content, sourceSpans, cue));
    }
    return out;
  }

  private static List<Span> fragments(String spec, CharOffsets offsets) {
    List<Span> out = new ArrayList<>();
    for (String frag : spec.split(";")) {
      String[] se = frag.trim().split(" ");
      if (se.length != 2) {
        throw new IllegalArgumentException("'" + frag + "' is not 'start end'");
      }
      int s = offsets.toUtf16(Integer.parseInt(se[0]));
      int e = offsets.toUtf16(Integer.parseInt(se[1]));
      if (e > s) {
        out.add(new Span(s, e));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no non-empty fragment in '" + spec + "'");
    }
    return out;
  }
}
