package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.ArticleId;

/** Eight clients mixing uploads and reads: no article is lost and nothing answers 5xx. */
class ConcurrentClientsTest {
  private static final int CLIENTS = 8;
  private static final int ROUNDS = 5;

  @Test
  void eightClientsMixingUploadsAndReadsLoseNoArticleAndGetNo5xx(@TempDir Path dir) throws Exception {
    try (ServerFixture f = new ServerFixture(dir)) {
      ConcurrentLinkedQueue<String> storedIds = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(pool.submit((Callable<Void>) () -> {
          for (int i = 0; i < ROUNDS; i++) {
            String json = "{\"title\":\"Report " + client + "-" + i + "\",\"text\":\"Vienna, " + (i + 1)
                + " July 2025. Delegation " + client + " met negotiators in Vienna for round " + i
                + " of talks on a prisoner exchange, officials said.\"}";
            HttpResponse<String> up = f.postJson(json);
            check(up, "upload", failures);
            if (up.statusCode() == 200) {
              JsonNode u = ServerFixture.json(up);
              u.get("stored").forEach(s -> storedIds.add(s.get("id").asText()));
              if (u.get("stored").isEmpty()) {
                failures.add("upload stored nothing: " + up.body());
              }
            }
            check(f.get("/api/timeline"), "timeline", failures);
            check(f.get("/api/search?q=vienna"), "search", failures);
            check(f.get("/api/articles?limit=5&offset=" + i), "articles", failures);
            check(f.get("/api/network"), "network", failures);
          }
          return null;
        }));
      }
      assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
        for (Future<?> d : done) {
          d.get();
        }
      });
      pool.shutdown();
      assertThat(failures).isEmpty();
      assertThat(storedIds).hasSize(CLIENTS * ROUNDS);
      Set<String> inStore = new TreeSet<>();
      f.store.articleIds().forEach((ArticleId id) -> inStore.add(id.value()));
      assertThat(inStore).containsAll(storedIds);
      assertThat(f.getJson("/api/search?q=vienna&limit=100").get("articles")).hasSize(CLIENTS * ROUNDS);
      assertThat(f.getJson("/api/status").get("articles").asInt()).isEqualTo(CLIENTS * ROUNDS);
    }
  }

  private static void check(HttpResponse<String> r, String what, ConcurrentLinkedQueue<String> failures) {
    if (r.statusCode() != 200) {
      failures.add(what + " answered " + r.statusCode() + ": " + r.body());
    }
  }
}
