package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.storyline.engine.Pipelines;
import org.storyline.engine.StorylineEngine;
import org.storyline.ingest.Ingestor;
import org.storyline.nlp.corenlp.SharedAnalyzer;
import org.storyline.pipeline.Pipeline;
import org.storyline.server.ServerOptions;
import org.storyline.server.StorylineServer;
import org.storyline.store.StoryStore;

/**
 * The web page in a real browser: the five seed articles analysed by the standard pipeline, served
 * by an in-process {@link StorylineServer} on a free loopback port, driven in headless Chromium.
 * Screenshots go to {@code target/screenshots/}. Skipped when Chromium or its driver is not
 * installed ({@code apt-get install chromium chromium-driver}); CI installs them. Other paths:
 * {@code STORYLINE_CHROMIUM} and {@code STORYLINE_CHROMEDRIVER}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Path CHROMIUM = configured("STORYLINE_CHROMIUM", "/usr/bin/chromium");
  private static final Path CHROMEDRIVER = configured("STORYLINE_CHROMEDRIVER", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Uploads run the whole pipeline on the server's writer thread. */
  private static final Duration UPLOAD_WAIT = Duration.ofSeconds(180);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** An article written for this test: a dated meeting, an agreement and a statement. */
  private static final String RIYADH = "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State "
      + "Marco Rubio in Riyadh on February 18, 2025, for talks about ending the war in Ukraine. The two "
      + "delegations agreed to appoint negotiating teams. Ukrainian President Volodymyr Zelensky said Ukraine "
      + "would not accept any agreement reached without Kyiv.";
  private static final String WITKOFF = "U.S. special envoy Steve Witkoff met Russian President Vladimir Putin "
      + "in Moscow on April 11, 2025. The Kremlin said the two discussed a possible ceasefire.";
  private static final String ISTANBUL = "Turkish President Recep Tayyip Erdogan hosted Russian and Ukrainian "
      + "delegations in Istanbul on May 16, 2025. The two sides agreed to exchange 1,000 prisoners each, "
      + "but Russia rejected a 30-day ceasefire.";

  @TempDir static Path storeDir;
  @TempDir static Path chromeProfile;
  private static StoryStore store;
  private static StorylineServer server;
  private static ChromeDriver driver;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Selenium warns that it has no DevTools binding for this Chromium; the test does not use DevTools. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    if (!browserInstalled()) {
      return; // each test reports itself skipped, with the reason
    }
    Pipeline pipeline = Pipelines.standard(SharedAnalyzer.get());
    try (StorylineEngine engine = new StorylineEngine(StoryStore.open(storeDir), pipeline, new Ingestor(), 2)) {
      engine.analyze(List.of(EXAMPLES), StorylineEngine.Listener.none());
    }
    store = StoryStore.open(storeDir);
    server = StorylineServer.start(ServerOptions.defaults().withPort(0), store,
        () -> new StorylineEngine(store, pipeline, new Ingestor(), 1));
    base = "http://localhost:" + server.port() + "/";

    // no Selenium Manager: the driver and browser are the system's, nothing is downloaded
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--lang=en-US", "--window-size=1440,1000",
        "--user-data-dir=" + chromeProfile.toAbsolutePath());
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
    driver.get(base);
    await("the page has loaded the story", () -> driver.findElements(By.cssSelector("body[data-ready]")).size() == 1);
  }

  @BeforeEach
  void requireBrowser() {
    assumeTrue(browserInstalled(), "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian/Ubuntu: apt-get install chromium chromium-driver; other paths: STORYLINE_CHROMIUM,"
        + " STORYLINE_CHROMEDRIVER)");
  }

  private static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  @Order(1)
  void showsTheSeedTimelineWithLegendAndUndatedEvents() throws Exception {
    JsonNode timeline = api("/api/timeline");
    List<String> dated = new ArrayList<>();
    timeline.get("events").forEach(e -> {
      if (e.get("dated").asBoolean()) {
        dated.add(e.get("id").asText());
      }
    });
    assertThat(dated).as("the seeds have dated events").isNotEmpty();

    driver.get(base);
    await("the page has loaded the story", () -> driver.findElements(By.cssSelector("body[data-ready]")).size() == 1);
    await("every dated event is on the timeline",
        () -> driver.findElements(By.cssSelector("#timeline .tl-event")).size() == dated.size());
    for (String id : dated) {
      assertThat(driver.findElements(By.cssSelector("#timeline .tl-event[data-id='" + id + "']"))).hasSize(1);
    }
    int undated = timeline.get("events").size() - dated.size();
    assertThat(driver.findElements(By.cssSelector("#undated .event-item"))).hasSize(undated);
    assertThat(text("#legend")).contains("occurred / ongoing", "refused / denied / cancelled", "a day", "inferred window");
    assertThat(text("#counts")).contains("5 articles");
    assertThat(driver.findElements(By.cssSelector("#network .nw-node"))).isNotEmpty();
    JsonNode contradictions = api("/api/contradictions");
    List<WebElement> cards = driver.findElements(By.cssSelector("#contradictions .contradiction"));
    assertThat(cards).hasSize(contradictions.get("total").asInt());
    for (int i = 0; i < cards.size(); i++) {
      int claims = contradictions.get("items").get(i).get("claims").size();
      int index = i;
      await("each claim of contradiction " + i + " with its marked sentence", () -> driver.findElements(
          By.cssSelector("#contradictions .contradiction")).get(index).findElements(By.cssSelector(".claim mark.cite")).size() >= claims);
      assertThat(cards.get(i).findElements(By.cssSelector(".claim"))).hasSize(claims);
    }
    screenshot("01-loaded");
    elementScreenshot("#network-section", "01-network");
    elementScreenshot("#contradictions-section", "01-contradictions");
  }

  @Test
  @Order(2)
  void clickingAnEventShowsItsStatusHistoryAndHighlightedSourceSentences() throws Exception {
    JsonNode timeline = api("/api/timeline");
    JsonNode best = null;
    for (JsonNode e : timeline.get("events")) {
      if (e.get("dated").asBoolean() && (best == null || e.get("citationCount").asInt() > best.get("citationCount").asInt())) {
        best = e;
      }
    }
    assertThat(best).isNotNull();
    String id = best.get("id").asText();
    JsonNode event = api("/api/events/" + id);

    driver.findElement(By.cssSelector("#timeline .tl-event[data-id='" + id + "']")).click();
    await("the event's details", () -> text("#detail-heading").equals(event.get("summary").asText()));
    await("a highlighted source sentence per citation",
        () -> driver.findElements(By.cssSelector("#detail .sources mark.cite")).size() >= event.get("citations").size());
    List<String> marked = driver.findElements(By.cssSelector("#detail .sources mark.cite")).stream()
        .map(WebElement::getText).map(WebPageTest::squash).toList();
    for (JsonNode c : event.get("citations")) {
      assertThat(marked).as("the cited sentence is highlighted").contains(squash(c.get("text").asText()));
    }
    assertThat(driver.findElements(By.cssSelector("#detail .history li"))).hasSize(event.get("statusHistory").size());
    assertThat(driver.findElement(By.cssSelector("#timeline .tl-event[data-id='" + id + "']")).getAttribute("class"))
        .contains("selected");
    screenshot("02-event");
    fullPageScreenshot("full-page");

    // the whole article, with the event's sentences marked in place
    driver.findElement(By.xpath("//section[@class='source']//button[contains(., 'Read the whole article')]")).click();
    await("the article text", () -> driver.findElements(By.cssSelector("#article-text mark.cite")).size() > 0);
    JsonNode first = event.get("citations").get(0);
    assertThat(text("#detail-heading")).isEqualTo(first.get("title").asText().isEmpty()
        ? first.get("label").asText() : first.get("title").asText());
    screenshot("03-article");
  }

  @Test
  @Order(3)
  void clickingAnActorShowsAliasesRolesAndEvents() throws Exception {
    JsonNode network = api("/api/network");
    JsonNode busiest = null;
    for (JsonNode n : network.get("nodes")) {
      if (busiest == null || n.get("eventCount").asInt() > busiest.get("eventCount").asInt()) {
        busiest = n;
      }
    }
    assertThat(busiest).isNotNull();
    String id = busiest.get("id").asText();
    JsonNode entity = api("/api/entities/" + id);
    driver.findElement(By.cssSelector("#network .nw-node[data-id='" + id + "']")).click();
    await("the actor's details", () -> text("#detail-heading").equals(entity.get("name").asText()));
    await("its events", () -> driver.findElements(By.cssSelector("#detail .event-item")).size() == entity.get("events").size());
    for (JsonNode alias : entity.get("aliases")) {
      assertThat(text("#detail .aliases")).contains(alias.asText());
    }
    assertThat(driver.findElements(By.cssSelector("#detail table.roles tbody tr"))).hasSize(entity.get("roles").size());
    screenshot("04-actor");

    // keyboard: an event of this actor opens with Enter
    WebElement item = driver.findElement(By.cssSelector("#detail .event-item"));
    String eventId = item.getAttribute("data-id");
    item.sendKeys(Keys.ENTER);
    JsonNode event = api("/api/events/" + eventId);
    await("the event opened from the keyboard", () -> text("#detail-heading").equals(event.get("summary").asText()));
  }

  @Test
  @Order(4)
  void filtersTheTimelineByStatus() {
    driver.findElement(By.xpath("//select[@id='filter-status']/option[.='refused']")).click();
    await("only refused events", () -> {
      List<WebElement> shown = driver.findElements(By.cssSelector("#timeline .tl-event, #undated .event-item"));
      return !shown.isEmpty() && text("#filter-message").contains("match");
    });
    for (WebElement e : driver.findElements(By.cssSelector("#timeline .tl-event"))) {
      assertThat(e.getAttribute("class")).contains("status-struck");
      assertThat(e.getAttribute("aria-label")).contains("Status: refused");
    }
    for (WebElement e : driver.findElements(By.cssSelector("#undated .event-item"))) {
      assertThat(e.getText()).contains("refused");
    }
    driver.findElement(By.cssSelector("#filters button[type='reset']")).click();
    await("all events again", () -> text("#filter-message").isEmpty());
  }

  @Test
  @Order(5)
  void searchShowsHighlightedSnippets() {
    WebElement box = driver.findElement(By.id("search-input"));
    box.clear();
    box.sendKeys("Istanbul", Keys.ENTER);
    await("search results", () -> text("#detail-heading").equals("Search: Istanbul")
        && !driver.findElements(By.cssSelector("#detail .hits mark.hl")).isEmpty());
    for (WebElement mark : driver.findElements(By.cssSelector("#detail .hits mark.hl"))) {
      assertThat(mark.getText()).containsIgnoringCase("istanbul");
    }
    screenshot("05-search");
  }

  @Test
  @Order(6)
  void anArticleAddedThroughTheFormAppearsWithoutReloading() throws Exception {
    Object marker = js("window.__sameDocument = 'yes'; return window.__sameDocument;");
    assertThat(marker).isEqualTo("yes");
    fillForm("Lavrov and Rubio meet in Riyadh", "2025-02-19", RIYADH);
    WebElement stored = awaitElement("the stored article in the result", UPLOAD_WAIT, "#add-result .outcome.stored");
    assertThat(stored.getText()).contains("Lavrov and Rubio meet in Riyadh");
    await("the counts updated", () -> text("#counts").contains("6 articles"));

    String articleId = null;
    for (JsonNode a : api("/api/articles").get("items")) {
      if (a.get("title").asText().equals("Lavrov and Rubio meet in Riyadh")) {
        articleId = a.get("id").asText();
      }
    }
    assertThat(articleId).isNotNull();
    List<String> newEvents = new ArrayList<>();
    for (JsonNode e : api("/api/timeline").get("events")) {
      for (JsonNode a : e.get("articles")) {
        if (a.asText().equals(articleId)) {
          newEvents.add(e.get("id").asText());
        }
      }
    }
    assertThat(newEvents).as("the new article reports events").isNotEmpty();
    for (String id : newEvents) {
      await("event " + id + " on the page", () -> !driver.findElements(
          By.cssSelector("#timeline .tl-event[data-id='" + id + "'], #undated .event-item[data-id='" + id + "']")).isEmpty());
    }
    assertThat(js("return window.__sameDocument;")).as("no reload").isEqualTo("yes");
    screenshot("06-added");

    // the same text again is recognised
    fillForm("Lavrov and Rubio meet in Riyadh", "2025-02-19", RIYADH);
    WebElement duplicate = awaitElement("the duplicate in the result", UPLOAD_WAIT, "#add-result .outcome.duplicate");
    assertThat(duplicate.getText()).contains("already stored");
  }

  @Test
  @Order(7)
  void uploadedFilesAreStoredOrSkippedWithTheirReason(@TempDir Path files) throws Exception {
    Path article = files.resolve("witkoff-moscow.txt");
    Files.writeString(article, "Witkoff travels to Moscow\n\n" + WITKOFF, StandardCharsets.UTF_8);
    Path empty = files.resolve("empty.txt");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    driver.findElement(By.cssSelector("#add-form input[name='mode'][value='file']")).click();
    assertThat(driver.findElement(By.id("add-text")).isDisplayed()).isFalse();
    driver.findElement(By.id("add-files")).sendKeys(article.toAbsolutePath() + "\n" + empty.toAbsolutePath());
    driver.findElement(By.id("add-submit")).click();
    WebElement stored = awaitElement("the stored file", UPLOAD_WAIT, "#add-result .outcome.stored");
    assertThat(stored.getText()).contains("Witkoff travels to Moscow");
    WebElement skipped = driver.findElement(By.cssSelector("#add-result .outcome.skipped"));
    assertThat(skipped.getText()).contains("empty.txt", "E102");
    await("the counts updated", () -> text("#counts").contains("7 articles"));
    screenshot("07-files");
    driver.findElement(By.cssSelector("#add-form input[name='mode'][value='paste']")).click();
  }

  @Test
  @Order(8)
  void anArticleStoredByAnotherClientShowsUpLive() throws Exception {
    int before = api("/api/status").get("articles").asInt();
    String body = JSON.writeValueAsString(Map.of(
        "title", "Erdogan hosts talks in Istanbul", "published", "2025-05-16", "text", ISTANBUL));
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base).resolve("/api/articles"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    String id = JSON.readTree(answer.body()).get("stored").get(0).get("id").asText();
    await("the page counts the new article", () -> text("#counts").contains((before + 1) + " articles"));
    List<String> reported = new ArrayList<>();
    for (JsonNode e : api("/api/timeline").get("events")) {
      for (JsonNode a : e.get("articles")) {
        if (a.asText().equals(id)) {
          reported.add(e.get("id").asText());
        }
      }
    }
    assertThat(reported).isNotEmpty();
    for (String event : reported) {
      await("event " + event + " on the page", () -> !driver.findElements(
          By.cssSelector("#timeline .tl-event[data-id='" + event + "'], #undated .event-item[data-id='" + event + "']")).isEmpty());
    }
  }

  @Test
  @Order(9)
  void markupInAnArticleIsShownAsText() throws Exception {
    String title = "Markup <b>test</b> <script>alert(3)</script>";
    String text = "Officials met in Geneva on Monday. <script>alert(1)</script> The statement ended with "
        + "\"><img src=x id=injected onerror=\"alert(2)\"> and nothing else. <b id=\"bold\">bold?</b>";
    fillForm(title, "", text);
    WebElement stored = awaitElement("the stored article", UPLOAD_WAIT, "#add-result .outcome.stored");
    assertThat(stored.getText()).contains(title);
    stored.findElement(By.cssSelector("button")).click();
    await("the article", () -> text("#detail-heading").equals(title));
    String shown = driver.findElement(By.id("article-text")).getText();
    assertThat(shown).contains("<script>alert(1)</script>", "<img src=x id=injected", "<b id=\"bold\">bold?</b>");

    driver.findElement(By.id("search-input")).clear();
    driver.findElement(By.id("search-input")).sendKeys("injected", Keys.ENTER);
    await("the search hit", () -> text("#detail .hits").contains("<img src=x id=injected"));

    assertNoAlert();
    assertThat(driver.findElements(By.id("injected"))).as("no injected image").isEmpty();
    assertThat(driver.findElements(By.id("bold"))).as("no injected markup").isEmpty();
    assertThat(js("return document.scripts.length;")).as("only the page's own script").isEqualTo(1L);
    screenshot("09-markup-as-text");
  }

  @Test
  @Order(10)
  void thePageKeepsToItsContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval");
    assertThat(page.body()).doesNotContainPattern("(?i)<script>|\\son[a-z]+=|\\sstyle=|https?://(?!www\\.w3\\.org)");
    assertThat(js("return document.querySelectorAll('[style]').length;")).as("no style attributes").isEqualTo(0L);
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(entry.getMessage());
      }
    }
    assertThat(problems).as("no script errors or CSP violations in the console").isEmpty();
    fullPageScreenshot("full-page-end");
  }

  @Test
  @Order(11)
  @SuppressWarnings("unchecked")
  void pageHelpersDescribeDatePrecisionAndMarkOverlappingRanges() {
    Object result = ((JavascriptExecutor) driver).executeAsyncScript(String.join("\n",
        "const done = arguments[arguments.length - 1];",
        "Promise.all([import('/format.js'), import('/dom.js'), import('/network.js')]).then(([f, d, n]) => {",
        "  const box = (text, ranges) => { const p = document.createElement('p'); p.appendChild(d.highlighted(text, ranges)); return p.innerHTML; };",
        "  const nodes = [{id: 'a', eventCount: 3}, {id: 'b', eventCount: 1}, {id: 'c', eventCount: 2}];",
        "  const edges = [{source: 'a', target: 'b', count: 2}, {source: 'c', target: 'a', count: 1}];",
        "  done({",
        "    day: f.precision({value: '2025-08-18', earliest: '2025-08-18', latest: '2025-08-18', granularity: 'day'}),",
        "    month: f.precision({value: '2024-04', earliest: '2024-04-01', latest: '2024-04-30', granularity: 'month'}),",
        "    window: f.precision({value: '2025-08', earliest: '2025-08-21', latest: '2025-09-20', granularity: 'day'}),",
        "    relative: f.precision({value: 'XXXX-12', earliest: null, latest: null, granularity: 'month'}),",
        "    undated: f.precision(null),",
        "    december: f.describeDate({value: 'XXXX-12', earliest: null, latest: null, granularity: 'month'}),",
        "    april: f.describeDate({value: '2024-04', earliest: '2024-04-01', latest: '2024-04-30', granularity: 'month'}),",
        "    overlap: box('abcdef', [{start: 0, end: 3, cls: 'x'}, {start: 2, end: 5, cls: 'y'}]),",
        "    clamped: box('abc', [{start: -4, end: 1}, {start: 2, end: 99}, {start: 2, end: 1}]),",
        "    markup: box('<b>x</b>', [{start: 0, end: 3}]),",
        "    sameLayout: JSON.stringify([...n.layout(nodes, edges)]) === JSON.stringify([...n.layout(nodes.slice().reverse(), edges)]),",
        "  });",
        "}, (e) => done({error: String(e)}));"));
    Map<String, Object> r = (Map<String, Object>) result;
    assertThat(r).doesNotContainKey("error");
    assertThat(r).containsEntry("day", "day").containsEntry("month", "month").containsEntry("window", "window")
        .containsEntry("relative", "relative").containsEntry("undated", "undated")
        .containsEntry("december", "December, year unknown").containsEntry("april", "Apr 2024 (month)");
    assertThat(r.get("overlap")).isEqualTo("<mark class=\"x\">ab</mark><mark class=\"x y\">c</mark><mark class=\"y\">de</mark>f");
    assertThat(r.get("clamped")).isEqualTo("<mark class=\"hl\">a</mark>b<mark class=\"hl\">c</mark>");
    assertThat(r.get("markup")).isEqualTo("<mark class=\"hl\">&lt;b&gt;</mark>x&lt;/b&gt;");
    assertThat(r.get("sameLayout")).as("the network layout does not depend on node order").isEqualTo(true);
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** A path from the environment (e.g. STORYLINE_CHROMIUM=/usr/bin/chromium-browser) or the Debian default. */
  private static Path configured(String variable, String fallback) {
    String value = System.getenv(variable);
    return Path.of(value == null || value.isBlank() ? fallback : value);
  }

  private static JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Types an article into the form and submits it. */
  private static void fillForm(String title, String published, String text) {
    for (String[] field : new String[][] {{"add-title", title}, {"add-published", published}, {"add-text", text}}) {
      WebElement input = driver.findElement(By.id(field[0]));
      input.clear();
      input.sendKeys(field[1]);
    }
    driver.findElement(By.id("add-submit")).click();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String text(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static void assertNoAlert() {
    try {
      String message = driver.switchTo().alert().getText();
      fail("an alert was shown: " + message);
    } catch (NoAlertPresentException expected) {
      // no alert: the markup did not run
    }
  }

  private static void await(String what, Supplier<Boolean> condition) {
    await(what, WAIT, condition);
  }

  private static void await(String what, Duration timeout, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (Boolean.TRUE.equals(condition.get())) {
          return;
        }
      } catch (StaleElementReferenceException e) {
        // the page re-rendered under us: look again
      }
      if (System.nanoTime() > deadline) {
        screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
        fail("timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting for " + what);
      }
    }
  }

  private static WebElement awaitElement(String what, Duration timeout, String css) {
    await(what, timeout, () -> !driver.findElements(By.cssSelector(css)).isEmpty());
    return driver.findElement(By.cssSelector(css));
  }

  private static void screenshot(String name) {
    try {
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | WebDriverException e) {
      // a missing screenshot must not hide the test's own result
      System.err.println("screenshot " + name + " failed: " + e);
    }
  }

  private static void elementScreenshot(String css, String name) {
    try {
      WebElement element = driver.findElement(By.cssSelector(css));
      js("arguments[0].scrollIntoView({block: 'start'});", element);
      Path shot = element.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | WebDriverException e) {
      System.err.println("screenshot " + name + " failed: " + e);
    }
  }

  private static void fullPageScreenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    Object height = js("return Math.ceil(document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(before.getWidth(), ((Number) height).intValue() + 120));
    js("window.scrollTo(0, 0);");
    screenshot(name);
    driver.manage().window().setSize(before);
  }
}
