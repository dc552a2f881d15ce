package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TimeMlTest {
  static final String GOLD = """
      <?xml version="1.0" ?>
      <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <DOCID>D1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
      <TEXT>
      Shares of A&amp;B <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3> &lt;sic&gt; "again".
      The deal <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="1998-08">August</TIMEX3> holds.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
      <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
      </TimeML>
      """;

  static TimeMlDocument parse(String xml) throws FormatException {
    return TimeMl.parse("data/d1.tml", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsPlainTextGoldTimexesAndDctFromAGoldFile() throws Exception {
    TimeMlDocument doc = parse(GOLD);
    assertThat(doc.text()).isEqualTo("\nShares of A&B fell yesterday <sic> \"again\".\n"
        + "The deal in August holds.\n");
    assertThat(doc.dct()).isEqualTo(LocalDate.of(1998, 8, 7));
    assertThat(doc.dctValue()).isEqualTo("1998-08-07");
    assertThat(doc.name()).isEqualTo("d1");
    assertThat(doc.usedTids()).containsExactly("t0");
    assertThat(doc.timexes()).extracting(t -> t.span().coveredText(doc.text()))
        .containsExactly("yesterday", "August");
    assertThat(doc.timexes()).extracting(Timex::value).containsExactly("1998-08-06", "1998-08");
    assertThat(doc.timexes()).extracting(Timex::type).containsExactly("DATE", "DATE");
  }

  @Test
  void writesOnlyTheGivenTimexesWithFreshTidsAndKeepsTheTextEscaped() throws Exception {
    TimeMlDocument doc = parse(GOLD);
    int at = doc.text().indexOf("yesterday");
    String out = TimeMl.write(doc, List.of(new Timex(new Span(at, at + 9), "", "DATE", "1998-08-06")));
    assertThat(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML")
        .contains("<DCT><TIMEX3 tid=\"t0\"")
        .contains("A&amp;B fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">yesterday</TIMEX3> &lt;sic&gt;")
        .doesNotContain("<EVENT", "<SIGNAL", "TLINK", "MAKEINSTANCE", "tid=\"t2\"")
        .endsWith("</TEXT>\n\n</TimeML>\n");
    TimeMlDocument back = TimeMl.parse("out/d1.tml", out.getBytes(StandardCharsets.UTF_8));
    assertThat(back.text()).isEqualTo(doc.text());
    assertThat(back.timexes()).containsExactly(new Timex(new Span(at, at + 9), "t1", "DATE", "1998-08-06"));
  }

  @Test
  void newTidsSkipThoseUsedOutsideText() throws Exception {
    TimeMlDocument doc = parse(GOLD.replace("tid=\"t0\"", "tid=\"t1\""));
    String out = TimeMl.write(doc, List.of(new Timex(new Span(1, 7), "", "DATE", "X"),
        new Timex(new Span(11, 14), "", "DATE", "Y")));
    assertThat(out).contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"X\">Shares</TIMEX3>")
        .contains("<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"Y\">A&amp;B</TIMEX3>");
  }

  @Test
  void overlappingTimexesAreRefused() throws Exception {
    TimeMlDocument doc = parse(GOLD);
    assertThatThrownBy(() -> TimeMl.write(doc, List.of(new Timex(new Span(1, 7), "", "DATE", "X"),
        new Timex(new Span(5, 9), "", "DATE", "Y")))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsSystemInputWithoutAnnotations() throws Exception {
    String input = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"TIME\""
        + " value=\"2013-03-22T10:00\"/></DCT>\n<TITLE>t</TITLE>\n<TEXT>Talks resume on Friday.</TEXT>\n</TimeML>\n";
    TimeMlDocument doc = TimeMl.parse("in/x.tml.TE3input", input.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.name()).isEqualTo("x");
    assertThat(doc.dct()).isEqualTo(LocalDate.of(2013, 3, 22));
    assertThat(doc.text()).isEqualTo("Talks resume on Friday.");
    assertThat(doc.timexes()).isEmpty();
    assertThat(doc.head()).endsWith("<TITLE>t</TITLE>\n<TEXT>");
  }

  @Test
  void aMissingDctLeavesTheAnchorUnknown() throws Exception {
    TimeMlDocument doc = parse("<TimeML><TEXT>On Monday.</TEXT></TimeML>");
    assertThat(doc.dct()).isNull();
    assertThat(doc.dctValue()).isNull();
  }

  @Test
  void malformedXmlNamesFileAndLine() {
    String broken = "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" value=\"1998-01-01\"/></DCT>\n<TEXT>\nA <EVENT>b</TEXT>\n</TimeML>";
    assertThatThrownBy(() -> parse(broken)).isInstanceOf(FormatException.class)
        .hasMessageStartingWith("data/d1.tml:4: not well-formed XML")
        .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(4));
  }

  @Test
  void aDocumentWithoutTextIsRejected() {
    assertThatThrownBy(() -> parse("<TimeML><DCT/></TimeML>")).isInstanceOf(FormatException.class)
        .hasMessage("data/d1.tml: no <TEXT> element");
  }

  @Test
  void nestedTimexesAreRejectedWithTheirLine() {
    assertThatThrownBy(() -> parse("<TimeML>\n<TEXT><TIMEX3 tid=\"t1\">a\n<TIMEX3 tid=\"t2\">b</TIMEX3></TIMEX3></TEXT></TimeML>"))
        .isInstanceOf(FormatException.class).hasMessage("data/d1.tml:3: TIMEX3 nested inside another TIMEX3");
  }

  @Test
  void anImpossibleDctDateIsReportedWithItsLine() {
    assertThatThrownBy(() -> parse("<TimeML>\n<DCT><TIMEX3 tid=\"t0\" value=\"1998-02-30\"/></DCT><TEXT>x</TEXT></TimeML>"))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("data/d1.tml:2: DCT value is not a calendar date");
  }

  @Test
  void outputNamesDropTheTimeMlExtensions() {
    assertThat(TimeMl.baseName("APW19980807.0261.tml")).isEqualTo("APW19980807.0261");
    assertThat(TimeMl.baseName("bbc_20130322_1353.tml.TE3input")).isEqualTo("bbc_20130322_1353");
    assertThat(TimeMl.isTimeMlFile("a.tml.TE3input")).isTrue();
    assertThat(TimeMl.isTimeMlFile("README.txt")).isFalse();
  }
}
