package org.storyline.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.storyline.model.TimexType;
import org.storyline.pipeline.RuleFile;

/**
 * The compiled rules of {@code time/patterns.v1.txt} over the words of {@code time/lexicon.v1.txt}.
 * Thread-safe: patterns are compiled once; the only mutable state is the concurrent cache of
 * {@link #mayStartWith} (bounded, and a pure function of the word), so results never depend on
 * what was tagged before.
 */
final class TimeGrammar {
  static final String RESOURCE = "/time/patterns.v1.txt";
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9]*)(?::([a-z][a-zA-Z0-9]*))?\\}");
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final Pattern EXAMPLE = Pattern.compile(
      "^\"(.*)\"\\s*=>\\s*\"(.*)\"\\s+(DATE|TIME|DURATION|SET)\\s+(\\S+)"
          + "(?:\\s*;\\s*(\\d{4}-\\d\\d-\\d\\d)(?:\\s+(PAST|PRESENT|FUTURE|UNKNOWN))?\\s*=>\\s*(\\S+))?\\s*$");
  /** A negative example: no time expression may overlap {@code phrase} in {@code text}. */
  private static final Pattern NEGATIVE_EXAMPLE = Pattern.compile("^\"(.*)\"\\s*=>\\s*NONE\\s+\"(.+)\"\\s*$");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

  /** A tense condition on a rule. */
  enum Requirement {
    NONE,
    FUTURE,
    NOT_PAST
  }

  /**
   * An executable example of a rule: in {@code text}, the expression {@code extent} has {@code type}
   * and anchorless {@code timex}; resolved at {@code anchor} (if given) in {@code tense} it has
   * {@code resolved}. A negative example ({@code type} null) says that no time expression
   * overlaps {@code extent} in {@code text}.
   */
  record Example(String rule, String text, String extent, TimexType type, String timex, LocalDate anchor,
      Tense tense, String resolved) {}

  /**
   * One compiled rule. {@code firstChars} holds the ASCII characters a match can start with
   * (computed once by probing the pattern), so the tagger tries the rule only where it can match.
   */
  record Rule(String name, int priority, Pattern pattern, TimexType type, String template,
      Requirement requirement, Pattern near, List<String> groups, List<Example> examples, BitSet firstChars,
      Pattern probe) {
    /** {@return whether a match can start with {@code c}} */
    boolean canStartWith(char c) {
      return c >= 128 || firstChars.get(c);
    }
  }

  /** At most this many distinct words keep their probe result (about 100 bytes each). */
  private static final int MAX_PROBED_WORDS = 100_000;

  private final TimeLexicon lexicon;
  private final List<Rule> rules;
  /** Longest word prefix probed and cached: longer words (hashes, base64 runs) are cut. */
  static final int MAX_PROBED_CHARS = 32;

  /** Per word (exact characters): the rules that may match a text starting with it (see {@link #mayStartWith}). */
  private final ConcurrentHashMap<String, long[]> probed = new ConcurrentHashMap<>();

  private TimeGrammar(TimeLexicon lexicon, List<Rule> rules) {
    this.lexicon = lexicon;
    this.rules = List.copyOf(rules);
  }

  /**
   * {@return a bit set (bit {@code i} for {@code rules().get(i)}) of the rules that may match a text
   * starting at a word that begins with {@code word}} Exact: a rule left out cannot match there.
   * Wherever a rule matches, its {@link Rule#probe} (no lookbehinds) matches too; that pattern
   * depends on the text before the word only through the "not after a letter or digit" guard,
   * which a word start meets, so probing {@code " " + word} decides it: a match in the real text
   * either ends within the word (and the probe matches too, at most with a laxer guard after it)
   * or reads past the word's end (and the probe hits its end). The same argument lets a long word
   * be cut to its first {@value #MAX_PROBED_CHARS} characters (a match reading past the cut hits the
   * probe's end), which bounds the cache: results are cached per distinct (cut) word.
   */
  long[] mayStartWith(String word) {
    if (word.length() > MAX_PROBED_CHARS) {
      word = word.substring(0, MAX_PROBED_CHARS);
    }
    long[] known = probed.get(word);
    if (known != null) {
      return known;
    }
    long[] out = new long[(rules.size() + 63) / 64];
    String probe = " " + word;
    char first = word.charAt(0);
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if (!r.canStartWith(first)) {
        continue;
      }
      Matcher m = r.probe().matcher(probe).useTransparentBounds(true).useAnchoringBounds(false)
          .region(1, probe.length());
      if (m.lookingAt() || m.hitEnd()) {
        out[i >> 6] |= 1L << i;
      }
    }
    if (probed.size() < MAX_PROBED_WORDS) {
      probed.putIfAbsent(word, out);
    }
    return out;
  }

  static TimeGrammar load() {
    TimeLexicon lexicon = TimeLexicon.load();
    return parse(lexicon, RuleFile.read(TimeGrammar.class, RESOURCE).lines().toList());
  }

  static TimeGrammar parse(TimeLexicon lexicon, List<String> lines) {
    Map<String, UnaryOperator<String>> macros = macros(lexicon);
    List<Rule> rules = new ArrayList<>();
    String name = null;
    String match = null;
    String type = null;
    String value = null;
    String require = null;
    String near = null;
    List<String[]> examples = new ArrayList<>();
    List<String> all = new ArrayList<>(lines);
    all.add("RULE <end>");
    for (RuleFile.Line line : RuleFile.of(all, RESOURCE).lines()) {
      int lineNo = line.lineNo();
      String key = line.keyword();
      String rest = line.rest();
      switch (key) {
        case "RULE" -> {
          if (name != null) {
            rules.add(build(lexicon, macros, rules.size(), name, match, type, value, require, near, examples));
          }
          name = rest;
          match = null;
          type = null;
          value = null;
          require = null;
          near = null;
          examples = new ArrayList<>();
        }
        case "MATCH" -> match = rest;
        case "TYPE" -> type = rest;
        case "VALUE" -> value = rest;
        case "REQUIRE" -> require = rest;
        case "NEAR" -> near = rest;
        case "EXAMPLE" -> examples.add(new String[] {rest, String.valueOf(lineNo)});
        default -> throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": unknown key '" + key + "'");
      }
      if (name == null && !key.equals("RULE")) {
        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": line outside a RULE block");
      }
    }
    return new TimeGrammar(lexicon, rules);
  }

  private static Rule build(TimeLexicon lexicon, Map<String, UnaryOperator<String>> macros, int priority, String name,
      String match, String type, String value, String require, String near, List<String[]> rawExamples) {
    if (match == null || type == null || value == null) {
      throw new IllegalArgumentException(RESOURCE + ": rule " + name + " needs MATCH, TYPE and VALUE");
    }
    String regex = expandMacros(macros, name, match);
    Pattern pattern = compile(name, regex);
    List<String> groups = new ArrayList<>();
    Matcher g = GROUP_NAME.matcher(regex);
    while (g.find()) {
      if (!groups.contains(g.group(1))) {
        groups.add(g.group(1));
      }
    }
    TimexType timexType = TimexType.valueOf(type);
    Requirement requirement = require == null ? Requirement.NONE : Requirement.valueOf(require);
    List<Example> examples = new ArrayList<>();
    for (String[] ex : rawExamples) {
      Matcher neg = NEGATIVE_EXAMPLE.matcher(ex[0]);
      if (neg.matches()) {
        if (!neg.group(1).contains(neg.group(2))) {
          throw new IllegalArgumentException(RESOURCE + ":" + ex[1] + ": phrase not in the text: " + ex[0]);
        }
        examples.add(new Example(name, neg.group(1), neg.group(2), null, null, null, Tense.UNKNOWN, null));
        continue;
      }
      Matcher em = EXAMPLE.matcher(ex[0]);
      if (!em.matches()) {
        throw new IllegalArgumentException(RESOURCE + ":" + ex[1] + ": malformed EXAMPLE: " + ex[0]);
      }
      examples.add(new Example(name, em.group(1), em.group(2), TimexType.valueOf(em.group(3)), em.group(4),
          em.group(5) == null ? null : LocalDate.parse(em.group(5)),
          em.group(6) == null ? Tense.UNKNOWN : Tense.valueOf(em.group(6)), em.group(7)));
    }
    Pattern nearPattern = near == null ? null : Pattern.compile(near, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Rule(name, priority, pattern, timexType, value, requirement, nearPattern, List.copyOf(groups),
        List.copyOf(examples), firstChars(pattern, match), probePattern(macros, name, match));
  }

  private static String expandMacros(Map<String, UnaryOperator<String>> macros, String name, String match) {
    StringBuilder regex = new StringBuilder();
    Matcher m = MACRO.matcher(match);
    while (m.find()) {
      UnaryOperator<String> macro = macros.get(m.group(1));
      if (macro == null) {
        throw new IllegalArgumentException(RESOURCE + ": rule " + name + ": unknown macro {" + m.group(1) + "}");
      }
      m.appendReplacement(regex, Matcher.quoteReplacement(macro.apply(m.group(2))));
    }
    m.appendTail(regex);
    return regex.toString();
  }

  /** The rule's regex between the guards "not after / not before a letter or digit", case-insensitive. */
  private static Pattern compile(String name, String regex) {
    try {
      return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(RESOURCE + ": rule " + name + ": bad regex: " + e.getMessage(), e);
    }
  }

  /**
   * {@return a laxer pattern than the rule's, free of lookbehinds, for {@link #mayStartWith}} Every
   * lookaround of MATCH that is or contains a lookbehind is replaced by an empty group. Those are
   * never inside a negation (only the outermost such lookaround is replaced), so dropping them can
   * only let more through: wherever the rule matches, this pattern matches too.
   */
  static Pattern probePattern(Map<String, UnaryOperator<String>> macros, String name, String match) {
    return compile(name, expandMacros(macros, name, withoutLookbehinds(match)));
  }

  /** {@return {@code regex} with each outermost lookaround that is or contains a lookbehind replaced by "(?:)"} */
  static String withoutLookbehinds(String regex) {
    int n = regex.length();
    // per group opening: its closing index, and whether the group is a lookaround / has a lookbehind
    int[] close = new int[n];
    boolean[] lookaround = new boolean[n];
    boolean[] hasBehind = new boolean[n];
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    boolean inClass = false;
    int classDepth = 0;
    for (int i = 0; i < n; i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (inClass) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']' && --classDepth == 0) {
          inClass = false;
        }
        continue;
      }
      if (c == '[') {
        inClass = true;
        classDepth = 1;
        if (i + 1 < n && regex.charAt(i + 1) == ']') {
          i++; // "[]...]": a leading ']' is literal
        }
      } else if (c == '(') {
        boolean behind = regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
        lookaround[i] = behind || regex.startsWith("(?=", i) || regex.startsWith("(?!", i);
        if (behind) {
          for (int g : open) {
            hasBehind[g] = true;
          }
          hasBehind[i] = true;
        }
        open.push(i);
      } else if (c == ')') {
        close[open.pop()] = i;
      }
    }
    // lookaround[] is only set at real group openings (not escaped, not in a character class)
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (lookaround[i] && hasBehind[i]) {
        out.append("(?:)");
        i = close[i];
      } else {
        out.append(regex.charAt(i));
      }
    }
    return out.toString();
  }

  /**
   * {@return the ASCII characters a match of {@code pattern} can start with} A character qualifies
   * when the pattern matches it or needs more input after it, after a space or after "in ". A
   * rule whose match starts with a lookbehind condition ({@code (?<=...)}) may start anywhere.
   */
  private static BitSet firstChars(Pattern pattern, String match) {
    BitSet set = new BitSet(128);
    if (match.startsWith("(?<=")) {
      set.set(0, 128);
      return set;
    }
    for (String prefix : new String[] {" ", "in "}) {
      for (char c = 0; c < 128; c++) {
        String probe = prefix + c;
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false)
            .region(prefix.length(), probe.length());
        if (m.lookingAt() || m.hitEnd()) {
          set.set(c);
        }
      }
    }
    return set;
  }

  private static Map<String, UnaryOperator<String>> macros(TimeLexicon lex) {
    String ones = lex.alternation("NUMBER", s -> {
      String v = lex.value(s, "NUMBER");
      return !s.contains(" ") && !s.equals("a") && !s.equals("an") && v.length() == 1 && Character.isDigit(v.charAt(0));
    });
    String number = "\\d+(?:\\s+|-)1/2|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + lex.alternation("TENS") + "(?:[-\\s]+"
        + ones + ")?|" + lex.alternation("NUMBER");
    String teens = lex.alternation("NUMBER", s -> {
      String v = lex.value(s, "NUMBER");
      return !s.contains(" ") && !s.contains("dozen") && v.matches("1\\d");
    });
    // Spoken years: "nineteen ninety-six", "nineteen oh five", "eighteen hundred"; "two thousand
    // (and) one" only where a rule asks for it (alone it is usually a quantity).
    String tail = "(?:" + lex.alternation("TENS") + "(?:[-\\s]+" + ones + ")?|" + teens + "|oh[-\\s]+" + ones + ")";
    String spelled = "(?:eighteen|nineteen)[-\\s]+(?:" + tail + "|hundred)";
    String twoThousand = "two[-\\s]+thousand(?:[-\\s]+(?:and\\s+)?(?:" + lex.alternation("TENS") + "(?:[-\\s]+" + ones + ")?|"
        + teens + "|" + ones + "))?";
    return Map.ofEntries(
        Map.entry("MONTH", n -> group(n, "month", lex.alternation("MONTH") + "|" + lex.alternation("MONTH_ABBR") + "\\.?")),
        Map.entry("MONTHFULL", n -> group(n, "month", lex.alternation("MONTH"))),
        Map.entry("WEEKDAY", n -> group(n, "weekday", lex.alternation("WEEKDAY") + "|" + lex.alternation("WEEKDAY_ABBR") + "\\.?")),
        Map.entry("WEEKDAYFULL", n -> group(n, "weekday", lex.alternation("WEEKDAY"))),
        Map.entry("DAY", n -> group(n, "day", "3[01]|[12]\\d|0?[1-9]") + "(?:st|nd|rd|th)?"),
        Map.entry("YEAR", n -> group(n, "year", "1[5-9]\\d\\d|20\\d\\d|" + spelled)),
        Map.entry("SPELLEDYEAR", n -> group(n, "year", spelled)),
        Map.entry("YEAR2000", n -> group(n, "year", twoThousand)),
        Map.entry("NUM", n -> group(n, "n", number)),
        Map.entry("UNIT", n -> group(n, "unit", lex.alternation("UNIT"))),
        Map.entry("UNIT1", n -> group(n, "unit", lex.alternation("UNIT", s -> !s.endsWith("s")))),
        Map.entry("UNITP", n -> group(n, "unit", lex.alternation("UNIT", s -> s.endsWith("s")))),
        Map.entry("ORD", n -> group(n, "ord", lex.alternation("ORDINAL"))),
        Map.entry("SEASON", n -> group(n, "season", lex.alternation("SEASON"))),
        Map.entry("POD", n -> group(n, "pod", lex.alternation("POD"))),
        Map.entry("HOLIDAY", n -> group(n, "holiday", lex.alternation("HOLIDAY"))),
        Map.entry("MHOLIDAY", n -> group(n, "mholiday", lex.alternation("HOLIDAY_NTH"))));
  }

  private static String group(String given, String fallback, String body) {
    return "(?<" + (given == null ? fallback : given) + ">" + body + ")";
  }

  List<Rule> rules() {
    return rules;
  }

  /**
   * {@return the rule text for a match of {@code rule}, or null when the template cannot be filled
   * (a required group is missing or a word is not in the lexicon)}
   */
  String ruleText(Rule rule, Matcher m) {
    Function<String, String> lookup = groupName -> {
      if (!rule.groups().contains(groupName) && !groupName.equals("clock")) {
        return null;
      }
      return normalise(groupName, m);
    };
    return expand(rule.template(), 0, rule.template().length(), lookup);
  }

  /** Normalises the text of a matched group by its name (trailing digits ignored). */
  private String normalise(String groupName, Matcher m) {
    String base = TRAILING_DIGITS.matcher(groupName).replaceAll("");
    if (base.equals("clock")) {
      return clock(m);
    }
    String text = m.group(groupName);
    if (text == null) {
      return null;
    }
    String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return switch (base) {
      case "month" -> digits(t) ? String.valueOf(Integer.parseInt(t)) : lexicon.value(t, "MONTH", "MONTH_ABBR");
      case "weekday" -> lexicon.value(t, "WEEKDAY", "WEEKDAY_ABBR");
      case "day" -> String.valueOf(Integer.parseInt(t));
      case "year" -> digits(t) ? t : spelledYear(t);
      case "n" -> number(t);
      case "unit" -> lexicon.value(t, "UNIT");
      case "ord" -> digits(t) ? String.valueOf(Integer.parseInt(t)) : lexicon.value(t, "ORDINAL");
      case "season" -> lexicon.value(t, "SEASON");
      case "pod" -> lexicon.value(t, "POD");
      case "holiday" -> {
        String v = lexicon.value(t, "HOLIDAY");
        yield v == null ? null : Integer.parseInt(v.substring(0, 2)) + " " + Integer.parseInt(v.substring(3));
      }
      case "mholiday" -> {
        String v = lexicon.value(t, "HOLIDAY_NTH");
        yield v == null ? null : v.replace('/', ' ');
      }
      case "shortdecade" -> (t.charAt(0) >= '3' ? "19" : "20") + t;
      case "century" -> String.valueOf(Integer.parseInt(t) - 1);
      default -> t;
    };
  }

  /**
   * {@return the year a spoken form stands for ("nineteen ninety-six" 1996, "nineteen oh five"
   * 1905, "eighteen hundred" 1800, "two thousand and one" 2001), or null}
   */
  private String spelledYear(String t) {
    List<String> words = new ArrayList<>(List.of(t.toLowerCase(Locale.ROOT).split("[-\\s]+")));
    words.remove("and");
    int base;
    int from;
    if (words.size() >= 2 && words.get(0).equals("two") && words.get(1).equals("thousand")) {
      base = 2000;
      from = 2;
    } else {
      String century = lexicon.value(words.get(0), "NUMBER");
      if (century == null || !digits(century)) {
        return null;
      }
      base = Integer.parseInt(century) * 100;
      from = 1;
    }
    int rest = 0;
    for (String w : words.subList(from, words.size())) {
      if (w.equals("oh") || w.equals("hundred")) {
        continue;
      }
      String v = lexicon.value(w, "TENS", "NUMBER");
      if (v == null || !digits(v)) {
        return null;
      }
      rest += Integer.parseInt(v);
    }
    return rest < 100 ? String.valueOf(base + rest) : null;
  }

  private String number(String t) {
    String direct = lexicon.value(t, "NUMBER");
    if (direct != null) {
      return direct;
    }
    if (t.endsWith("1/2")) {
      return t.substring(0, t.length() - 3).replaceAll("[-\\s]+$", "") + ".5";
    }
    if (Character.isDigit(t.charAt(0))) {
      return t.replace(",", "");
    }
    int sum = 0;
    for (String part : t.split("[-\\s]+")) {
      String v = lexicon.value(part, "TENS", "NUMBER");
      if (v == null) {
        return null;
      }
      if (v.equals("X")) {
        return "X";
      }
      sum += Integer.parseInt(v);
    }
    return String.valueOf(sum);
  }

  private static String clock(Matcher m) {
    String noon = optional(m, "noon");
    if (noon != null) {
      return noon.toLowerCase(Locale.ROOT).equals("midnight") ? "24:00" : "12:00";
    }
    String h24 = optional(m, "hour24");
    String minute = optional(m, "minute");
    int hour;
    if (h24 != null) {
      hour = Integer.parseInt(h24);
    } else {
      String h = optional(m, "hour");
      String ampm = optional(m, "ampm");
      String dayhalf = optional(m, "dayhalf");
      if (ampm == null && dayhalf != null) {
        // "4 in the morning" is a.m.; "in the afternoon/evening", "at night" p.m.
        ampm = dayhalf.toLowerCase(Locale.ROOT).equals("morning") ? "a" : "p";
      }
      if (h == null || ampm == null) {
        return null;
      }
      hour = Integer.parseInt(h) % 12;
      if (Character.toLowerCase(ampm.charAt(0)) == 'p') {
        hour += 12;
      }
    }
    return String.format(Locale.ROOT, "%02d:%s", hour, minute == null ? "00" : minute);
  }

  private static String optional(Matcher m, String group) {
    try {
      return m.group(group);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean digits(String t) {
    return !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Expands {@code t[from, to)}: {g} value, {?g} test, [optional], &lt;a|b&gt; first that works.
   * Returns null when a required group is missing.
   */
  static String expand(String t, int from, int to, Function<String, String> lookup) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (c == '{') {
        int close = t.indexOf('}', i);
        String name = t.substring(i + 1, close);
        boolean test = name.startsWith("?");
        String v = lookup.apply(test ? name.substring(1) : name);
        if (v == null) {
          return null;
        }
        if (!test) {
          out.append(v);
        }
        i = close + 1;
      } else if (c == '[' || c == '<') {
        int close = matching(t, i, c, c == '[' ? ']' : '>');
        if (c == '[') {
          String inner = expand(t, i + 1, close, lookup);
          out.append(inner == null ? "" : inner);
        } else {
          String chosen = null;
          int start = i + 1;
          int depth = 0;
          for (int j = i + 1; j <= close && chosen == null; j++) {
            char d = j < close ? t.charAt(j) : '|';
            if (d == '<' || d == '[' || d == '{') {
              depth++;
            } else if (d == '>' || d == ']' || d == '}') {
              depth--;
            } else if (d == '|' && depth == 0) {
              chosen = expand(t, start, j, lookup);
              start = j + 1;
            }
          }
          if (chosen == null) {
            return null;
          }
          out.append(chosen);
        }
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int matching(String t, int open, char o, char c) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      if (t.charAt(i) == o) {
        depth++;
      } else if (t.charAt(i) == c && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced '" + o + "' in template " + t);
  }
}
