package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Span;

/** Reading brat attribution files as PolNeAR ships them (hand-made lines, not the corpus). */
class PolnearTest {
  static final String TEXT = "“We won,” said Ann Lee. “Again.” Bob thinks rain comes.";

  static List<String> ann() {
    int q1 = TEXT.indexOf("We won");
    int q2 = TEXT.indexOf("Again");
    int said = TEXT.indexOf("said");
    int ann = TEXT.indexOf("Ann Lee");
    int bob = TEXT.indexOf("Bob");
    int thinks = TEXT.indexOf("thinks");
    int rain = TEXT.indexOf("rain");
    return List.of(
        "T1\tContent " + q1 + " " + (q1 + 6) + ";" + q2 + " " + (q2 + 6) + "\tWe won Again.",
        "T2\tCue " + said + " " + (said + 4) + "\tsaid",
        "T3\tSource " + ann + " " + (ann + 7) + "\tAnn Lee",
        "T4\tAttribution " + said + " " + (said + 4) + "\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        "T5\tCue " + thinks + " " + (thinks + 6) + "\tthinks",
        "T6\tContent " + rain + " " + (rain + 10) + "\train comes",
        "T7\tAttribution-no-source " + thinks + " " + (thinks + 6) + "\tthinks",
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
        "T8\tDiscard 0 3\tWe",
        "E3\tAttribution:T9 Cue:T2");
  }

  @Test
  void readsContentFragmentsSourceAndCueOfEachRelation() {
    List<String> problems = new ArrayList<>();
    List<Polnear.Attribution> gold = Polnear.parse("a.ann", ann(), TEXT, problems);
    assertThat(gold).hasSize(2);
    Polnear.Attribution first = gold.get(0);
    assertThat(first.content()).extracting(s -> s.coveredText(TEXT)).containsExactly("We won", "Again.");
    assertThat(first.source()).extracting(s -> s.coveredText(TEXT)).containsExactly("Ann Lee");
    assertThat(first.cue()).extracting(s -> s.coveredText(TEXT)).containsExactly("said");
    assertThat(gold.get(1).source()).as("no source").isEmpty();
    assertThat(problems).containsExactly("a.ann:11: attribution without content, ignored");
  }

  @Test
  void convertsCodePointOffsetsToUtf16() {
    String text = "\uD83D\uDE00 Ann said rain.";
    // code points: the emoji is 1, so "rain" starts at 11, not 12
    List<String> lines = List.of("T1\tContent 11 15\train", "T2\tSource 2 5\tAnn", "E1\tAttribution:T1 Content:T1 Source:T2");
    List<Polnear.Attribution> gold = Polnear.parse("b.ann", lines, text, new ArrayList<>());
    assertThat(gold.get(0).content()).containsExactly(new Span(12, 16));
    assertThat(gold.get(0).content().get(0).coveredText(text)).isEqualTo("rain");
  }

  @Test
  void badOffsetsAreReportedWithFileAndLine() {
    List<String> problems = new ArrayList<>();
    List<Polnear.Attribution> gold = Polnear.parse("c.ann",
        List.of("T1\tContent 5 x\tbad", "T2\tContent 0 99\tbeyond", "E1\tAttribution:T2 Content:T1"), "short", problems);
    assertThat(gold).isEmpty();
    assertThat(problems).hasSize(3).anyMatch(p -> p.startsWith("c.ann:1: bad offsets"))
        .anyMatch(p -> p.startsWith("c.ann:2: bad offsets")).anyMatch(p -> p.startsWith("c.ann:3: attribution without content"));
  }

  @Test
  void readsASplitUsingTheFirstAnnotatorFileOfEachArticle(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/x_2016-01-01_story.txt"), TEXT);
    Files.write(dir.resolve("attributions/x_2016-01-01_story_aaaa.ann"), ann());
    Files.write(dir.resolve("attributions/x_2016-01-01_story_bbbb.ann"), List.of());
    Files.write(dir.resolve("attributions/missing_cccc.ann"), List.of());
    Polnear.Split split = Polnear.read(dir);
    assertThat(split.documents()).extracting(Polnear.Document::name).containsExactly("x_2016-01-01_story.txt");
    assertThat(split.documents().get(0).gold()).hasSize(2);
    assertThat(split.problems()).anyMatch(p -> p.contains("missing_cccc.ann") && p.contains("no text file"));
    assertThatThrownBy(() -> Polnear.read(dir.resolve("nope"))).isInstanceOf(IOException.class)
        .hasMessageContaining("no PolNeAR data");
  }
}
