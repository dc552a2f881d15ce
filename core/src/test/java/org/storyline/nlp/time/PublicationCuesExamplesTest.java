package org.storyline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.PublicationDate;
import org.storyline.testkit.Docs;

/** Executes every EXAMPLE line of {@code time/publication-cues.v1.txt}. */
class PublicationCuesExamplesTest {
  private static final PublicationCues CUES = PublicationCues.load();
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final PublicationDater DATER = new PublicationDater();

  @Test
  void everyCueHasAnExample() {
    for (PublicationCues.Cue cue : CUES.cues()) {
      assertThat(cue.examples()).as("examples of cue %s", cue.name()).isNotEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> examplesOfEveryCue() {
    List<PublicationCues.Example> examples = new ArrayList<>();
    CUES.cues().forEach(c -> examples.addAll(c.examples()));
    return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.cue() + ": " + ex.text(), () -> check(ex)));
  }

  private static void check(PublicationCues.Example ex) {
    AnnotatedArticle doc = TAGGER.apply(Docs.article(ex.text()));
    PublicationDate date = DATER.apply(doc).article().published();
    if (ex.kind() == null) {
      assertThat(date.isKnown()).as("no bound from \"%s\", got %s", ex.text(), date).isFalse();
    } else if (ex.kind() == PublicationCues.Kind.LATEST) {
      assertThat(date.latest()).as("latest from \"%s\" (%s)", ex.text(), date).isEqualTo(ex.date());
    } else {
      assertThat(date.earliest()).as("earliest from \"%s\" (%s)", ex.text(), date).isEqualTo(ex.date());
    }
  }
}
