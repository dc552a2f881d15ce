package org.storyline.fusion.contradiction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;
import org.storyline.pipeline.RuleFile;

/**
 * Reads role mentions as an office and a tense, and finds sentences that date a term's start or
 * end. Data in {@code fusion/offices.v1.txt}. Immutable and thread-safe.
 */
public final class OfficeLexicon {
  /** The resource holding the standard lexicon. */
  public static final String RESOURCE = "/fusion/offices.v1.txt";

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\u2010\u2011\u2013.,;:()'\u2019]+");
  // after WORD_BREAK: loading the lexicon uses it
  private static final OfficeLexicon STANDARD = load(RESOURCE);

  /** How a role places its holder relative to the office at the time of writing. */
  public enum Tense {
    /** Holds the office ("President", "US president"). */
    CURRENT,
    /** Held it before ("former President", "ex-president"). */
    FORMER,
    /** Will or may hold it ("president-elect", "nominee"). */
    PROSPECTIVE,
    /** Refers to a past term without a claim about today ("then-President", "the late president"). */
    PAST_REFERENCE
  }

  /**
   * A role read against the lexicon.
   *
   * @param office the office phrase, lower case ("president")
   * @param tense how the role places its holder
   */
  public record Reading(String office, Tense tense) {
    public Reading {
      if (office == null || office.isBlank() || tense == null) {
        throw new IllegalArgumentException("reading: missing field");
      }
    }
  }

  private final List<List<String>> offices;
  private final Set<String> former;
  private final Set<String> prospective;
  private final Set<String> pastReference;
  private final List<Pattern> startCues;
  private final List<Pattern> endCues;
  private final List<String> examples;

  private OfficeLexicon(List<List<String>> offices, Set<String> former, Set<String> prospective,
      Set<String> pastReference, List<Pattern> startCues, List<Pattern> endCues, List<String> examples) {
    List<List<String>> sorted = new ArrayList<>(offices);
    // longest phrase first, so "vice president" wins over "president"
    sorted.sort((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size()) : String.join(" ", a).compareTo(String.join(" ", b)));
    this.offices = List.copyOf(sorted);
    this.former = Set.copyOf(former);
    this.prospective = Set.copyOf(prospective);
    this.pastReference = Set.copyOf(pastReference);
    this.startCues = List.copyOf(startCues);
    this.endCues = List.copyOf(endCues);
    this.examples = List.copyOf(examples);
  }

  /** {@return the lexicon shipped in {@value #RESOURCE}} */
  public static OfficeLexicon standard() {
    return STANDARD;
  }

  /**
   * {@return a lexicon parsed from the text of an offices resource}
   *
   * @throws IllegalArgumentException on a malformed line or regex
   */
  public static OfficeLexicon parse(String text) {
    List<List<String>> offices = new ArrayList<>();
    Set<String> former = new TreeSet<>();
    Set<String> prospective = new TreeSet<>();
    Set<String> pastReference = new TreeSet<>();
    List<Pattern> start = new ArrayList<>();
    List<Pattern> end = new ArrayList<>();
    RuleFile file = RuleFile.parse(text, "offices");
    for (RuleFile.Line line : file.rules()) {
      if (!line.hasKind()) {
        throw file.error(line, "expected '<kind> | <value>': " + line.text());
      }
      String kind = line.kind();
      String value = line.value();
      if (value.isEmpty()) {
        throw file.error(line, "empty value");
      }
      switch (kind) {
        case "office":
          offices.add(words(value));
          break;
        case "former":
          former.add(value.toLowerCase(Locale.ROOT));
          break;
        case "prospective":
          prospective.add(value.toLowerCase(Locale.ROOT));
          break;
        case "past-reference":
          pastReference.add(value.toLowerCase(Locale.ROOT));
          break;
        case "start":
          start.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          break;
        case "end":
          end.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          break;
        default:
          throw file.error(line, "unknown kind '" + kind + "'");
      }
    }
    return new OfficeLexicon(offices, former, prospective, pastReference, start, end, file.examples());
  }

  private static OfficeLexicon load(String resource) {
    return parse(RuleFile.read(OfficeLexicon.class, resource));
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** {@return the role read as office and tense; empty when it names no known office} */
  public Optional<Reading> read(String role) {
    List<String> words = words(role);
    Optional<String> office = officeIn(words);
    if (office.isEmpty()) {
      return Optional.empty();
    }
    Tense tense = Tense.CURRENT;
    if (words.stream().anyMatch(pastReference::contains)) {
      tense = Tense.PAST_REFERENCE;
    } else if (words.stream().anyMatch(former::contains)) {
      tense = Tense.FORMER;
    } else if (words.stream().anyMatch(prospective::contains)) {
      tense = Tense.PROSPECTIVE;
    }
    return Optional.of(new Reading(office.get(), tense));
  }

  /** {@return the longest office phrase in {@code text}, if any} */
  public Optional<String> officeIn(String text) {
    return officeIn(words(text));
  }

  private Optional<String> officeIn(List<String> words) {
    for (List<String> office : offices) {
      for (int i = 0; i + office.size() <= words.size(); i++) {
        if (words.subList(i, i + office.size()).equals(office)) {
          return Optional.of(String.join(" ", office));
        }
      }
    }
    return Optional.empty();
  }

  /** {@return the span (in {@code sentence}) of the first term-start cue ("assuming office"), if any} */
  public Optional<Span> startCue(String sentence) {
    return firstCue(startCues, sentence);
  }

  /** {@return the span (in {@code sentence}) of the first term-end cue ("left office"), if any} */
  public Optional<Span> endCue(String sentence) {
    return firstCue(endCues, sentence);
  }

  private static Optional<Span> firstCue(List<Pattern> cues, String sentence) {
    Span best = null;
    for (Pattern p : cues) {
      Matcher m = p.matcher(sentence);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = new Span(m.start(), m.end());
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@return the EXAMPLE lines of the resource, without the "EXAMPLE " prefix} */
  public List<String> examples() {
    return examples;
  }

  @Override
  public String toString() {
    return "OfficeLexicon" + Arrays.asList(offices.size(), startCues.size(), endCues.size());
  }
}
