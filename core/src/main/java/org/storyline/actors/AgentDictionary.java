package org.storyline.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/Phoenix agent dictionary (e.g. {@code Phoenix.agents.txt}): nouns for kinds of actors
 * ("police", "foreign minister", "human rights body") with the sector code they add to an actor's
 * code. Our own reader of the documented format:
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN      a substitution set
 * POLICE {} [~COP]                       {} : no plural is formed
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   an irregular plural
 * CONGRESS!PERSON! [~LEG]                one phrase per member of the set, no plurals
 * HUMAN_RIGHTS_BODY [NGO~]               the code goes before the actor's code
 * SECURITY SERVICE [~GOV]                a blank: up to two other words may come between
 * </pre>
 *
 * <p>{@code ~CODE} adds the code after the actor's code ("Arnor police" → ARN + COP = ARNCOP),
 * {@code CODE~} before it ("MSF Arnor" → NGO + ARN). Regular plurals of the last word are formed
 * automatically (+S; consonant + Y → IES; SS → SSES) unless braces follow the phrase. Words are compared as
 * in {@link ActorDictionary}. A line that cannot be read is reported ({@link
 * DictionaryDiagnostics#W502}) and skipped. Immutable and thread-safe.
 */
public final class AgentDictionary {
  private static final Pattern RECORD =
      Pattern.compile("^(?<phrase>[^{\\[]+?)\\s*(?:\\{(?<plural>[^}]*)\\})?\\s*\\[\\s*(?<code>[^\\]]*?)\\s*\\]\\s*$");
  private static final Pattern SUBSTITUTION = Pattern.compile("^(!\\w+!)\\s*=\\s*(.+)$");
  private static final Pattern MARKER = Pattern.compile("!\\w+!");

  /** Most words that may come between two blank-separated words of a phrase. */
  static final int MAX_GAP = 2;

  /**
   * An agent code.
   *
   * @param code the sector code, upper case ("GOV", "NGO")
   * @param prefix whether it goes before the actor's code ({@code CODE~}) rather than after it
   */
  public record AgentCode(String code, boolean prefix) {
    public AgentCode {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("agent code required");
      }
    }
  }

  /**
   * One phrase of a record.
   *
   * @param words folded words
   * @param loose for each gap between words, whether other words may come between (a blank in
   *     the dictionary) rather than none (an underscore)
   * @param agent its code
   * @param lineNo its line in the file
   */
  public record Phrase(List<String> words, List<Boolean> loose, AgentCode agent, int lineNo) {
    public Phrase {
      words = List.copyOf(words);
      loose = List.copyOf(loose);
      if (words.isEmpty() || loose.size() != words.size() - 1) {
        throw new IllegalArgumentException("agent phrase needs words");
      }
    }
  }

  /**
   * A phrase found in a word list.
   *
   * @param phrase the phrase
   * @param from index of its first word
   * @param to index after its last word
   */
  public record Match(Phrase phrase, int from, int to) {}

  private final List<Phrase> phrases;
  private final Map<String, List<Phrase>> byFirstWord;

  private AgentDictionary(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase p : phrases) {
      index.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
    }
    for (List<Phrase> list : index.values()) {
      list.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()).thenComparingInt(Phrase::lineNo));
    }
    this.byFirstWord = index;
  }

  /** An empty dictionary. */
  public static AgentDictionary empty() {
    return new AgentDictionary(List.of());
  }

  /**
   * Reads a dictionary file (UTF-8, else ISO-8859-1; {@code .gz} unpacked).
   *
   * @param problems receives one message per skipped line
   * @throws IOException when the file cannot be read
   */
  public static AgentDictionary read(Path file, List<String> problems) throws IOException {
    return parse(DictionaryFiles.lines(file), file.toString(), problems);
  }

  /**
   * Parses dictionary lines.
   *
   * @param source the file name used in problem messages
   * @param problems receives one message per skipped line
   */
  public static AgentDictionary parse(List<String> lines, String source, List<String> problems) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<Phrase> out = new ArrayList<>();
    for (DictionaryLines.Line line : DictionaryLines.of(lines, source, problems)) {
      String where = source + ":" + line.lineNo();
      String text = line.text().strip();
      try {
        Matcher sub = SUBSTITUTION.matcher(text);
        if (sub.matches()) {
          List<String> members = new ArrayList<>();
          for (String m : sub.group(2).split(",")) {
            if (!m.isBlank()) {
              members.add(m.strip());
            }
          }
          sets.put(sub.group(1).toUpperCase(Locale.ROOT), members);
          continue;
        }
        Matcher m = RECORD.matcher(text);
        if (!m.matches()) {
          throw new IllegalArgumentException("expected 'PHRASE {plural} [~CODE]', got '" + text + "'");
        }
        AgentCode code = agentCode(m.group("code"));
        String phrase = m.group("phrase").strip();
        String plural = m.group("plural");
        for (String form : forms(phrase, plural, sets)) {
          out.add(phrase(form, code, line.lineNo()));
        }
      } catch (IllegalArgumentException e) {
        problems.add(DictionaryDiagnostics.W502.format(where, e.getMessage()));
      }
    }
    return new AgentDictionary(out);
  }

  /** {@return every phrase, plurals included, in file order} */
  public List<Phrase> phrases() {
    return phrases;
  }

  /** {@return the number of phrases, plurals included} */
  public int size() {
    return phrases.size();
  }

  /**
   * {@return the longest phrase starting at word {@code i} whose words all lie before {@code to}}
   */
  public Optional<Match> matchAt(List<String> words, int i, int to) {
    for (Phrase p : byFirstWord.getOrDefault(words.get(i), List.of())) {
      int end = matchEnd(p, words, i, Math.min(to, words.size()));
      if (end > 0) {
        return Optional.of(new Match(p, i, end));
      }
    }
    return Optional.empty();
  }

  /** {@return the longest phrase that ends exactly at word {@code end - 1}, starting at or after {@code from}} */
  public Optional<Match> matchEndingAt(List<String> words, int from, int end) {
    Match best = null;
    for (int i = Math.max(0, from); i < end; i++) {
      for (Phrase p : byFirstWord.getOrDefault(words.get(i), List.of())) {
        int e = matchEnd(p, words, i, end);
        if (e == end && (best == null || end - i > best.to() - best.from())) {
          best = new Match(p, i, e);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int matchEnd(Phrase p, List<String> words, int i, int to) {
    int at = i;
    if (at >= to || !words.get(at).equals(p.words().get(0))) {
      return -1;
    }
    for (int k = 1; k < p.words().size(); k++) {
      int limit = p.loose().get(k - 1) ? MAX_GAP + 1 : 1;
      int found = -1;
      for (int step = 1; step <= limit && at + step < to; step++) {
        if (words.get(at + step).equals(p.words().get(k))) {
          found = at + step;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      at = found;
    }
    return at + 1;
  }

  // ---------------------------------------------------------------- parsing

  private static AgentCode agentCode(String raw) {
    String c = raw.replace(" ", "");
    boolean prefix;
    if (c.startsWith("~")) {
      prefix = false;
      c = c.substring(1);
    } else if (c.endsWith("~")) {
      prefix = true;
      c = c.substring(0, c.length() - 1);
    } else {
      throw new IllegalArgumentException("agent code needs a '~' before or after it: '" + raw + "'");
    }
    if (c.isEmpty() || !c.chars().allMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("agent code must be letters and digits: '" + raw + "'");
    }
    return new AgentCode(c.toUpperCase(Locale.ROOT), prefix);
  }

  /** {@return the phrase's written forms: substitutions expanded, plurals added} */
  private static List<String> forms(String phrase, String plural, Map<String, List<String>> sets) {
    List<String> out = new ArrayList<>();
    Matcher marker = MARKER.matcher(phrase);
    if (marker.find()) {
      List<String> members = sets.get(marker.group().toUpperCase(Locale.ROOT));
      if (members == null) {
        throw new IllegalArgumentException("substitution set " + marker.group() + " is not defined above");
      }
      for (String member : members) {
        out.add(phrase.substring(0, marker.start()) + member + phrase.substring(marker.end()));
      }
      return out;
    }
    out.add(phrase);
    if (plural == null) {
      String p = regularPlural(phrase);
      if (p != null) {
        out.add(p);
      }
    } else if (!plural.isBlank()) {
      out.add(plural.strip());
    }
    return out;
  }

  /** {@return the phrase with its last word in the regular plural, or null when it ends in a non-letter} */
  static String regularPlural(String phrase) {
    String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
    if (p.isEmpty() || !Character.isLetter(p.charAt(p.length() - 1))) {
      return null;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ss")) {
      return p + "ES";
    }
    if (lower.endsWith("y") && !(lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) >= 0)) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    return p + "S";
  }

  private static Phrase phrase(String written, AgentCode code, int lineNo) {
    List<String> words = new ArrayList<>();
    List<Boolean> loose = new ArrayList<>();
    // words joined by '_' must be adjacent; by blanks, not necessarily
    String[] chunks = written.strip().split("\\s+");
    for (String chunk : chunks) {
      List<String> part = CameoWords.phrase(chunk);
      for (int k = 0; k < part.size(); k++) {
        if (!words.isEmpty()) {
          loose.add(k == 0);
        }
        words.add(part.get(k));
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("phrase without words: '" + written + "'");
    }
    return new Phrase(words, loose, code, lineNo);
  }
}
