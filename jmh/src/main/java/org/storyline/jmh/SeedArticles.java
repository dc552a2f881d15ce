package org.storyline.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storyline.ingest.CollectingSink;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;

/**
 * The seed articles, read once per benchmark fork: the {@code .txt} files of {@code examples/}
 * (the folder named by {@code -Dstoryline.examples}, else the nearest {@code examples} folder from
 * the working directory upwards), ingested as {@code analyze} ingests them, and each also as a web
 * page (its paragraphs inside navigation, share buttons and a footer) for the HTML extractor.
 */
@State(Scope.Benchmark)
public class SeedArticles {
  /** The seed files. */
  public List<Path> files;
  /** The seeds as ingested articles. */
  public List<Article> articles;
  /** The seeds as web pages. */
  public List<String> pages;
  /** Characters of article text over all seeds. */
  public long chars;

  /** Finds and ingests the seeds. */
  @Setup(Level.Trial)
  public void load() {
    Path dir = examples();
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CollectingSink sink = new CollectingSink();
    new Ingestor().ingest(files, sink);
    articles = sink.articles();
    if (articles.isEmpty()) {
      throw new IllegalStateException("no seed article could be read from " + dir + ": " + sink.diagnostics());
    }
    chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    pages = new ArrayList<>();
    for (Path f : files) {
      try {
        pages.add(page(Files.readString(f, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@return the examples folder} */
  static Path examples() {
    String configured = System.getProperty("storyline.examples");
    if (configured != null) {
      Path p = Path.of(configured);
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException("-Dstoryline.examples is not a directory: " + p);
      }
      return p;
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("examples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath()
        + "; run from the repository or pass -Dstoryline.examples=DIR");
  }

  /** {@return a seed text (first line the headline) as a typical news page} */
  static String page(String text) {
    String[] paragraphs = text.strip().split("\\n\\s*\\n|\\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(paragraphs[0])).append(" | World News</title>")
        .append("<meta property=\"og:site_name\" content=\"World News\"></head><body>")
        .append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/europe\">Europe</a>")
        .append(" <a href=\"/login\">Sign in</a></nav></header><main><article><h1>")
        .append(escape(paragraphs[0])).append("</h1><div class=\"share\">Share on Facebook · Share on X</div>");
    for (int i = 1; i < paragraphs.length; i++) {
      if (!paragraphs[i].isBlank()) {
        html.append("<p>").append(escape(paragraphs[i].strip())).append("</p>");
      }
    }
    html.append("</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">Markets fall</a></li>")
        .append("<li><a href=\"/b\">Storm warning</a></li></ul></aside></main>")
        .append("<footer>© World News · Privacy · Terms · Contact</footer></body></html>");
    return html.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
