package org.storyline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.storyline.pipeline.RuleFile;

/**
 * The vocabulary of HTML class and id attributes ({@code ingest/html-classes.v1.txt}): which words
 * name furniture, content, a weak kind of furniture, the article's lead, or cancel a following
 * furniture word. Each class name (and the id) is judged by its <em>head</em>, the last furniture or
 * content word in it: {@code entry-meta} is furniture, {@code entry-content} content. Immutable
 * and thread-safe.
 */
final class ClassNames {
  /** Where the standard vocabulary lives on the class path. */
  static final String RESOURCE = "/ingest/html-classes.v1.txt";

  /** How one class name or id reads. */
  enum Verdict {
    /** furniture */
    NEGATIVE,
    /** furniture named by a weak word (often prose) */
    WEAK,
    /** content */
    POSITIVE,
    /** neither */
    NONE
  }

  /**
   * An executable example of the resource: {@code name} must read as {@code verdict}, or as a lead
   * when {@code lead}.
   */
  record Example(String name, Verdict verdict, boolean lead, int line) {}

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL_OR_PUNCT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private static final class Holder {
    static final ClassNames STANDARD = parse(RuleFile.load(ClassNames.class, RESOURCE));
  }

  private final Set<String> negative;
  private final List<String> negativePrefixes;
  private final Set<String> weak;
  private final Set<String> positive;
  private final Set<String> modifiers;
  private final Set<String> lead;
  private final List<Example> examples;

  private ClassNames(Set<String> negative, List<String> negativePrefixes, Set<String> weak, Set<String> positive,
      Set<String> modifiers, Set<String> lead, List<Example> examples) {
    this.negative = Set.copyOf(negative);
    this.negativePrefixes = List.copyOf(negativePrefixes);
    this.weak = Set.copyOf(weak);
    this.positive = Set.copyOf(positive);
    this.modifiers = Set.copyOf(modifiers);
    this.lead = Set.copyOf(lead);
    this.examples = List.copyOf(examples);
  }

  /** {@return the vocabulary shipped with Storyline, loaded once} */
  static ClassNames standard() {
    return Holder.STANDARD;
  }

  /**
   * {@return the vocabulary in a rule file}
   *
   * @throws IllegalArgumentException on an unknown kind or a malformed example
   */
  static ClassNames parse(RuleFile file) {
    Set<String> negative = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    Set<String> weak = new HashSet<>();
    Set<String> positive = new HashSet<>();
    Set<String> modifiers = new HashSet<>();
    Set<String> lead = new HashSet<>();
    for (RuleFile.Line line : file.rules()) {
      if (!line.hasKind() || line.value().isEmpty()) {
        throw file.error(line, "expected '<kind> | <word> ...'");
      }
      List<String> words = List.of(line.value().toLowerCase(Locale.ROOT).split("\\s+"));
      switch (line.kind()) {
        case "negative" -> negative.addAll(words);
        case "negative-prefix" -> prefixes.addAll(words);
        case "weak" -> weak.addAll(words);
        case "positive" -> positive.addAll(words);
        case "modifier" -> modifiers.addAll(words);
        case "lead" -> lead.addAll(words);
        default -> throw file.error(line, "unknown kind '" + line.kind() + "'");
      }
    }
    List<Example> examples = new ArrayList<>();
    for (RuleFile.Line line : file.exampleLines()) {
      String[] parts = line.text().split("\\|", 2);
      if (parts.length != 2) {
        throw file.error(line, "expected 'EXAMPLE <verdict> | <class name>'");
      }
      String verdict = parts[0].strip();
      String name = parts[1].strip();
      if ("lead".equals(verdict)) {
        examples.add(new Example(name, null, true, line.lineNo()));
      } else {
        try {
          examples.add(new Example(name, Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)), false, line.lineNo()));
        } catch (IllegalArgumentException e) {
          throw file.error(line, "unknown verdict '" + verdict + "'", e);
        }
      }
    }
    return new ClassNames(negative, prefixes, weak, positive, modifiers, lead, examples);
  }

  /** {@return the EXAMPLE lines, in file order} */
  List<Example> examples() {
    return examples;
  }

  /**
   * {@return how one class name or id reads} Its head (the last furniture or content token not
   * cancelled by a modifier) decides; a furniture head named by a weak word gives {@link
   * Verdict#WEAK}.
   */
  Verdict verdict(String name) {
    String head = head(name);
    if (head == null) {
      return Verdict.NONE;
    }
    if (positive.contains(head)) {
      return Verdict.POSITIVE;
    }
    return weak.contains(head) || weak.contains(singular(head)) ? Verdict.WEAK : Verdict.NEGATIVE;
  }

  /** {@return the verdicts of the element's class names and id, in that order} */
  List<Verdict> verdicts(Element el) {
    List<Verdict> out = new ArrayList<>();
    for (String name : el.className().split("\\s+")) {
      if (!name.isEmpty()) {
        out.add(verdict(name));
      }
    }
    if (!el.id().isBlank()) {
      out.add(verdict(el.id()));
    }
    return out;
  }

  /** {@return whether the class name or id names the article's lead} */
  boolean isLead(String name) {
    for (String token : CAMEL_OR_PUNCT.split(name)) {
      if (lead.contains(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether one of the element's class names or its id names the article's lead} */
  boolean isLead(Element el) {
    for (String name : el.className().split("\\s+")) {
      if (!name.isEmpty() && isLead(name)) {
        return true;
      }
    }
    return !el.id().isBlank() && isLead(el.id());
  }

  private String head(String name) {
    String head = null;
    String previous = "";
    for (String token : TOKEN_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
      if (token.isEmpty()) {
        continue;
      }
      if ((isNegative(token) && !modifiers.contains(previous)) || positive.contains(token)) {
        head = token;
      }
      previous = token;
    }
    return head;
  }

  private boolean isNegative(String token) {
    if (negative.contains(token) || negative.contains(singular(token))) {
      return true;
    }
    for (String prefix : negativePrefixes) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String token) {
    return token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
        ? token.substring(0, token.length() - 1) : token;
  }
}
