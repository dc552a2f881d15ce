package org.storyline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of quote attribution, read from a versioned resource ({@code
 * quotes/cues.v2.txt}): speech verbs with their inflected forms, verbs that frame a quoted phrase,
 * prepositional cues, nouns that can stand for an unnamed source, subject pronouns (resolved to a
 * person, and {@code GROUP} pronouns kept as written: "they said", "we said"), the speech
 * verbs that take a reported clause without "that" ({@code BARE}), and the
 * file's {@code EXAMPLE} lines (executed by a test). Immutable and thread-safe.
 */
public final class CueLexicon {
  /** The resource the default lexicon is read from. */
  public static final String RESOURCE = "/quotes/cues.v2.txt";

  /** One {@code EXAMPLE} line: a rule name, the marked-up text, the expected speaker and kind. */
  public record Example(String rule, String text, String speaker, String kind) {
    public Example {
      if (rule == null || text == null || speaker == null || kind == null) {
        throw new IllegalArgumentException("example: missing field");
      }
    }
  }

  private final Map<String, String> verbForms;
  private final Set<String> verbLemmas;
  private final Map<String, String> frameForms;
  private final Set<String> frameLemmas;
  private final List<List<String>> prepositions;
  private final Set<String> sourceNouns;
  private final Set<String> pronouns;
  private final Set<String> groupPronouns;
  private final List<Example> examples;
  private final Set<String> bareLemmas;

  private CueLexicon(
      Map<String, String> verbForms,
      Map<String, String> frameForms,
      List<List<String>> prepositions,
      Set<String> sourceNouns,
      Set<String> pronouns,
      Set<String> groupPronouns,
      List<Example> examples,
      Set<String> bareLemmas) {
    this.verbForms = Map.copyOf(verbForms);
    this.verbLemmas = Set.copyOf(verbForms.values());
    this.frameForms = Map.copyOf(frameForms);
    this.frameLemmas = Set.copyOf(frameForms.values());
    this.prepositions = List.copyOf(prepositions);
    this.sourceNouns = Set.copyOf(sourceNouns);
    this.pronouns = Set.copyOf(pronouns);
    this.groupPronouns = Set.copyOf(groupPronouns);
    this.examples = List.copyOf(examples);
    this.bareLemmas = Set.copyOf(bareLemmas);
  }

  /** {@return the lexicon shipped with the project} @throws UncheckedIOException if unreadable */
  public static CueLexicon load() {
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      }
      return parse(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * {@return a lexicon parsed from the lines of a cue file}
   *
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  public static CueLexicon parse(List<String> lines) {
    Map<String, String> verbs = new HashMap<>();
    Map<String, String> frames = new HashMap<>();
    List<List<String>> preps = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    Set<String> pronouns = new HashSet<>();
    Set<String> groups = new HashSet<>();
    List<Example> examples = new ArrayList<>();
    Set<String> bare = new HashSet<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      String kind = f[0];
      switch (kind) {
        case "VERB", "FRAME" -> {
          if (f.length < 3) {
            throw new IllegalArgumentException("line " + number + ": " + kind + " needs a lemma and forms: " + raw);
          }
          Map<String, String> target = kind.equals("VERB") ? verbs : frames;
          String lemma = lower(f[1]);
          target.put(lemma, lemma);
          for (int i = 2; i < f.length; i++) {
            target.put(lower(f[i]), lemma);
          }
        }
        case "PREP" -> {
          if (f.length < 3) {
            throw new IllegalArgumentException("line " + number + ": PREP needs at least two words: " + raw);
          }
          List<String> words = new ArrayList<>();
          for (int i = 1; i < f.length; i++) {
            words.add(lower(f[i]));
          }
          preps.add(List.copyOf(words));
        }
        case "SOURCE", "PRONOUN", "GROUP" -> {
          if (f.length < 2) {
            throw new IllegalArgumentException("line " + number + ": " + kind + " needs words: " + raw);
          }
          for (int i = 1; i < f.length; i++) {
            (kind.equals("SOURCE") ? sources : kind.equals("PRONOUN") ? pronouns : groups).add(lower(f[i]));
          }
        }
        case "BARE" -> {
          if (f.length < 2) {
            throw new IllegalArgumentException("line " + number + ": BARE needs verb lemmas: " + raw);
          }
          for (int i = 1; i < f.length; i++) {
            String lemma = lower(f[i]);
            if (!verbs.containsKey(lemma)) {
              throw new IllegalArgumentException("line " + number + ": BARE '" + f[i]
                  + "' is not a VERB lemma listed before it");
            }
            bare.add(lemma);
          }
        }
        case "EXAMPLE" -> examples.add(parseExample(line, number));
        default -> throw new IllegalArgumentException("line " + number + ": unknown entry kind '" + kind + "'");
      }
    }
    return new CueLexicon(verbs, frames, preps, sources, pronouns, groups, examples, bare);
  }

  private static Example parseExample(String line, int number) {
    String body = line.substring("EXAMPLE".length()).strip();
    int colon = body.indexOf(':');
    int arrow = body.lastIndexOf("=>");
    if (colon < 1 || arrow < colon) {
      throw new IllegalArgumentException("line " + number + ": EXAMPLE needs '<rule>: <text> => <speaker> <KIND>'");
    }
    String rule = body.substring(0, colon).strip();
    String text = body.substring(colon + 1, arrow).strip();
    String expected = body.substring(arrow + 2).strip();
    int space = expected.lastIndexOf(' ');
    if (space < 1) {
      throw new IllegalArgumentException("line " + number + ": EXAMPLE expectation needs '<speaker> <KIND>'");
    }
    return new Example(rule, text, expected.substring(0, space).strip(), expected.substring(space + 1).strip());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@return the speech-verb lemma of a lower-cased word form or tagger lemma, or null} */
  public String verbLemma(String lowerForm, String lowerLemma) {
    String l = verbForms.get(lowerForm);
    if (l == null && lowerLemma != null && verbLemmas.contains(lowerLemma)) {
      l = lowerLemma;
    }
    return l;
  }

  /** {@return the framing-verb lemma of a lower-cased word form or tagger lemma, or null} */
  public String frameLemma(String lowerForm, String lowerLemma) {
    String l = frameForms.get(lowerForm);
    if (l == null && lowerLemma != null && frameLemmas.contains(lowerLemma)) {
      l = lowerLemma;
    }
    return l;
  }

  /** {@return the multi-word prepositional cues, lower case} */
  public List<List<String>> prepositions() {
    return prepositions;
  }

  /** {@return whether a lower-cased noun can stand for an unnamed source} */
  public boolean isSourceNoun(String lower) {
    return sourceNouns.contains(lower);
  }

  /** {@return whether a lower-cased word is a subject pronoun resolved to a PERSON} */
  public boolean isPronoun(String lower) {
    return pronouns.contains(lower);
  }

  /**
   * {@return whether a lower-cased word is a subject pronoun that reported speech keeps as its
   * speaker without resolving it} ("they said the talks failed": the speaker is "they").
   */
  public boolean isGroupPronoun(String lower) {
    return groupPronouns.contains(lower);
  }

  /**
   * {@return whether a speech-verb lemma takes a reported clause without "that"} ("She said the
   * talks failed", "He told reporters it was over").
   */
  public boolean takesBareClause(String lemma) {
    return lemma != null && bareLemmas.contains(lemma);
  }

  /** {@return the EXAMPLE lines of the file} */
  public List<Example> examples() {
    return examples;
  }
}
