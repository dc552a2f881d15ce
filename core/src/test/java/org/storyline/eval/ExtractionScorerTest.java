package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionScorerTest {
  static TrafilaturaGold.Page page(String file, String title, String author, String date) {
    return new TrafilaturaGold.Page("https://x/" + file, file, List.of("Main sentence here"), List.of("Imprint"),
        title, author, date);
  }

  @Test
  void titleIsRightWhenEqualUpToWhitespaceAndCaseCounts() {
    ExtractionScorer s = new ExtractionScorer();
    s.add(page("a.html", "Talks  in\u00a0Riyadh", null, null),
        new ExtractedArticle("a", "Talks in Riyadh", null, null, "Main sentence here"));
    s.add(page("b.html", "Talks in Riyadh", null, null),
        new ExtractedArticle("b", "talks in Riyadh", null, null, "x"));
    s.add(page("c.html", "", null, null), new ExtractedArticle("c", "Anything", null, null, "x"));
    assertThat(s.title()).isEqualTo(new ExtractionScorer.Accuracy(1, 2));
  }

  @Test
  void dateIsRightOnlyForTheSameDayAndNoDateIsAMiss() {
    ExtractionScorer s = new ExtractionScorer();
    s.add(page("a.html", null, null, "2025-08-15"), new ExtractedArticle("a", "", null, LocalDate.of(2025, 8, 15), ""));
    s.add(page("b.html", null, null, "2025-08-15"), new ExtractedArticle("b", "", null, LocalDate.of(2025, 8, 14), ""));
    s.add(page("c.html", null, null, "2025-08-15"), new ExtractedArticle("c", "", null, null, ""));
    s.add(page("d.html", null, null, ""), new ExtractedArticle("d", "", null, LocalDate.of(2025, 1, 1), ""));
    s.add(page("e.html", null, null, "2025-08-15"), null);
    assertThat(s.date()).isEqualTo(new ExtractionScorer.Accuracy(1, 4));
    assertThat(s.wrongDates()).isEqualTo(1);
  }

  @Test
  void authorIgnoresCaseAndAMissingPageScoresAsNoOutput() {
    ExtractionScorer s = new ExtractionScorer();
    s.add(page("a.html", null, "Jane DOE", null), new ExtractedArticle("a", "", "jane doe", null, "Main sentence here"));
    s.add(page("b.html", null, "Jane Doe", null), null);
    assertThat(s.author()).isEqualTo(new ExtractionScorer.Accuracy(1, 2));
    assertThat(s.snippets()).isEqualTo(new SnippetScorer.Counts(1, 0, 1, 2));
    assertThat(s.worst(5)).extracting(ExtractionScorer.PageScore::id).containsExactly("b");
    assertThat(s.worst(5).get(0).missed()).containsExactly("Main sentence here");
  }

  @Test
  void goldFileIsReadWithAuthorListsJoinedAndMalformedEntriesNamed(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("evaldata.json");
    Files.writeString(f, "{\"https://a\": {\"file\": \"a.b.html\", \"with\": [\"x\"], \"without\": [\"y\"],"
        + " \"title\": \"T\", \"author\": [\"A\", \"B\"], \"date\": \"2020-01-02\"},"
        + " \"https://c\": {\"file\": \"c.html\", \"with\": [], \"without\": []}}");
    List<TrafilaturaGold.Page> pages = TrafilaturaGold.read(f);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).id()).isEqualTo("a.b");
    assertThat(pages.get(0).author()).isEqualTo("A; B");
    assertThat(pages.get(1).title()).isNull();
    Files.writeString(f, "{\"https://a\": {\"with\": [], \"without\": []}}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrafilaturaGold.read(f))
        .isInstanceOf(FormatException.class).hasMessageContaining("https://a").hasMessageContaining("'file'");
  }
}
