package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.pipeline.RuleFile.Line;

class RuleFileTest {
  private static final String TEXT = String.join("\n",
      "# header: purpose, format",
      "",
      "  office | vice president  ",
      "EXAMPLE  first example ",
      "   # indented comment",
      "start | took (?:office|power)",
      "TEMPLATE PLANNED SO = {S} to meet",
      "EXAMPLE second");

  private final RuleFile file = RuleFile.parse(TEXT, "offices");

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
    assertThat(file.rules()).extracting(Line::lineNo).containsExactly(3, 6, 7);
    assertThat(file.rules()).extracting(Line::text)
        .containsExactly("office | vice president", "start | took (?:office|power)", "TEMPLATE PLANNED SO = {S} to meet");
  }

  @Test
  void collectsExampleLinesWithoutThePrefix() {
    assertThat(file.examples()).containsExactly("first example", "second");
    assertThat(file.exampleLines()).extracting(Line::lineNo).containsExactly(4, 8);
  }

  @Test
  void splitsKindAndValueAtTheFirstBar() {
    Line start = file.rules().get(1);
    assertThat(start.kind()).isEqualTo("start");
    assertThat(start.value()).isEqualTo("took (?:office|power)");
    assertThat(file.rules().get(0).value()).isEqualTo("vice president");
    Line template = file.rules().get(2);
    assertThat(template.hasKind()).isFalse();
    assertThat(template.kind()).isNull();
    assertThat(template.keyword()).isEqualTo("TEMPLATE");
    assertThat(template.rest()).isEqualTo("PLANNED SO = {S} to meet");
  }

  @Test
  void linesKeepExamplesInPlaceForBlockFiles() {
    RuleFile blocks = RuleFile.of(List.of("RULE a", "MATCH x", "EXAMPLE \"x\"", "", "RULE b"), "patterns");
    assertThat(blocks.lines()).extracting(Line::keyword).containsExactly("RULE", "MATCH", "EXAMPLE", "RULE");
    assertThat(blocks.lines()).extracting(Line::lineNo).containsExactly(1, 2, 3, 5);
    assertThat(blocks.lines().get(2).rest()).isEqualTo("\"x\"");
  }

  @Test
  void aCommentLikeExamplePrefixIsStillAnExample() {
    RuleFile f = RuleFile.of(List.of("# header", "# EXAMPLE a | b", "head | envoy"), "roles", "# EXAMPLE ");
    assertThat(f.examples()).containsExactly("a | b");
    assertThat(f.exampleLines().get(0).lineNo()).isEqualTo(2);
    assertThat(f.rules()).extracting(Line::kind).containsExactly("head");
  }

  @Test
  void errorsNameTheFileAndLine() {
    IllegalArgumentException e = file.error(file.rules().get(1), "bad regex");
    assertThat(e).hasMessage("offices line 6: bad regex");
    Throwable cause = new IllegalStateException("x");
    assertThat(file.error(file.rules().get(0), "oops", cause)).hasMessage("offices line 3: oops").hasCause(cause);
  }

  @Test
  void countsLinesOfCrLfText() {
    RuleFile crlf = RuleFile.parse("# c\r\n\r\nkind | value\r\n", "crlf");
    assertThat(crlf.rules()).singleElement().satisfies(l -> {
      assertThat(l.lineNo()).isEqualTo(3);
      assertThat(l.value()).isEqualTo("value");
    });
  }

  @Test
  void loadsAClassPathResourceAndRejectsAMissingOne() {
    RuleFile habitual = RuleFile.load(RuleFileTest.class, "/fusion/habitual.v1.txt", "habitual");
    assertThat(habitual.rules()).isNotEmpty().allSatisfy(l -> assertThat(l.hasKind()).isTrue());
    assertThat(habitual.examples()).isNotEmpty();
    assertThatThrownBy(() -> RuleFile.load(RuleFileTest.class, "/no/such.v1.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/such.v1.txt");
  }
}
