package org.storyline.nlp.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.nlp.entities.ActorLexicon.Resources;
import org.storyline.pipeline.RuleFile;

/**
 * The role vocabulary ({@code entities/roles.v1.txt}): role heads, modifiers, office synonyms and
 * the lead words of "as &lt;role&gt;" phrases. Immutable and thread-safe. See the resource's header.
 */
public final class RolePatterns {
  /** Where the default patterns live on the class path. */
  public static final String RESOURCE = "/entities/roles.v1.txt";

  /** A role head; {@code office} heads may form descriptor mentions. */
  record Head(Phrase phrase, boolean office) {}

  /** An {@code # EXAMPLE} line: linking {@code text} with {@code person} tagged must state {@code role} for that person. */
  public record Example(String name, String text, String person, String role, LocalDate published) {}

  private static final class DefaultHolder {
    static final RolePatterns INSTANCE = load(RESOURCE);
  }

  private final Map<String, List<Head>> headsByFirstWord;
  private final Set<String> modifiers;
  private final Map<String, String> canonical;
  private final Set<String> leads;
  private final List<Example> examples;

  private RolePatterns(Map<String, List<Head>> headsByFirstWord, Set<String> modifiers, Map<String, String> canonical,
      Set<String> leads, List<Example> examples) {
    this.headsByFirstWord = Collections.unmodifiableMap(headsByFirstWord);
    this.modifiers = Set.copyOf(modifiers);
    this.canonical = Map.copyOf(canonical);
    this.leads = Set.copyOf(leads);
    this.examples = List.copyOf(examples);
  }

  /** {@return the patterns shipped with Storyline, loaded once} */
  public static RolePatterns defaultPatterns() {
    return DefaultHolder.INSTANCE;
  }

  /** {@return the patterns read from a class-path resource} */
  public static RolePatterns load(String resource) {
    return parse(Resources.lines(resource), resource);
  }

  /** {@return the patterns parsed from lines in the resource format} @throws IllegalArgumentException on a malformed line */
  public static RolePatterns parse(List<String> lines, String source) {
    Map<String, List<Head>> heads = new HashMap<>();
    Set<String> modifiers = new HashSet<>();
    Map<String, String> canonical = new HashMap<>();
    Set<String> leads = new HashSet<>();
    List<Example> examples = new ArrayList<>();
    RuleFile file = RuleFile.of(lines, source, Resources.EXAMPLE);
    for (RuleFile.Line rule : file.rules()) {
      String line = rule.text();
      String where = Resources.where(file, rule);
      String kind = line.substring(0, Math.max(0, line.indexOf(' '))).strip();
      switch (kind) {
        case "head": {
          String[] f = Resources.fields(line, 3, where);
          if (!f[2].equals("office") && !f[2].equals("generic")) {
            throw new IllegalArgumentException(where + ": head kind must be office or generic: " + f[2]);
          }
          Phrase p = Phrase.of(f[1]);
          heads.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(new Head(p, f[2].equals("office")));
          break;
        }
        case "modifier":
          modifiers.add(Names.fold(Resources.fields(line, 2, where)[1]));
          break;
        case "same": {
          String[] f = Resources.fields(line, 3, where);
          canonical.put(Names.fold(f[1]), Names.fold(f[2]));
          break;
        }
        case "lead":
          leads.add(Names.fold(Resources.fields(line, 2, where)[1]));
          break;
        default:
          throw new IllegalArgumentException(where + ": unknown record kind '" + kind + "' in: " + line);
      }
    }
    for (RuleFile.Line example : file.exampleLines()) {
      String where = Resources.where(file, example);
      String[] f = Resources.fields(example.text(), 5, where);
      examples.add(new Example(f[0], Resources.unescape(f[1]), f[2], f[3], Resources.date(f[4], where)));
    }
    for (List<Head> list : heads.values()) {
      list.sort(Comparator.<Head>comparingInt(h -> -h.phrase().size()).thenComparing(h -> h.phrase().surface()));
    }
    return new RolePatterns(heads, modifiers, canonical, leads, examples);
  }

  /** {@return the longest head starting at word {@code i}, or null} */
  Head headAt(Words words, int i) {
    for (Head h : headsByFirstWord.getOrDefault(words.get(i).folded(), List.of())) {
      if (h.phrase().matchesAt(words, i)) {
        return h;
      }
    }
    return null;
  }

  /** {@return the longest head ending at word {@code last} (inclusive), or null} */
  Head headEndingAt(Words words, int last) {
    Head best = null;
    for (int start = Math.max(0, last - 3); start <= last; start++) {
      for (Head h : headsByFirstWord.getOrDefault(words.get(start).folded(), List.of())) {
        if (start + h.phrase().size() - 1 == last && h.phrase().matchesAt(words, start)
            && (best == null || h.phrase().size() > best.phrase().size())) {
          best = h;
        }
      }
    }
    return best;
  }

  boolean isModifier(String foldedWord) {
    return modifiers.contains(foldedWord);
  }

  boolean isLead(String foldedWord) {
    return leads.contains(foldedWord);
  }

  /** {@return the office form of a normalised role: synonyms unified ("spokesman" -> "spokesperson")} */
  public String officeKey(String role) {
    String folded = Names.fold(role).strip().replaceAll("\\s+", " ");
    return canonical.getOrDefault(folded, folded);
  }

  /** {@return the {@code # EXAMPLE} lines of the resource} */
  public List<Example> examples() {
    return examples;
  }
}
