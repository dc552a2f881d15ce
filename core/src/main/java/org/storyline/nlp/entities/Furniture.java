package org.storyline.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.storyline.model.EntityType;
import org.storyline.model.Span;
import org.storyline.nlp.entities.ActorLexicon.Resources;
import org.storyline.pipeline.RuleFile;

/**
 * Cues of page furniture ({@code entities/furniture.v1.txt}): headline verbs, byline words and
 * author-biography patterns, plus the layout tests built on them. Immutable and thread-safe.
 */
public final class Furniture {
  /** Where the default cues live on the class path. */
  public static final String RESOURCE = "/entities/furniture.v1.txt";

  /** An {@code # EXAMPLE} line: linking {@code text} with {@code mention} tagged as {@code type} keeps or drops it. */
  public record Example(String name, String text, String mention, EntityType type, boolean kept) {}

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "but", "from", "by", "as", "vs", "via",
      "into", "over", "after", "amid", "s");
  private static final int HEADLINE_MAX_WORDS = 20;

  private static final class DefaultHolder {
    static final Furniture INSTANCE = load(RESOURCE);
  }

  private final Set<String> headlineVerbs;
  private final Set<String> bylineWords;
  private final List<FastFind> bioCues;
  private final FastFind profileHeading;
  private final List<Example> examples;

  private Furniture(Set<String> headlineVerbs, Set<String> bylineWords, List<Pattern> bioCues, List<Example> examples) {
    this.headlineVerbs = Set.copyOf(headlineVerbs);
    this.bylineWords = Set.copyOf(bylineWords);
    this.bioCues = bioCues.stream().map(FastFind::new).toList();
    this.profileHeading = this.bioCues.isEmpty() ? null : this.bioCues.get(0);
    this.examples = List.copyOf(examples);
  }

  /** {@return the cues shipped with Storyline, loaded once} */
  public static Furniture defaultFurniture() {
    return DefaultHolder.INSTANCE;
  }

  /** {@return the cues read from a class-path resource} */
  public static Furniture load(String resource) {
    return parse(Resources.lines(resource), resource);
  }

  /**
   * {@return the cues parsed from lines in the resource format} The first {@code bio-cue} is the
   * biography heading pattern: it marks a biography on its own.
   *
   * @throws IllegalArgumentException on a malformed line or regular expression
   */
  public static Furniture parse(List<String> lines, String source) {
    Set<String> verbs = new HashSet<>();
    Set<String> byline = new HashSet<>();
    List<Pattern> bio = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    RuleFile file = RuleFile.of(lines, source, Resources.EXAMPLE);
    for (RuleFile.Line rule : file.rules()) {
      String line = rule.text();
      String where = Resources.where(file, rule);
      int bar = line.indexOf(" | ");
      if (bar < 0) {
        throw new IllegalArgumentException(where + ": expected '<kind> | <value>': " + line);
      }
      String kind = line.substring(0, bar).strip();
      String value = line.substring(bar + 3).strip();
      switch (kind) {
        case "headline-verb":
          verbs.add(Names.fold(value));
          break;
        case "byline-word":
          byline.add(Names.fold(value));
          break;
        case "bio-cue":
          try {
            bio.add(Pattern.compile(value));
          } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad regular expression: " + value, e);
          }
          break;
        default:
          throw new IllegalArgumentException(where + ": unknown record kind '" + kind + "' in: " + line);
      }
    }
    for (RuleFile.Line example : file.exampleLines()) {
      String where = Resources.where(file, example);
      String[] f = Resources.fields(example.text(), 5, where);
      if (!f[4].equals("kept") && !f[4].equals("dropped")) {
        throw new IllegalArgumentException(where + ": expected kept or dropped, got " + f[4]);
      }
      examples.add(new Example(f[0], Resources.unescape(f[1]), f[2], Resources.type(f[3], where), f[4].equals("kept")));
    }
    return new Furniture(verbs, byline, bio, examples);
  }

  /** {@return the {@code # EXAMPLE} lines of the resource} */
  public List<Example> examples() {
    return examples;
  }

  boolean isHeadlineVerb(String foldedWord) {
    return headlineVerbs.contains(foldedWord);
  }

  boolean isBylineWord(String foldedWord) {
    return bylineWords.contains(foldedWord);
  }

  /**
   * {@return the paragraphs (lines) of {@code text} that read as an author biography} A line is one
   * when it opens with a "&lt;Name&gt; Profile" heading or matches at least two biography cues.
   */
  List<Span> biographies(String text) {
    List<Span> out = new ArrayList<>();
    for (Span line : lines(text)) {
      String s = line.coveredText(text);
      if (s.isBlank()) {
        continue;
      }
      int hits = 0;
      boolean heading = false;
      for (FastFind p : bioCues) {
        if (p.find(s)) {
          hits++;
          heading |= p == profileHeading;
        }
      }
      if (heading || hits >= 2) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * {@return whether a line reads as a headline} At most twenty words, no final full stop, and at
   * least two content words of which 70% or more are capitalised.
   */
  static boolean isHeadlineLike(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.endsWith(".") || s.endsWith(",")) {
      return false;
    }
    List<Words.Word> ws = Words.scan(s);
    if (ws.size() > HEADLINE_MAX_WORDS) {
      return false;
    }
    int content = 0;
    int capitalised = 0;
    for (Words.Word w : ws) {
      if (FUNCTION_WORDS.contains(w.folded()) || !Character.isLetter(w.text().codePointAt(0))) {
        continue;
      }
      content++;
      if (w.capitalised()) {
        capitalised++;
      }
    }
    return content >= 2 && capitalised * 10 >= content * 7;
  }

  /** {@return the lines of a text as spans (without the line breaks)} */
  static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i;
        if (end > start && text.charAt(end - 1) == '\r') {
          end--;
        }
        out.add(new Span(start, end));
        start = i + 1;
      }
    }
    return out;
  }
}
