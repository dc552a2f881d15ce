package org.storyline.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Event;
import org.storyline.model.Story;

class StoryPermutationTest {
  private static final EntityView ENTITIES = Fixtures.entities();
  private static final List<AnnotatedArticle> DOCS = all();
  private static final Story EXPECTED = new StoryBuilder().build(DOCS, Corpus.duplicates(), ENTITIES);

  private static List<AnnotatedArticle> all() {
    List<AnnotatedArticle> docs = new ArrayList<>(Corpus.docs());
    docs.addAll(Corpus.ambiguousTalks());
    return docs;
  }

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Property(tries = 30)
  void storyIsTheSameForAnyOrderOfArticlesAndLinks(@ForAll long seed) {
    Random random = new Random(seed);
    List<AnnotatedArticle> docs = shuffled(DOCS, random);
    List<DuplicateLink> links = shuffled(Corpus.duplicates(), random);

    Story story = new StoryBuilder().build(docs, links, ENTITIES);

    assertThat(story).isEqualTo(EXPECTED);
    // the middle June talks joined the earlier report, whatever came first
    assertThat(story.events()).filteredOn(e -> e.frame().equals("TALKS") && e.mentions().size() == 2)
        .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(c -> c.article().value())
            .containsExactly("z-first", "z-middle"));
  }

  @Property(tries = 30)
  void eventIdsAreIndependentOfWhichOtherArticlesArrivedFirst(@ForAll long seed) {
    Random random = new Random(seed);
    List<AnnotatedArticle> docs = shuffled(DOCS, random);
    // the same articles, each event mention list reversed inside its article
    List<AnnotatedArticle> reversed = new ArrayList<>();
    for (AnnotatedArticle doc : docs) {
      List<org.storyline.model.EventMention> events = new ArrayList<>(doc.events());
      Collections.reverse(events);
      reversed.add(doc.withEvents(events));
    }

    List<Event> events = new org.storyline.fusion.event.EventFuser().fuse(reversed, Corpus.duplicates(), ENTITIES);

    assertThat(events).isEqualTo(EXPECTED.events());
  }
}
