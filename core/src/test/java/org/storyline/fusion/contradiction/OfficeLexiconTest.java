package org.storyline.fusion.contradiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OfficeLexiconTest {
  private final OfficeLexicon lexicon = OfficeLexicon.standard();

  @Test
  void everyExampleInTheResourceHolds() {
    assertThat(lexicon.examples()).isNotEmpty();
    for (String example : lexicon.examples()) {
      int colon = example.indexOf(':');
      String kind = example.substring(0, colon);
      String body = example.substring(colon + 1).strip();
      switch (kind) {
        case "role": {
          String[] io = body.split("->");
          String expected = io[1].strip();
          String actual = lexicon.read(io[0].strip())
              .map(r -> r.tense().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + r.office())
              .orElse("none");
          assertThat(actual).as(example).isEqualTo(expected);
          break;
        }
        case "start":
          assertThat(lexicon.startCue(body)).as(example).isPresent();
          assertThat(lexicon.endCue(body)).as(example).isEmpty();
          break;
        case "end":
          assertThat(lexicon.endCue(body)).as(example).isPresent();
          assertThat(lexicon.startCue(body)).as(example).isEmpty();
          break;
        default:
          throw new AssertionError("unknown example kind: " + example);
      }
    }
  }

  @Test
  void readsRolesTheSameUnderATurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(lexicon.read("FORMER PRESIDENT")).map(OfficeLexicon.Reading::tense).contains(OfficeLexicon.Tense.FORMER);
      assertThat(lexicon.read("PRIME MINISTER")).map(OfficeLexicon.Reading::office).contains("prime minister");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void cueSpanPointsIntoTheSentence() {
    String s = "He left office in 2021.";
    assertThat(lexicon.endCue(s)).map(span -> span.coveredText(s)).contains("left office");
  }
}
