package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchRecordsTest {
  private static final String XML = """
      <Validation>
      <!-- header comment with a <Sentence id="fake"> inside -->
      <Environment>
          <Actorfile>tiny.actors.txt</Actorfile>
          <Agentfile>tiny.agents.txt</Agentfile>
      </Environment>
      <Sentences>
      <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
      <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
      <EventCoding sourcecode='"NEW ACTOR"' targetcode="GON" eventcode="033"/>
      <Text>
      Arnor is about to restore full
      diplomatic ties with Gondor.
      </Text>
      <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
      </Sentence>
      <Sentence date = "20080801" id ="ERR-01"  category="ERROR" sentence="true">
      <EventCoding error="dateline"></EventCoding>
      <Text>CEBU CITY: -- a dateline.</Text>
      </Sentence>
      <Sentence date="19950101" id="NONE-01" category="DEMO">
      <EventCoding noevents = "True"></EventCoding>
      <Text>Nothing happened.</Text>
      </Sentence>
      <Sentence date="1995" id="BAD-01" category="DEMO"><Text>Bad date.</Text></Sentence>
      <Sentence date="19950101" id="BAD-02" category="DEMO"></Sentence>
      </Sentences>
      </Validation>
      """;

  @Test
  void readsCodingsTextsDatesAndTheEnvironment() {
    List<String> problems = new ArrayList<>();
    PetrarchRecords.File file = PetrarchRecords.parse("t.xml", XML, problems);
    assertThat(file.environment()).containsEntry("Actorfile", "tiny.actors.txt").containsEntry("Agentfile", "tiny.agents.txt");
    assertThat(file.records()).extracting(PetrarchRecords.Record::id).containsExactly("DEMO-00", "ERR-01", "NONE-01");
    PetrarchRecords.Record demo = file.records().get(0);
    assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(demo.text()).isEqualTo("Arnor is about to restore full diplomatic ties with Gondor.");
    assertThat(demo.expected()).containsExactly(new PetrarchRecords.Triple("ARN", "GON", "064"),
        new PetrarchRecords.Triple("\"NEW ACTOR\"", "GON", "033"));
    assertThat(file.records().get(1).error()).isEqualTo("dateline");
    assertThat(file.records().get(1).date()).isEqualTo(LocalDate.of(2008, 8, 1));
    assertThat(file.records().get(2).noEvents()).isTrue();
    assertThat(problems).hasSize(2).anyMatch(p -> p.contains("BAD-01")).anyMatch(p -> p.contains("BAD-02"));
  }

  @Test
  void missingActorCodeIsWrittenAsTheNullCode() {
    assertThat(new PetrarchRecords.Triple(null, " ", "010")).isEqualTo(new PetrarchRecords.Triple("---", "---", "010"));
  }
}
