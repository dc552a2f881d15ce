package org.storyline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** FastFind answers exactly as Matcher.find, with fewer attempts. */
class FastFindTest {
  private static final List<String> PATTERNS = List.of(
      "^\\s*\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} Profile\\b",
      "\\b(?i:about the author)\\b",
      "\\b(?:He|She) (?:has )?(?:worked|joined)\\b",
      "\\byears (?:of )?experience\\b",
      "(?<=\\d)%",
      "\\Bing\\b",
      "x*");
  private static final List<String> TEXTS = List.of(
      "", "John Roe Profile He is an engineer.", "  Ann Lee Profile", "Read ABOUT THE AUTHOR below",
      "aboutthe author", "She has worked here for years of experience.", "TheHe worked", "up 5% today",
      "singing loudly", "ing", "Él worked; She joined", "xyz", "years experience");

  @Test
  void agreesWithMatcherFindOnEveryPatternAndText() {
    for (String p : PATTERNS) {
      Pattern pattern = Pattern.compile(p);
      FastFind fast = new FastFind(pattern);
      for (String t : TEXTS) {
        assertThat(fast.find(t)).as("%s in '%s'", p, t).isEqualTo(pattern.matcher(t).find());
      }
    }
  }

  @Test
  void theShippedBiographyCuesStillMarkABiography() {
    String text = "Trump met Putin.\n\nJohn Roe Profile He is an engineer. He worked in Acme Widgets Ltd from 1999.";
    assertThat(Furniture.defaultFurniture().biographies(text)).isNotEmpty();
  }
}
