package org.storyline.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityId;
import org.storyline.model.EventStatus;

/**
 * The event coder's rules, loaded from the versioned resource files in {@code events/}:
 * triggers, status cues, frames, the CAMEO-to-PLOVER table and actor codes. Immutable and
 * thread-safe; load once (e.g. {@link #defaults()}) and share.
 */
public final class EventLexicon {
  static final String TRIGGERS = "triggers.v1.txt";
  static final String CUES = "cues.v1.txt";
  static final String FRAMES = "frames.v1.txt";
  static final String PLOVER = "cameo-plover.v1.txt";
  static final String ACTORS = "actor-codes.v1.txt";

  private static volatile EventLexicon defaults;

  // compiled once: findActorCode runs for every actor of every event
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("'s\\b");
  private static final java.util.regex.Pattern NOT_NAME_CHAR = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.\\s-]");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final List<TriggerRule> triggers;
  private final List<TokenPattern> triggerPatterns;
  private final List<CueRule> cues;
  private final List<TokenPattern> cuePatterns;
  private final PatternIndex triggerIndex;
  private final PatternIndex cueIndex;
  private final Map<String, Frame> frames;
  private final Map<String, PloverCode> plover;
  private final Map<String, String> actorCodes;
  private final List<LexiconExample> examples;
  private final Set<String> vocabulary;

  private EventLexicon(
      List<TriggerRule> triggers,
      List<CueRule> cues,
      Map<String, Frame> frames,
      Map<String, PloverCode> plover,
      Map<String, String> actorCodes,
      List<LexiconExample> examples) {
    this.triggers = List.copyOf(triggers);
    this.cues = List.copyOf(cues);
    this.frames = Map.copyOf(frames);
    this.plover = Map.copyOf(plover);
    this.actorCodes = Map.copyOf(actorCodes);
    this.examples = List.copyOf(examples);
    List<TokenPattern> tp = new ArrayList<>();
    for (TriggerRule r : triggers) {
      tp.add(TokenPattern.compile(r.pattern()));
      if (!frames.containsKey(r.frame())) {
        throw new IllegalStateException("trigger " + r.name() + " names unknown frame " + r.frame());
      }
    }
    this.triggerPatterns = List.copyOf(tp);
    List<TokenPattern> cp = new ArrayList<>();
    for (CueRule r : cues) {
      cp.add(TokenPattern.compile(r.pattern()));
    }
    this.cuePatterns = List.copyOf(cp);
    this.triggerIndex = new PatternIndex(this.triggerPatterns);
    this.cueIndex = new PatternIndex(this.cuePatterns);
    Set<String> words = new HashSet<>();
    for (TokenPattern p : tp) {
      words.addAll(p.words());
    }
    for (TokenPattern p : cp) {
      words.addAll(p.words());
    }
    this.vocabulary = Set.copyOf(words);
  }

  /** {@return the lexicon shipped in the jar, loaded once} */
  public static EventLexicon defaults() {
    EventLexicon d = defaults;
    if (d == null) {
      synchronized (EventLexicon.class) {
        d = defaults;
        if (d == null) {
          d = fromTexts(resource(TRIGGERS), resource(CUES), resource(FRAMES), resource(PLOVER), resource(ACTORS));
          defaults = d;
        }
      }
    }
    return d;
  }

  /**
   * {@return a lexicon parsed from the texts of the five files}
   *
   * @throws IllegalStateException naming file and line when a rule is malformed
   */
  public static EventLexicon fromTexts(String triggers, String cues, String frames, String plover, String actors) {
    List<LexiconExample> examples = new ArrayList<>();
    Map<String, Frame> frameMap = parseFrames(frames, examples);
    return new EventLexicon(
        parseTriggers(triggers, examples),
        parseCues(cues, examples),
        frameMap,
        parsePlover(plover, examples),
        parseActors(actors, examples),
        examples);
  }

  private static String resource(String name) {
    try (InputStream in = EventLexicon.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource events/" + name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read events/" + name, e);
    }
  }

  public List<TriggerRule> triggers() {
    return triggers;
  }

  public List<CueRule> cues() {
    return cues;
  }

  public Map<String, Frame> frames() {
    return frames;
  }

  /** {@return every EXAMPLE line of the five files} */
  public List<LexiconExample> examples() {
    return examples;
  }

  List<TokenPattern> triggerPatterns() {
    return triggerPatterns;
  }

  List<TokenPattern> cuePatterns() {
    return cuePatterns;
  }

  /** {@return the trigger patterns indexed by their first words} */
  PatternIndex triggerIndex() {
    return triggerIndex;
  }

  /** {@return the cue patterns indexed by their first words} */
  PatternIndex cueIndex() {
    return cueIndex;
  }

  /** {@return the frame with this name, if any} */
  public Optional<Frame> findFrame(String name) {
    return Optional.ofNullable(frames.get(name));
  }

  /** {@return the frame with this name} @throws IllegalArgumentException if unknown */
  public Frame frame(String name) {
    Frame f = frames.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown frame " + name);
    }
    return f;
  }

  /** {@return the PLOVER reading of a CAMEO code, falling back to its longest listed prefix} */
  public Optional<PloverCode> findPlover(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    for (int n = cameo.length(); n >= 2; n--) {
      PloverCode p = plover.get(cameo.substring(0, n));
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the CAMEO actor code for a linked entity or an actor text} The entity id wins;
   * otherwise the whole text, then its trailing words, then any run of its words (longest
   * first, leftmost first) is looked up.
   */
  public Optional<String> findActorCode(EntityId entity, String text) {
    if (entity != null) {
      String c = actorCodes.get("id:" + entity.value());
      if (c != null) {
        return Optional.of(c);
      }
    }
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    String[] words = SPACES.split(NOT_NAME_CHAR.matcher(POSSESSIVE.matcher(lower).replaceAll("")).replaceAll(" ").trim());
    int n = words.length;
    for (int from = 0; from < n; from++) {
      String c = actorCodes.get("name:" + String.join(" ", java.util.Arrays.copyOfRange(words, from, n)));
      if (c != null) {
        return Optional.of(c);
      }
    }
    for (int len = n - 1; len >= 1; len--) {
      for (int from = 0; from + len <= n; from++) {
        String c = actorCodes.get("name:" + String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len)));
        if (c != null) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** {@return whether a lower-cased word appears in a trigger or cue pattern} */
  boolean inVocabulary(String lower) {
    return vocabulary.contains(lower);
  }

  /** {@return whether the text is a known actor name (a country, capital or government)} */
  boolean isKnownName(String lower) {
    return actorCodes.containsKey("name:" + lower);
  }

  // ---------------------------------------------------------------- parsing

  private interface RowParser {
    void row(String[] cells, int line);
  }

  private static void parse(String file, String text, int minCells, RowParser rows, List<LexiconExample> examples) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNo = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        if (line.startsWith("EXAMPLE ")) {
          examples.add(parseExample(file, lineNo, line.substring(8)));
          continue;
        }
        String[] cells = line.split("\\|", -1);
        for (int c = 0; c < cells.length; c++) {
          cells[c] = cells[c].strip();
        }
        if (cells.length < minCells) {
          throw new IllegalArgumentException("expected " + minCells + " columns, found " + cells.length);
        }
        rows.row(cells, lineNo);
      } catch (RuntimeException e) {
        throw new IllegalStateException("events/" + file + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
  }

  private static LexiconExample parseExample(String file, int line, String body) {
    int arrow = body.lastIndexOf("=>");
    if (arrow < 0) {
      throw new IllegalArgumentException("EXAMPLE needs '=>'");
    }
    String left = body.substring(0, arrow).strip();
    String expected = body.substring(arrow + 2).strip();
    int colon = left.indexOf(": ");
    String rule;
    String input;
    if (colon > 0 && !left.substring(0, colon).contains(" ")) {
      rule = left.substring(0, colon);
      input = left.substring(colon + 2).strip();
    } else {
      rule = left;
      input = left;
    }
    return new LexiconExample(file, line, rule, input, expected);
  }

  private static String dashToNull(String s) {
    return s.equals("-") || s.isEmpty() ? null : s;
  }

  private static List<TriggerRule> parseTriggers(String text, List<LexiconExample> examples) {
    List<TriggerRule> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    parse(TRIGGERS, text, 6, (c, line) -> {
      if (!names.add(c[0])) {
        throw new IllegalArgumentException("duplicate rule " + c[0]);
      }
      if (c[2].length() != 1) {
        throw new IllegalArgumentException("class must be one letter: " + c[2]);
      }
      TokenPattern.compile(c[1]);
      out.add(new TriggerRule(c[0], c[1], c[2].charAt(0), c[3], dashToNull(c[4]), Double.parseDouble(c[5])));
    }, examples);
    return out;
  }

  private static List<CueRule> parseCues(String text, List<LexiconExample> examples) {
    List<CueRule> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    parse(CUES, text, 10, (c, line) -> {
      if (!names.add(c[0])) {
        throw new IllegalArgumentException("duplicate rule " + c[0]);
      }
      TokenPattern.compile(c[1]);
      CueRule.Kind kind;
      EventStatus status = null;
      if (c[2].equals("TENSE")) {
        kind = CueRule.Kind.TENSE;
      } else if (c[2].equals("NONE")) {
        kind = CueRule.Kind.NONE;
      } else {
        kind = CueRule.Kind.STATUS;
        status = EventStatus.parse(c[2]);
      }
      if (c[3].length() != 1) {
        throw new IllegalArgumentException("direction must be A, B or E: " + c[3]);
      }
      Frame.Column column = dashToNull(c[6]) == null ? null : Frame.Column.parse(c[6]);
      Set<String> preps = dashToNull(c[8]) == null ? Set.of() : Set.of(c[8].split(","));
      out.add(new CueRule(c[0], c[1], kind, status, c[3].charAt(0), Integer.parseInt(c[4]), Integer.parseInt(c[5]),
          column, dashToNull(c[7]), preps, Double.parseDouble(c[9])));
    }, examples);
    return out;
  }

  private static Map<String, Frame> parseFrames(String text, List<LexiconExample> examples) {
    Map<String, Frame> out = new LinkedHashMap<>();
    Frame.Column[] columns = {
      Frame.Column.ACT, Frame.Column.INTENT, Frame.Column.APPEAL, Frame.Column.DEMAND, Frame.Column.REJECT,
      Frame.Column.THREAT
    };
    parse(FRAMES, text, 10, (c, line) -> {
      Map<Frame.Column, String> codes = new EnumMap<>(Frame.Column.class);
      String act = c[1];
      if (!act.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("act code must be a CAMEO code: " + act);
      }
      for (int k = 0; k < columns.length; k++) {
        String v = c[1 + k];
        if (v.equals("=")) {
          codes.put(columns[k], Frame.SAME_AS_ACT);
        } else if (!v.equals("-")) {
          if (!v.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO code: " + v);
          }
          codes.put(columns[k], v);
        }
      }
      Set<String> preps = dashToNull(c[7]) == null ? Set.of() : Set.of(c[7].split(","));
      if (out.put(c[0], new Frame(c[0], codes, preps, c[8], c[9])) != null) {
        throw new IllegalArgumentException("duplicate frame " + c[0]);
      }
    }, examples);
    return out;
  }

  private static Map<String, PloverCode> parsePlover(String text, List<LexiconExample> examples) {
    Map<String, PloverCode> out = new HashMap<>();
    parse(PLOVER, text, 5, (c, line) -> {
      if (!c[0].matches("\\d{2,4}")) {
        throw new IllegalArgumentException("not a CAMEO code: " + c[0]);
      }
      if (out.put(c[0], new PloverCode(c[1], dashToNull(c[2]), c[3])) != null) {
        throw new IllegalArgumentException("duplicate code " + c[0]);
      }
    }, examples);
    return out;
  }

  private static Map<String, String> parseActors(String text, List<LexiconExample> examples) {
    Map<String, String> out = new HashMap<>();
    parse(ACTORS, text, 2, (c, line) -> {
      if (!c[0].startsWith("id:") && !c[0].startsWith("name:")) {
        throw new IllegalArgumentException("key must start with id: or name:, not " + c[0]);
      }
      String key = c[0].startsWith("name:") ? c[0].toLowerCase(Locale.ROOT) : c[0];
      if (out.put(key, c[1]) != null) {
        throw new IllegalArgumentException("duplicate key " + c[0]);
      }
    }, examples);
    return out;
  }
}
