package org.storyline.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.storyline.pipeline.RuleFile;

/** The cues of {@code time/publication-cues.v1.txt}. Immutable after loading. */
final class PublicationCues {
  static final String RESOURCE = "/time/publication-cues.v1.txt";
  private static final Pattern EXAMPLE =
      Pattern.compile("^\"(.*)\"\\s*=>\\s*(?:(LATEST|EARLIEST)\\s+(\\d{4}-\\d\\d-\\d\\d)|NONE)\\s*$");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** What a cue says about the publication date. */
  enum Kind {
    LATEST,
    EARLIEST,
    NOT_PAST,
    ELECT
  }

  /** When a cue applies. */
  enum When {
    ALWAYS,
    ELECT_OR_FUTURE,
    NOT_PAST_TENSE
  }

  /** An executable example: on an undated article of {@code text}, the dater infers this bound (null: none). */
  record Example(String cue, String text, Kind kind, LocalDate date) {}

  /** One cue: left context (must end at the time expression) and right context (starts after it). */
  record Cue(String name, Kind kind, Pattern left, Pattern right, When when, List<Example> examples) {}

  private final List<Cue> cues;

  private PublicationCues(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  List<Cue> cues() {
    return cues;
  }

  static PublicationCues load() {
    return parse(RuleFile.read(PublicationCues.class, RESOURCE).lines().toList());
  }

  static PublicationCues parse(List<String> lines) {
    List<Cue> cues = new ArrayList<>();
    String name = null;
    String kind = null;
    String context = null;
    String when = null;
    List<String> examples = new ArrayList<>();
    List<String> all = new ArrayList<>(lines);
    all.add("CUE <end>");
    for (RuleFile.Line line : RuleFile.of(all, RESOURCE).lines()) {
      String key = line.keyword();
      String rest = line.rest();
      switch (key) {
        case "CUE" -> {
          if (name != null) {
            cues.add(build(name, kind, context, when, examples));
          }
          name = rest;
          kind = null;
          context = null;
          when = null;
          examples = new ArrayList<>();
        }
        case "KIND" -> kind = rest;
        case "CONTEXT" -> context = rest;
        case "WHEN" -> when = rest;
        case "EXAMPLE" -> examples.add(rest);
        default -> throw new IllegalArgumentException(RESOURCE + ":" + line.lineNo() + ": unknown key '" + key + "'");
      }
    }
    return new PublicationCues(cues);
  }

  private static Cue build(String name, String kind, String context, String when, List<String> rawExamples) {
    if (kind == null || context == null) {
      throw new IllegalArgumentException(RESOURCE + ": cue " + name + " needs KIND and CONTEXT");
    }
    Kind k = Kind.valueOf(kind);
    Pattern left;
    Pattern right = null;
    try {
      if (k == Kind.ELECT) {
        left = Pattern.compile(context, FLAGS);
      } else {
        int at = context.indexOf("{TIME}");
        if (at < 0) {
          throw new IllegalArgumentException(RESOURCE + ": cue " + name + " has no {TIME} in its CONTEXT");
        }
        String l = context.substring(0, at).strip();
        String r = context.substring(at + "{TIME}".length()).strip();
        left = l.isEmpty() ? null : Pattern.compile("(?:" + l + ")$", FLAGS);
        right = r.isEmpty() ? null : Pattern.compile(r, FLAGS);
      }
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(RESOURCE + ": cue " + name + ": bad regex: " + e.getMessage(), e);
    }
    List<Example> examples = new ArrayList<>();
    for (String ex : rawExamples) {
      Matcher m = EXAMPLE.matcher(ex);
      if (!m.matches()) {
        throw new IllegalArgumentException(RESOURCE + ": cue " + name + ": malformed EXAMPLE " + ex);
      }
      examples.add(new Example(name, m.group(1), m.group(2) == null ? null : Kind.valueOf(m.group(2)),
          m.group(3) == null ? null : LocalDate.parse(m.group(3))));
    }
    return new Cue(name, k, left, right, when == null ? When.ALWAYS : When.valueOf(when), List.copyOf(examples));
  }
}
