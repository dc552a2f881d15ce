package org.storyline.events;

/**
 * An {@code EXAMPLE} line of a lexicon file: the rule it illustrates, its input and the expected
 * result as written ("frame=MEET status=PLANNED", or "RUSGOV" for the actor-code table).
 *
 * @param file resource file name, e.g. "triggers.v1.txt"
 * @param line 1-based line number
 * @param rule the rule (or key) the example belongs to
 * @param input the example input
 * @param expected the expected result as written after "=>"
 */
public record LexiconExample(String file, int line, String rule, String input, String expected) {
  public LexiconExample {
    if (file == null || rule == null || input == null || expected == null) {
      throw new IllegalArgumentException("example: missing field at " + file + ":" + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + " " + rule;
  }
}
