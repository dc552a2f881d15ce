package org.storyline.engine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.storyline.model.ArticleId;

/**
 * Short, readable labels for articles in citations ("004_9ff570318fbf s15"): the file name
 * without extension, cut to 16 characters, with an id suffix where several articles would share
 * one. Shared by the CLI and the server.
 */
public final class ArticleLabels {
  private ArticleLabels() {}

  /** {@return a unique label for each article, from its source} */
  public static Map<ArticleId, String> of(Map<ArticleId, String> sources) {
    Map<ArticleId, String> labels = new HashMap<>();
    sources.forEach((id, source) -> labels.put(id, label(source, id)));
    return unique(labels);
  }

  /** Labels shared by several articles (many records of one WARC, long common prefixes) get an id suffix. */
  public static Map<ArticleId, String> unique(Map<ArticleId, String> labels) {
    Map<String, Long> counts = new HashMap<>();
    labels.values().forEach(l -> counts.merge(l, 1L, Long::sum));
    Map<ArticleId, String> out = new HashMap<>();
    labels.forEach((id, l) -> out.put(id, counts.get(l) > 1 ? l + "~" + id.value().substring(1, Math.min(5, id.value().length())) : l));
    return out;
  }

  /** {@return a short, readable label for an article: its file name without extension, cut to 16 chars} */
  public static String label(String source, ArticleId id) {
    String name = source;
    try {
      Path p = Path.of(source.replaceFirst("#.*$", ""));
      if (p.getFileName() != null) {
        name = p.getFileName().toString();
      }
    } catch (RuntimeException e) {
      name = source;
    }
    name = name.replaceFirst("\\.(txt|html?|jsonl|warc(\\.gz)?)$", "");
    int hash = source.indexOf('#');
    if (hash >= 0 && hash + 1 < source.length()) {
      name = name + "#" + source.substring(hash + 1);
    }
    if (name.isBlank()) {
      name = id.value();
    }
    return name.length() > 16 ? name.substring(0, 16) : name;
  }
}
