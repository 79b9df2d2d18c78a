package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.analysis.ArticleFilter;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.geo.Names;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands over the demo corpus, with the real annotator, loaded once for the class:
 * the corpus is ingested without analysis, {@code analyze} catches up (the one model load), and
 * {@code demo} then finds everything stored and analysed. The facts checked are those the corpus
 * README and the seeds state; the code under test knows nothing of them.
 */
class DemoAnalysisTest {
  @TempDir static Path tmp;
  static Path data;
  static CliRun ingest;
  static CliRun analyze;
  static CliRun analyzeAfterUpgrade;
  static CliRun ingestAfterUpgrade;
  static CliRun demo;

  @BeforeAll
  static void ingestAnalyseAndRunTheDemo() throws IOException {
    data = tmp.resolve("data");
    Path corpus = data.resolve("demo-corpus");
    DemoCommand.copyCorpus(corpus);
    ingest = run("ingest", "--quiet", "--no-analyze", corpus.toString());
    analyze = run("analyze", "--quiet");
    madeByAnOlderCrosscheck(2);
    analyzeAfterUpgrade = run("analyze", "--quiet");
    madeByAnOlderCrosscheck(3);
    ingestAfterUpgrade = run("ingest", "--quiet", corpus.toString());
    demo = run("demo");
  }

  /**
   * Stamps the first {@code n} stored analyses as an older Crosscheck's (one with no fingerprint,
   * as stored before analyses recorded one), as if Crosscheck had been upgraded since.
   */
  private static void madeByAnOlderCrosscheck(int n) throws IOException {
    try (AnalysisStore analyses = LuceneAnalysisStore.open(data, UnaryOperator.identity())) {
      List<String> ids = analyses.articleIds(new ArticleFilter(null, null, null, null)).subList(0, n);
      for (int i = 0; i < n; i++) {
        ArticleAnalysis a = analyses.get(ids.get(i)).orElseThrow();
        analyses.put(a.madeBy(i == 0 ? null : "0.0.1+00000000000000aa"));
      }
      analyses.commit();
    }
  }

