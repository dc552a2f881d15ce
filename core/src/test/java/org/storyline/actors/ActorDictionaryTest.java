package org.storyline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
  private static final List<String> DICT = List.of(
      "<!-- a tiny hand-made actor dictionary -->",
      "<!-- a comment",
      "   over two lines -->",
      "GONDOR [GON]",
      "+MINAS_TIRITH",
      "+ANORIEN  # a synonym with a comment",
      "",
      "THE_HERMIT_KINGDOM [PRK] ; legacy comment",
      "ISILDUR  [+++]",
      "LORIEN  [ELR/GAL]",
      "PALESTINIAN [pse]",
      "SAM_GAMGEE [HOB]",
      "\t[HOBCIV <20080120]",
      "\t[ORCHOB 20100109-20100112]",
      "\t[HOBMIL 20080120 - 20121109]",
      "\t[HOBELI >20130119]",
      "GOLLUM",
      "+SMEAGOL",
      "\t[HOB < 950601]",
      "\t[HOBGOV 950601-990815]",
      "\t[HOBREB > 990816]",
      "ENT",
      "\t[ENT]");

  private static ActorDictionary dictionary(List<String> problems) {
    return ActorDictionary.parse(DICT, "tiny.actors", problems);
  }

  private static ActorDictionary.Entry entry(ActorDictionary d, String words) {
    List<String> w = CameoWords.phrase(words);
    return d.matchAt(w, 0).orElseThrow().entry();
  }

  @Test
  void readsRecordsSynonymsAndCommentsWithoutProblems() {
    List<String> problems = new ArrayList<>();
    ActorDictionary d = dictionary(problems);
    assertThat(problems).isEmpty();
    assertThat(d.size()).isEqualTo(8);
    assertThat(entry(d, "Minas Tirith").codeOn(null)).contains("GON");
    assertThat(entry(d, "anorien").name()).isEqualTo("GONDOR");
    assertThat(entry(d, "the hermit kingdom").codeOn(null)).contains("PRK");
  }

  @Test
  void punctuationCodesAreTheNullCodeAndAlternativesTakeTheFirst() {
    ActorDictionary d = dictionary(new ArrayList<>());
    assertThat(entry(d, "Isildur").codeOn(null)).isEmpty();
    assertThat(entry(d, "Lorien").codeOn(null)).contains("ELR");
    assertThat(entry(d, "Palestinian").codeOn(null)).contains("PSE");
  }

  @Test
  void firstCoveringDateRestrictionWinsAndTheDefaultAppliesOtherwise() {
    ActorDictionary.Entry sam = entry(dictionary(new ArrayList<>()), "Sam Gamgee");
    assertThat(sam.codeOn(LocalDate.of(1995, 1, 4))).contains("HOBCIV");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 10))).contains("ORCHOB");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 13))).contains("HOBMIL");
    assertThat(sam.codeOn(LocalDate.of(2012, 12, 31))).contains("HOB");
    assertThat(sam.codeOn(LocalDate.of(2013, 1, 19))).contains("HOBELI");
    assertThat(sam.codeOn(null)).contains("HOB");
  }

  @Test
  void sixDigitDatesPivotAtThirtyAndUndatedTextsGetTheOpenEndedRole() {
    ActorDictionary.Entry gollum = entry(dictionary(new ArrayList<>()), "Smeagol");
    assertThat(gollum.codeOn(LocalDate.of(1995, 5, 31))).contains("HOB");
    assertThat(gollum.codeOn(LocalDate.of(1998, 1, 1))).contains("HOBGOV");
    assertThat(gollum.codeOn(LocalDate.of(2001, 1, 1))).contains("HOBREB");
    assertThat(gollum.codeOn(null)).contains("HOBREB");
    assertThat(ActorDictionary.date("070723")).isEqualTo(LocalDate.of(2007, 7, 23));
    assertThat(ActorDictionary.date("320101")).isEqualTo(LocalDate.of(1932, 1, 1));
  }

  @Test
  void codeOnItsOwnIndentedLineIsTheDefault() {
    assertThat(entry(dictionary(new ArrayList<>()), "ent").codeOn(LocalDate.of(2000, 1, 1))).contains("ENT");
  }

  @Test
  void longestPhraseOverlappingTheActorWins() {
    ActorDictionary d = dictionary(new ArrayList<>());
    List<String> words = CameoWords.phrase("the Hermit Kingdom fired at Minas Tirith");
    ActorDictionary.Match m = d.bestMatch(words, 0, words.size(), 1, 3).orElseThrow();
    assertThat(m.from()).isZero();
    assertThat(m.to()).isEqualTo(3);
    assertThat(d.bestMatch(words, 0, words.size(), 5, 7).orElseThrow().entry().name()).isEqualTo("GONDOR");
    assertThat(d.bestMatch(words, 0, words.size(), 3, 4)).isEmpty();
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndSkipped() {
    List<String> problems = new ArrayList<>();
    ActorDictionary d = ActorDictionary.parse(List.of(
        "\t[ORPHAN]",
        "ROHAN [ROH]",
        "\t[ROHGOV 2001XX01-20020101]",
        "\t[ROH GOV]",
        "MORDOR [MOR] extra",
        "<!-- never closed"), "bad.actors", problems);
    assertThat(problems).hasSize(5);
    assertThat(problems).anyMatch(p -> p.startsWith("W501 bad.actors:1:"));
    assertThat(problems).anyMatch(p -> p.startsWith("W501 bad.actors:3:"));
    assertThat(problems).anyMatch(p -> p.startsWith("W503 bad.actors:6"));
    assertThat(d.size()).isEqualTo(1);
  }
}
