package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class MeantimeDocumentTest {
  private static final String XML = """
      <?xml version="1.0" ?><Document doc_id="42" doc_name="42_Test" lang="en">
      <token number="0" sentence="0" t_id="1">Ford</token>
      <token number="1" sentence="0" t_id="2">wins</token>
      <token number="2" sentence="1" t_id="3">May</token>
      <token number="3" sentence="1" t_id="4">1</token>
      <token number="4" sentence="1" t_id="5">,</token>
      <token number="5" sentence="1" t_id="6">2007</token>
      <token number="6" sentence="2" t_id="7">U.S.</token>
      <token number="7" sentence="2" t_id="8">automaker</token>
      <token number="8" sentence="2" t_id="9">Ford</token>
      <token number="9" sentence="2" t_id="10">said</token>
      <token number="10" sentence="2" t_id="11">so</token>
      <token number="11" sentence="2" t_id="12">yesterday</token>
      <token number="12" sentence="2" t_id="13">.</token>
      <token number="13" sentence="3" t_id="14">Ford</token>
      <token number="14" sentence="3" t_id="15">&amp;</token>
      <token number="15" sentence="3" t_id="16">Co</token>
      <token number="16" sentence="3" t_id="17">grew</token>
      <Markables>
      <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
      <ENTITY_MENTION syntactic_type='PRE.NAM' m_id="2"><token_anchor t_id="7"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/>
        <token_anchor t_id="9"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="4" syntactic_type="NOM"><token_anchor t_id="8"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="5"><token_anchor t_id="14"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="6" syntactic_type="NAM"><token_anchor t_id="999"/></ENTITY_MENTION>
      <TIMEX3 functionInDocument="CREATION_TIME" m_id="7" type="DATE" value="2007-05-01">
      <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
      <TIMEX3 anchorTimeID="7" functionInDocument="NONE" m_id="8" type="DATE" value="2007-04-30">
      <token_anchor t_id="12"/></TIMEX3>
      <ENTITY TAG_DESCRIPTOR="Ford" ent_type="ORG" instance_id="ORG1" m_id="20"/>
      <ENTITY TAG_DESCRIPTOR="US" ent_type="LOC" instance_id="LOC1" m_id="21"/>
      </Markables>
      <Relations>
      <REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><source m_id="5"/><target m_id="20"/></REFERS_TO>
      <REFERS_TO r_id="2"><source m_id="2"/><target m_id="21"/></REFERS_TO>
      </Relations>
      </Document>
      """;

  @Test
  void rebuildsTextWithSentencesOnLinesAndPunctuationAttached() throws FormatException {
    MeantimeDocument d = MeantimeDocument.parse("t.xml", XML);
    assertThat(d.id()).isEqualTo("42");
    assertThat(d.text()).isEqualTo("Ford wins\nMay 1, 2007\nU.S. automaker Ford said so yesterday.\nFord & Co grew");
  }

  @Test
  void mentionsTakeTheirTypeFromTheLinkedInstance() throws FormatException {
    MeantimeDocument d = MeantimeDocument.parse("t.xml", XML);
    assertThat(d.entities()).hasSize(5);
    MeantimeDocument.EntityMention ford = d.entities().get(2);
    assertThat(ford.span().coveredText(d.text())).isEqualTo("U.S. automaker Ford");
    assertThat(ford.entityType()).isEqualTo("ORG");
    assertThat(ford.named()).isTrue();
    assertThat(d.entities().get(1).entityType()).isEqualTo("LOC");
    assertThat(d.entities().get(1).named()).isTrue();
    assertThat(d.entities().get(3).named()).isFalse();
    assertThat(d.entities().get(3).entityType()).isEmpty();
  }

  @Test
  void creationTimeIsSetApartFromTheOtherTimexes() throws FormatException {
    MeantimeDocument d = MeantimeDocument.parse("t.xml", XML);
    assertThat(d.creationTime().value()).isEqualTo("2007-05-01");
    assertThat(d.creationTime().span().coveredText(d.text())).isEqualTo("May 1, 2007");
    assertThat(d.timexes()).singleElement().satisfies(t -> {
      assertThat(t.span().coveredText(d.text())).isEqualTo("yesterday");
      assertThat(t.value()).isEqualTo("2007-04-30");
    });
    assertThat(MeantimeEvaluation.creationDate(d)).hasToString("2007-05-01");
  }

  @Test
  void annotatedPartEndsWithTheLastSentenceOfTheDocumentLevelLayer() throws FormatException {
    MeantimeDocument d = MeantimeDocument.parse("t.xml", XML);
    // the mention without a syntactic type (cross-document layer) in the last sentence does not count
    assertThat(d.annotatedEnd()).isEqualTo(d.text().indexOf("yesterday.") + "yesterday.".length());
  }

  @Test
  void documentWithoutTokensIsAFormatError() {
    assertThatThrownBy(() -> MeantimeDocument.parse("empty.xml", "<Document></Document>"))
        .isInstanceOf(FormatException.class).hasMessageContaining("empty.xml");
  }

  @Test
  void typesMapIntoTheSharedVocabulary() {
    assertThat(MeantimeEvaluation.goldType("PRO")).isEqualTo("MISC");
    assertThat(MeantimeEvaluation.goldType("FIN")).isEqualTo("MISC");
    assertThat(MeantimeEvaluation.goldType("PER")).isEqualTo("PER");
    assertThat(MeantimeEvaluation.goldType("")).isNull();
    assertThat(MeantimeEvaluation.systemType(org.storyline.model.EntityType.NATIONALITY)).isEqualTo("LOC");
    assertThat(MeantimeEvaluation.systemType(org.storyline.model.EntityType.MONEY)).isNull();
    assertThat(new Span(0, 1)).isNotNull();
  }
}