  private static CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", data.toString()));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  private static JsonNode json(String... args) throws IOException {
    return Json.mapper().readTree(run(args).out());
  }

  private static boolean folds(String name, String wanted) {
    return Names.fold(name).equals(Names.fold(wanted));
  }

  @Test
  void analyzeCatchesUpOnAStoreLoadedWithoutAnalysisAndTheDemoFindsItAllDone() throws IOException {
    assertThat(ingest.out()).doesNotContain("Analysed");
    assertThat(analyze.out()).containsPattern("Checked \\d+ stored article\\(s\\) in [0-9.]+ s: [1-9]\\d* analysed, 0 already up to date")
        // The corpus's page in Ukrainian is declined, which is no failure, and the summary says so.
        .containsPattern("already up to date, 1 not analysed: Ukrainian \\(the analysis reads English\\)\\R")
        .containsPattern("(?m)^  not analysed .+\\.\\w+ \\([0-9a-f]{16}\\): written in Ukrainian \\(uk\\)")
        .doesNotContain("failed");
    assertThat(demo.out()).contains("Analysed 0 article(s)", "Top entities", "Places on the map", "Timeline of control claims");
    JsonNode again = json("analyze", "--json");
    assertThat(again.get("analysed").asInt()).isZero();
    assertThat(again.get("upToDate").asInt()).isEqualTo(again.get("checked").asInt()).isPositive();
    assertThat(again.get("olderAnalyser").asInt()).isZero();
  }

  @Test
  void analysesMadeByAnOlderCrosscheckAreAnalysedAgainByAnalyzeAndTheDemoAndIngestSaysHowToRefreshThem() {
    assertThat(analyzeAfterUpgrade.out())
        .containsPattern("Checked (\\d+) stored article\\(s\\) in [0-9.]+ s: 2 analysed, \\d+ already up to date\\R")
        .contains("  2 had been analysed by an older Crosscheck (other rules, vocabulary or gazetteer)");
    assertThat(ingestAfterUpgrade.out())
        .contains("Analysed 0 article(s)")
        .contains("3 stored analyses were made by an older Crosscheck (other rules, vocabulary or gazetteer) and out of date;"
            + " refresh them: crosscheck analyze --data " + data);
    assertThat(demo.out()).contains("Refreshed 3 analyses made by an older Crosscheck (other rules, vocabulary or gazetteer)")
        .doesNotContain("no up-to-date analysis");
  }

  @Test
  void storiesAreListedWithTheNamesAndPlacesTheAnalysisFound() throws IOException {
    String stories = run("stories", "--busiest", "--limit", "3").out();
    assertThat(stories).containsPattern("(?m)^\\s+places: Kupiansk,").containsPattern("(?m)^\\s+names: .*Viktor Trehubov");
    String busiest = json("stories", "--busiest", "--limit", "1", "--json").get("stories").get(0).get("id").asText();
    assertThat(run("story", busiest).out()).containsPattern("(?m)^places: +Kupiansk,");
  }

  @Test
  void theDemoWritesTheNamesOfAStoryNoAnalysisReadAsItsReportWritesThem() {
    // The Ukrainian report is stored but not analysed: its story's names come from its words.
    assertThat(demo.out()).containsPattern("(?m)^\\s+names: \\p{Lu}\\S*[\\p{IsCyrillic}]")
        .doesNotContainPattern("(?m)^\\s+names: \\p{Ll}").doesNotContainPattern("(?m)^\\s+names:.*, \\p{Ll}");
  }

  @Test
  void aListingCutShortByItsLimitSaysThereAreMore() throws IOException {
    assertThat(run("claims", "--limit", "2").out()).startsWith("2 claim(s), the first only: there are more (raise --limit)");
    assertThat(json("claims", "--limit", "2", "--json")).hasSize(2);
    int all = json("claims", "--limit", "100000", "--json").size();
    assertThat(run("claims", "--limit", String.valueOf(all)).out()).startsWith(all + " claim(s)\n");
    assertThat(run("quotes", "--limit", "1").out()).startsWith("1 quote(s), the first only");
    assertThat(run("entities", "--limit", "1").out()).startsWith("1 entity, the first only");
    assertThat(run("places", "--limit", "1").out()).startsWith("1 place(s), the first only");
    assertThat(run("citations", "--limit", "1").out()).startsWith("1 citation(s), the first only");
  }

  @Test
  void showWordsAnArticlesClaimsAsTheClaimsListingDoesWithTheirSentence() throws IOException {
    JsonNode control = json("claims", "--place", "Kupiansk", "--type", "control", "--json").get(0).get("claim");
    String shown = run("show", control.get("articleId").asText()).out();
    String side = control.path("actor").path("side").asText("?");
    assertThat(shown).containsPattern("(?m)^claim: +\\S+ CONTROL " + control.get("polarity").asText() + " "
        + java.util.regex.Pattern.quote(side) + " (holds|loses) " + java.util.regex.Pattern.quote(control.get("place").get("name").asText())
        + ".* - by .+\n +\"\\S");
    assertThat(shown).doesNotContainPattern("(?m)^claim: .*(, \\?|NONE)");
  }

  @Test
  void aPlaceNobodyReportedIsSaidToBeUnknownWithCloseNamesAndFails() {
    CliRun timeline = CliRun.of("timeline", "Kupyanks", "--data", data.toString());
    assertThat(timeline.exitCode()).isEqualTo(1);
    assertThat(timeline.out()).isEmpty();
    assertThat(timeline.err()).contains("no analysed report names a place called Kupyanks").containsPattern("did you mean .*Kupiansk");
    CliRun claims = CliRun.of("claims", "--place", "Atlantis Nowhere", "--data", data.toString());
    assertThat(claims.exitCode()).isEqualTo(1);
    assertThat(claims.err()).contains("no analysed report names a place called Atlantis Nowhere").doesNotContain("Exception");
  }

  @Test
  void zelenskyIsOneEntityUnderEverySpelling() throws IOException {
    JsonNode bySurname = json("entity", "Zelensky", "--json");
    JsonNode byOtherSpelling = json("entity", "Zelenskyy", "--json");
    JsonNode entity = bySurname.get("entity");
    assertThat(byOtherSpelling.get("entity").get("id").asText()).isEqualTo(entity.get("id").asText());
    assertThat(entity.get("type").asText()).isEqualTo("PERSON");
    Set<String> spellings = new HashSet<>();
    spellings.add(entity.get("name").asText());
    entity.get("aliases").forEach(a -> spellings.add(a.asText()));
    assertThat(spellings).anyMatch(s -> s.endsWith("Zelensky")).anyMatch(s -> s.endsWith("Zelenskyy"));
    assertThat(entity.get("articles").asInt()).isGreaterThan(1);
    // Listed once among the people.
    JsonNode people = json("entities", "--type", "person", "--limit", "1000", "--json");
    long zelenskys = 0;
    for (JsonNode p : people) if (Names.fold(p.get("name").asText()).endsWith("zelenski")) zelenskys++;
    assertThat(zelenskys).isOne();
  }

  @Test
  void kupyanskResolvesToOnePlaceWithCoordinatesAndMapsAsGeoJson() throws IOException {
    JsonNode places = json("places", "--limit", "1000", "--json");
    List<JsonNode> kupiansk = new ArrayList<>();
    for (JsonNode p : places) if (folds(p.get("name").asText(), "Kupyansk")) kupiansk.add(p);
    assertThat(kupiansk).hasSize(1);
    JsonNode town = kupiansk.get(0);
    assertThat(town.get("lat").asDouble()).isBetween(49.5, 49.9);
    assertThat(town.get("lon").asDouble()).isBetween(37.4, 37.8);
    assertThat(town.get("country").asText()).isEqualTo("UA");

    JsonNode map = json("places", "--geojson", "--limit", "1000");
    assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(map.get("features")).hasSize(places.size());

    JsonNode hits = json("search", "--place", "Kupyansk", "--limit", "100", "--json");
    assertThat(hits.get("total").asInt()).isEqualTo(town.get("articles").asInt());
    String seed = null;
    for (JsonNode h : hits.get("hits")) if (h.get("url") != null && h.get("url").asText().contains("foxnews")) seed = h.get("id").asText();
    assertThat(seed).as("the Fox News seed names Kupyansk").isNotNull();
    JsonNode articleMap = json("show", seed, "--geojson");
    assertThat(articleMap.get("features").findValuesAsText("name")).anyMatch(n -> folds(n, "Kupiansk"));
  }

  @Test
  void trehubovsQuotesAreGatheredUnderOneEntityAcrossTheSeedsAndTheDemoReports() throws IOException {
    JsonNode quotes = json("quotes", "--speaker", "Trehubov", "--limit", "1000", "--json");
    Set<String> speakers = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (JsonNode q : quotes) {
      speakers.add(q.get("quote").get("speakerId").asText());
      outlets.add(q.get("article").path("outlet").asText());
    }
    assertThat(speakers).hasSize(1);
    assertThat(outlets).as("the Fox News seed and invented outlets").contains("Fox News").hasSizeGreaterThanOrEqualTo(3);
    JsonNode profile = json("entity", "Viktor Trehubov", "--json");
    assertThat(profile.get("entity").get("id").asText()).isEqualTo(speakers.iterator().next());
    assertThat(profile.get("quotes")).hasSize(quotes.size());
  }

  @Test
  void theKyivPostIsFoundAsACitedOutlet() throws IOException {
    JsonNode cited = json("citations", "--outlet", "Kyiv Post", "--json");
    assertThat(cited).isNotEmpty();
    for (JsonNode c : cited) {
      assertThat(c.get("citation").get("kind").asText()).isEqualTo("OUTLET");
      assertThat(folds(c.get("citation").get("target").asText(), "Kyiv Post")).isTrue();
    }
    assertThat(cited.findValuesAsText("outlet")).contains("Fox News");
    assertThat(json("citations", "--outlet", "No Such Gazette", "--json")).isEmpty();
  }

  @Test
  void claimsExportAsGeoJsonPointsAtTheirPlaces() throws IOException {
    JsonNode collection = json("export", "claims");
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    List<JsonNode> atKupiansk = new ArrayList<>();
    collection.get("features").forEach(f -> {
      if (folds(f.get("properties").get("place").asText(), "Kupiansk")) atKupiansk.add(f);
    });
    assertThat(atKupiansk).isNotEmpty().allSatisfy(f -> {
      JsonNode lonLat = f.get("geometry").get("coordinates");
      assertThat(lonLat.get(0).asDouble()).isBetween(37.0, 38.2);
      assertThat(lonLat.get(1).asDouble()).isBetween(49.4, 50.0);
      assertThat(f.get("properties").get("status").asText()).isNotBlank();
    });
  }

  @Test
  void claimsAreFilteredByTheirOwnPolarityApartFromTheirKeysStatus() throws IOException {
    int all = json("claims", "--limit", "100000", "--json").size();
    int split = 0;
    for (String polarity : List.of("asserted", "denied", "conceded")) {
      JsonNode some = json("claims", "--polarity", polarity, "--limit", "100000", "--json");
      assertThat(some).allSatisfy(c -> assertThat(c.get("claim").get("polarity").asText()).isEqualToIgnoringCase(polarity));
      split += some.size();
    }
    assertThat(split).as("every claim has one polarity").isEqualTo(all);
    // The status stays the key's, worked out over every claim on it, whatever the filter keeps.
    Map<String, String> statusOf = new HashMap<>();
    for (JsonNode c : json("claims", "--place", "Kupiansk", "--limit", "100000", "--json")) {
      statusOf.put(c.get("claim").get("id").asText(), c.get("status").asText());
    }
    JsonNode denials = json("claims", "--place", "Kupiansk", "--polarity", "DENIED", "--limit", "100000", "--json");
    assertThat(denials).isNotEmpty().allSatisfy(c ->
        assertThat(c.get("status").asText()).isEqualTo(statusOf.get(c.get("claim").get("id").asText())));
    assertThat(denials).anySatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("CONTESTED"));
    assertThat(CliRun.of("help", "claims").out()).contains("--polarity", "whose key").containsPattern("use --polarity\\s+conceded");
  }

  @Test
  void claimsAreListedByPlaceAndTheKupyanskTimelineIsContested() throws IOException {
    JsonNode claims = json("claims", "--place", "Kupiansk", "--limit", "1000", "--json");
    assertThat(claims).isNotEmpty();
    for (JsonNode c : claims) assertThat(folds(c.get("claim").get("place").get("name").asText(), "Kupyansk")).isTrue();
    JsonNode control = json("claims", "--place", "Kupiansk", "--type", "control", "--status", "contested", "--json");
    assertThat(control).isNotEmpty().allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("CONTESTED"));

    JsonNode timeline = json("timeline", "Kupyansk", "--json").get("entries");
    boolean russianAssertion = false;
    boolean ukrainianDenial = false;
    boolean contested = false;
    for (JsonNode e : timeline) {
      JsonNode claim = e.get("claim");
      String claimantSide = claim.path("claimant").path("side").asText();
      russianAssertion |= claim.get("polarity").asText().equals("ASSERTED") && claimantSide.equals("Russia");
      ukrainianDenial |= claim.get("polarity").asText().equals("DENIED") && claimantSide.equals("Ukraine");
      contested |= e.get("status").asText().equals("CONTESTED");
      assertThat(e.get("independentSources").asInt()).isNotNegative();
    }
    assertThat(russianAssertion).as("a Russian assertion").isTrue();
    assertThat(ukrainianDenial).as("a Ukrainian denial").isTrue();
    assertThat(contested).as("a contested question").isTrue();
    // The same stored claims give the same timeline, and the text form names both sides.
    assertThat(json("timeline", "Kupiansk", "--json").get("entries")).isEqualTo(timeline);
    assertThat(run("timeline", "Kupyansk").out()).contains("ASSERTED", "DENIED", "CONTESTED", "says not");

    // Periods account for every entry once, a reprinted claim as a copy of its first report.
    JsonNode periods = json("timeline", "Kupyansk", "--json").get("periods");
    java.util.List<String> grouped = new java.util.ArrayList<>();
    for (JsonNode p : periods) {
      assertThat(p.get("status").asText()).isNotBlank();
      for (JsonNode c : p.get("claims")) {
        grouped.add(c.get("id").asText());
        c.get("copies").forEach(copy -> grouped.add(copy.asText()));
      }
    }
    java.util.List<String> ids = new java.util.ArrayList<>();
    timeline.forEach(e -> ids.add(e.get("claim").get("id").asText()));
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(ids);
  }
}
