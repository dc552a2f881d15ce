package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index of schema version 2, and the migration that adds it to version 1 stores. */
class SearchIndexMigrationTest {
  @TempDir Path dir;

  @Test
  void aVersion1StoreIsMigratedAndItsArticlesAndEventsBecomeSearchable() throws Exception {
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.articleA());
      store.putArticle(StoreFixtures.articleB());
      store.replaceStory(StoreFixtures.story());
    }
    // turn it into what version 1 wrote: no search tables, version 1
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE article_search");
      st.execute("DROP TABLE event_search");
      st.executeUpdate("UPDATE schema_version SET version = 1");
    }
    String word = firstWord(StoreFixtures.articleA().text());
    try (StoryStore store = StoryStore.open(dir)) {
      assertThat(store.loadArticles()).hasSize(2);
      assertThat(store.searchArticles(List.of(word.toLowerCase(java.util.Locale.ROOT)), 10))
          .extracting(StoryStore.SearchHit::id).contains(StoreFixtures.articleA().id().value());
      String summaryWord = firstWord(StoreFixtures.story().events().get(0).summary());
      assertThat(store.searchEvents(List.of(summaryWord), 10)).extracting(StoryStore.SearchHit::id)
          .contains(StoreFixtures.story().events().get(0).id().value());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void replacingAnArticleOrTheStoryKeepsOneIndexEntryEach() throws Exception {
    try (StoryStore store = StoryStore.open(dir)) {
      store.putArticle(StoreFixtures.articleA());
      store.putArticle(StoreFixtures.articleA());
      store.putArticle(StoreFixtures.articleB());
      store.replaceStory(StoreFixtures.story());
      store.replaceStory(StoreFixtures.story());
      String summaryWord = firstWord(StoreFixtures.story().events().get(0).summary());
      assertThat(store.searchEvents(List.of(summaryWord), 10)).extracting(StoryStore.SearchHit::id)
          .containsOnlyOnce(StoreFixtures.story().events().get(0).id().value());
      String word = firstWord(StoreFixtures.articleA().text()).toLowerCase(java.util.Locale.ROOT);
      assertThat(store.searchArticles(List.of(word), 10)).hasSize(1);
      assertThat(store.searchArticles(List.of(word.substring(0, 2) + "*"), 10)).hasSize(1);
      assertThat(store.searchArticles(List.of("nosuchwordanywhere"), 10)).isEmpty();
    }
  }

  @Test
  void searchTermsCannotInjectQuerySyntax() {
    try (StoryStore store = StoryStore.open(dir)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.searchArticles(List.of("a\" OR \"b"), 10))
          .isInstanceOf(IllegalArgumentException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.searchArticles(List.of(), 10))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String firstWord(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]{4,}").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no word in " + text);
    }
    return m.group();
  }
}
