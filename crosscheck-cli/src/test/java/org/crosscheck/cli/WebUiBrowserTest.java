package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium over the ingested demo corpus: each page type, search, links,
 * map markers, and a story arriving live while the home page is open. Screenshots go to
 * {@code target/screenshots}. Skipped, saying why, only when Chromium cannot be started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dataDir;
  @TempDir static Path profile;
  StoredFacts facts;
  ServeCommand.Running server;
  WebDriver browser;
  WebDriverWait wait;
  String base;

  @BeforeAll
  void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    CliRun demo = CliRun.of("demo", "--no-serve", "--data", dataDir.toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    var outlets = Wiring.outletNames(dataDir);
    facts = new StoredFacts(dataDir, outlets);
    server = ServeCommand.start(dataDir, new WebConfig("127.0.0.1", 0, Duration.ofMillis(500), null), facts, facts, outlets);
    base = server.app().url();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    try {
      browser = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      Assumptions.abort("Chromium could not be started: " + e.getMessage().lines().findFirst().orElse(""));
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) browser.quit();
    if (server != null) server.close();
    if (facts != null) facts.close();
  }

  void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  List<String> markers(String mapId) {
    wait.until(ExpectedConditions.attributeToBe(By.id(mapId), "data-ready", "true"));
    wait.until(d -> !d.findElements(By.cssSelector("#" + mapId + " path.leaflet-interactive, #" + mapId + " svg path")).isEmpty());
    return browser.findElements(By.cssSelector("#" + mapId + " .place-marker")).stream().map(e -> e.getDomAttribute("title")).toList();
  }

  @Test
  void homeStoryPlaceSearchArticleAndEntityPages() throws Exception {
    browser.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#busiest-stories li.story a")));
    assertThat(browser.getTitle()).contains("Crosscheck");
    screenshot("1-home");

    WebElement kupyansk = browser.findElements(By.cssSelector("#busiest-stories li.story a")).stream()
        .filter(a -> a.getText().matches("(?is).*kup[yi]a?nsk.*")).findFirst().orElseThrow();
    kupyansk.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.story-label")));
    assertThat(browser.findElements(By.cssSelector(".report-col"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector(".report-col .shared"))).isNotEmpty();
    assertThat(markers("story-map")).anyMatch(t -> t.matches("Kup[yi]a?nsk"));
    assertThat(browser.findElements(By.cssSelector("table.claims tr.claim-row"))).isNotEmpty();
    screenshot("2-story-kupyansk");

    browser.findElements(By.cssSelector("ul.chips a")).stream().filter(a -> a.getText().matches("Kup[yi]a?nsk")).findFirst().orElseThrow().click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.timeline li")));
    assertThat(markers("place-map")).anyMatch(t -> t.matches("Kup[yi]a?nsk"));
    assertThat(browser.findElements(By.cssSelector("ol.timeline li a"))).hasSizeGreaterThanOrEqualTo(2);
    List<WebElement> claimRows = browser.findElements(By.cssSelector("table.claim-timeline tr.claim-row"));
    assertThat(claimRows).as("the claim timeline of Kupiansk").isNotEmpty();
    assertThat(claimRows).allSatisfy(row -> {
      assertThat(row.findElement(By.cssSelector("td[class^=polarity-]")).getText()).isIn("asserts", "denies", "concedes");
      assertThat(row.findElement(By.cssSelector("td.status")).getText()).isNotBlank();
    });
    screenshot("3-place-kupiansk");

    WebElement box = browser.findElement(By.cssSelector("header form.search input[name=q]"));
    box.sendKeys("Oskil");
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits li.hit")));
    long total = Long.parseLong(browser.findElement(By.id("total")).getText().replaceAll("\\D.*", ""));
    assertThat(total).isPositive();
    WebElement facet = browser.findElement(By.cssSelector(".facet a"));
    String facetValue = facet.getText();
    facet.click();
    wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("source="), ExpectedConditions.urlContains("lang="),
        ExpectedConditions.urlContains("%3A")));
    assertThat(browser.findElements(By.cssSelector("#hits li.hit"))).isNotEmpty();
    assertThat(browser.getCurrentUrl()).contains(org.crosscheck.web.ui.Html.url(facetValue));
    screenshot("4-search-facet");

    browser.findElement(By.cssSelector("#hits li.hit a.title")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.report .body p")));
    screenshot("5-article");

    browser.get(base + "entities/Trehubov");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.timeline li")));
    assertThat(browser.findElements(By.cssSelector("ol.timeline li a"))).isNotEmpty();
    screenshot("6-entity-trehubov");
  }

  @Test
  void storyIngestedBesideTheServerAppearsWithoutReload() throws Exception {
    browser.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("latest-stories")));
    Thread.sleep(1000);
    Path report = dataDir.resolve("late").resolve("lighthouse.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, """
        ---
        title: "Lighthouse keepers return to Vardo after a decade"
        date: 2026-01-05T08:00:00Z
        link: "https://arctic-gazette.example/2026/01/05/lighthouse-vardo"
        source: "Arctic Gazette"
        ---
        <p>Two lighthouse keepers moved back to the island of Vardo on Monday, ten years after the light was automated.</p>
        <p>The harbour authority said the keepers would maintain the station through the polar night.</p>
        """);
    CliRun ingest = CliRun.of("ingest", report.toString(), "--quiet", "--data", dataDir.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-stories"), "Lighthouse keepers return"));
    // The article and story indexes commit separately, so the badge may lag the story by a poll.
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "1 new report"));
    screenshot("7-home-live");
  }
}
