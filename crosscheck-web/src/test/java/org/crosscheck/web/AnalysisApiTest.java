package org.crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.json.Json;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The routes over stored analyses: entities, places, quotes, citations, claims, GeoJSON, timelines, and their pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisApiTest {
  @TempDir static Path dataDir;
  Fixture fixture;
  Store store;
  LuceneStoryStore stories;
  AnalysisStore analyses;
  WebApp app;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    fixture = new Fixture(dataDir);
    AnalysisFixture.write(dataDir, fixture);
    store = LuceneStore.openReadOnly(dataDir);
    stories = LuceneStoryStore.openReadOnly(dataDir);
    analyses = LuceneAnalysisStore.openReadOnly(dataDir, UnaryOperator.identity());
    Analyses source = new Analyses() {
      @Override
      public Optional<AnalysisStore> store() {
        return Optional.of(analyses);
      }

      @Override
      public boolean refresh() throws java.io.IOException {
        return analyses.refresh();
      }
    };
    app = WebApp.create(new WebConfig("127.0.0.1", 0, Duration.ofMillis(200), null),
        new DataView(store, stories, ArticleFacts.NONE, source)).start();
  }

  @AfterAll
  void stop() throws Exception {
    app.close();
    analyses.close();
    store.close();
    stories.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(String path, int status, String contentType) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith(contentType);
    return Json.mapper().readTree(r.body());
  }

  JsonNode json(String path, int status) throws Exception {
    return json(path, status, "application/json");
  }

  void badRequest(String path, String detailPart) throws Exception {
    JsonNode body = json(path, 400);
    assertThat(body.get("error").asText()).isEqualTo("bad_request");
    assertThat(body.get("detail").asText()).contains(detailPart);
  }

  @Test
  void entitiesByTypeAndById() throws Exception {
    JsonNode people = json("/api/entities?type=person", 200);
    assertThat(people.get("entities")).hasSize(1);
    assertThat(people.at("/entities/0/id").asText()).isEqualTo(AnalysisFixture.SPEAKER_ID);
    assertThat(people.at("/entities/0/articles").asInt()).isEqualTo(2);
    assertThat(json("/api/entities?offset=1&limit=5", 200).get("entities")).hasSize(1);
    JsonNode place = json("/api/entities/Kupyansk", 200);
    assertThat(place.at("/entity/id").asText()).isEqualTo(AnalysisFixture.KUPIANSK);
    assertThat(place.get("claims")).hasSize(2);
    assertThat(json("/api/entities/" + AnalysisFixture.SPEAKER_ID, 200).get("quotes")).hasSize(2);
    assertThat(json("/api/entities/nobody-at-all", 404).get("error").asText()).isEqualTo("not_found");
    badRequest("/api/entities?type=alien", "type must be one of");
    badRequest("/api/entities?limit=0", "limit");
  }

  @Test
  void placesAndTheirGeoJson() throws Exception {
    JsonNode places = json("/api/places?country=ua", 200);
    assertThat(places.at("/places/0/name").asText()).isEqualTo("Kupiansk");
    assertThat(json("/api/places?country=NO", 200).get("places")).isEmpty();
    badRequest("/api/places?country=Ukraine", "country");
    JsonNode geo = json("/api/export/places.geojson", 200, "application/geo+json");
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(37.6156);
    assertThat(geo.at("/features/0/geometry/coordinates/1").asDouble()).isEqualTo(49.7106);
  }

  @Test
  void quotesAndCitations() throws Exception {
    JsonNode quotes = json("/api/quotes?speaker=" + AnalysisFixture.SPEAKER_ID, 200);
    assertThat(quotes.get("quotes")).hasSize(2);
    assertThat(quotes.at("/quotes/0/quote/text").asText()).isEqualTo("The town is <held> by our forces");
    assertThat(json("/api/quotes?speaker=nobody-at-all", 404).get("error").asText()).isEqualTo("not_found");
    badRequest("/api/quotes?limit=500", "limit");
    JsonNode citations = json("/api/citations?outlet=Wire%20Agency", 200);
    assertThat(citations.get("citations")).hasSize(2);
    assertThat(json("/api/citations?outlet=Nobody%20Press", 200).get("citations")).isEmpty();
  }

  @Test
  void claimsFilteredWithStatusAndGeoJson() throws Exception {
    JsonNode claims = json("/api/claims?place=Kupyansk&type=control", 200);
    assertThat(claims.get("claims")).hasSize(2);
    assertThat(claims.at("/claims/0/status").asText()).isNotEmpty();
    assertThat(claims.at("/claims/0/independentSources").isInt()).isTrue();
    assertThat(json("/api/claims?type=attack", 200).get("claims")).isEmpty();
    assertThat(json("/api/claims?from=2025-12-26", 200).get("claims")).isEmpty();
    assertThat(json("/api/claims?to=2025-12-25", 200).get("claims")).hasSize(2);
    String status = claims.at("/claims/0/status").asText();
    assertThat(json("/api/claims?status=" + status.toLowerCase().replace('_', '-'), 200).get("claims")).hasSize(2);
    badRequest("/api/claims?type=rumour", "type must be one of");
    badRequest("/api/claims?status=maybe", "status must be one of");
    // Polarity is the claim's own stance; the status stays its key's, computed over both claims.
    JsonNode denials = json("/api/claims?polarity=denied", 200).get("claims");
    assertThat(denials).hasSize(1);
    assertThat(denials.at("/0/claim/polarity").asText()).isEqualTo("DENIED");
    assertThat(denials.at("/0/status").asText()).isEqualTo(status);
    assertThat(json("/api/claims?polarity=conceded", 200).get("claims")).isEmpty();
    assertThat(json("/api/export/claims.geojson?polarity=asserted", 200, "application/geo+json").get("features")).hasSize(1);
    badRequest("/api/claims?polarity=maybe", "polarity must be one of");
    badRequest("/api/claims?from=yesterday", "from is not a day");
    badRequest("/api/claims?from=2025-12-26&to=2025-12-01", "from must not be after to");
    JsonNode geo = json("/api/export/claims.geojson?place=Kupiansk", 200, "application/geo+json");
    assertThat(geo.get("features")).hasSize(2);
    assertThat(geo.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(37.6156);
    assertThat(geo.at("/features/0/properties/status").asText()).isEqualTo(status);
  }

  @Test
  void searchFiltersAndFacetsByEntityPlaceAndClaims() throws Exception {
    JsonNode all = json("/api/search", 200);
    assertThat(all.get("total").asInt()).isEqualTo(3);
    assertThat(all.at("/facets/claimType/0/value").asText()).isEqualTo("control");
    assertThat(all.at("/facets/claimType/0/count").asInt()).isEqualTo(2);
    assertThat(all.at("/facets/claimStatus")).isNotEmpty();
    JsonNode byPlace = json("/api/search?place=Kupyansk", 200);
    assertThat(byPlace.get("total").asInt()).isEqualTo(2);
    assertThat(byPlace.findValuesAsText("id")).doesNotContain(fixture.other.id());
    assertThat(json("/api/search?entity=" + AnalysisFixture.SPEAKER_ID + "&source=Kyiv%20Herald", 200).get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/search?entity=nobody-at-all", 200).get("total").asInt()).isZero();
    HttpResponse<String> page = get("/search?place=Kupiansk");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<p class=\"lead\" id=\"total\">2 matches").contains("data-facet=\"claimStatus\"")
        .contains("name=\"place\" value=\"Kupiansk\"");
  }

  @Test
  void timelineOfAPlaceBySpelling() throws Exception {
    JsonNode t = json("/api/timeline/Kupyansk", 200);
    assertThat(t.get("entries")).hasSize(2);
    assertThat(t.findValuesAsText("polarity")).containsExactlyInAnyOrder("ASSERTED", "DENIED");
    assertThat(t.at("/entries/0/entry/status").asText()).isNotEmpty();
    assertThat(t.at("/entries/0/independentSources").isInt()).isTrue();
    assertThat(json("/api/timeline/Atlantis", 404).get("error").asText()).isEqualTo("not_found");
    assertThat(json("/api/timeline/Kupianks", 404).get("detail").asText()).contains("did you mean Kupiansk");
  }

  @Test
  void browsePagesListClaimsPlacesNamesAndStoriesWithTheApisFilters() throws Exception {
    String claims = page("/claims?place=Kupyansk&type=control");
    assertThat(claims.split("class=\"claim-row\"", -1)).hasSize(3);
    assertThat(claims).contains("2 claims").contains("&lt;Kupiansk&gt;").contains("<option selected>control</option>");
    String denials = page("/claims?polarity=denied");
    assertThat(denials.split("class=\"claim-row\"", -1)).hasSize(2);
    assertThat(denials).contains("<option selected>denied</option>");
    assertThat(page("/claims?status=contested&claimant=Russian").split("class=\"claim-row\"", -1))
        .hasSize(1 + (int) json("/api/claims?status=contested&claimant=Russian", 200).get("claims").size());
    HttpResponse<String> bad = get("/claims?type=rumour");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("type must be one of");

    String places = page("/places");
    assertThat(places).contains("id=\"places-map\"").contains("href=\"/places/Kupiansk\"").contains("Kupyansk");
    String names = page("/entities");
    assertThat(names).contains("Oleh &lt;b&gt;Hostile&lt;/b&gt;").doesNotContain("Oleh <b>Hostile</b>").contains("spokesman");
    assertThat(page("/entities?type=location")).contains("href=\"/entities/Kupiansk\"").doesNotContain("spokesman");

    String stories = page("/stories?place=Kupiansk");
    assertThat(stories).contains("href=\"/stories/s-kupiansk\"").contains("value=\"Kupiansk\"");
    assertThat(page("/stories?place=Atlantis")).contains("No story matches.");
    assertThat(page("/")).contains("<a href=\"/claims\">Claims</a>");
  }

  @Test
  void pagesShowTimelineClaimsAndQuotesEscaped() throws Exception {
    String place = page("/places/Kupyansk");
    assertThat(place).contains("Claims about it over time").contains("class=\"claim-timeline\"");
    assertThat(place.split("class=\"claim-row\"", -1)).hasSize(3);
    assertThat(place).contains("<tr class=\"period\">").contains("class=\"status status-contested\">contested</span>");
    assertThat(place).contains(">asserts<").contains(">denies<").contains("Ukrainian officials").contains("Russian officials");
    assertThat(place).contains("&lt;Kupiansk&gt;").doesNotContain("<Kupiansk>");
    assertThat(page("/places/Atlantis")).contains("No claims about it yet.")
        // No coordinates: the page says why and what would place it, not just that there is no map.
        .contains("No gazetteer entry places “Atlantis”").contains("crosscheck gazetteer import XX.zip").doesNotContain("class=\"map\"");
    assertThat(page("/places/Kupiansc")).contains("id=\"unknown-place\">no analysed report names a place called Kupiansc.")
        .contains("Did you mean <a href=\"/places/Kupiansk\">Kupiansk</a>");
    assertThat(place).doesNotContain("unknown-place");
    // The API names places by id; the page for an id is the page for the place's name, map included.
    HttpResponse<String> byId = get("/places/" + AnalysisFixture.KUPIANSK);
    assertThat(byId.statusCode()).isEqualTo(302);
    assertThat(byId.headers().firstValue("location")).hasValue("/places/Kupiansk");
    assertThat(place).contains("<span class=\"when\">2025-12-25</span>").contains("<div class=\"why\"><b>Why:</b>");

    JsonNode storyJson = json("/api/stories/s-kupiansk", 200);
    assertThat(storyJson.get("names")).extracting(JsonNode::asText).contains(AnalysisFixture.SPEAKER);
    assertThat(storyJson.get("places")).extracting(JsonNode::asText).contains("Kupiansk");
    assertThat(storyJson.get("articles")).isNotEmpty();
    // The list shows the same readable names, not only the clusterer's folded keys.
    JsonNode listed = json("/api/stories", 200).at("/stories/0");
    assertThat(listed.get("names")).extracting(JsonNode::asText).contains(AnalysisFixture.SPEAKER);
    assertThat(listed.get("places")).extracting(JsonNode::asText).contains("Kupiansk");

    String story = page("/stories/s-kupiansk");
    assertThat(story).contains("Claims and how they cross-check");
    assertThat(story.split("class=\"claim-row\"", -1)).hasSize(3);

    String entity = page("/entities/" + AnalysisFixture.SPEAKER_ID);
    assertThat(entity).contains("Quotes over time").contains("The town is &lt;held&gt; by our forces").doesNotContain("<held>");
    assertThat(entity).contains("Person · spokesman · named in 2 reports");
    String town = page("/entities/Kupiansk");
    assertThat(town.split("class=\"claim-row\"", -1)).hasSize(3);
  }

  @Test
  void aNameWithASpaceLinksToItsOwnPage() throws Exception {
    String names = page("/entities");
    assertThat(names).contains("href=\"/entities/Oleh%20%3Cb%3EHostile%3C%2Fb%3E\"");
    assertThat(page("/entities/Oleh%20%3Cb%3EHostile%3C%2Fb%3E")).contains("<h1>Oleh &lt;b&gt;Hostile&lt;/b&gt;</h1>");
  }

  @Test
  void pagingLinksKeepTheOutletsAndThePageSize() throws Exception {
    String stories = page("/stories?source=Kyiv%20Herald&limit=1&offset=1");
    assertThat(stories).contains("rel=\"prev\" href=\"/stories?limit=1&amp;offset=0&amp;source=Kyiv+Herald\"")
        .contains("<input type=\"hidden\" name=\"source\" value=\"Kyiv Herald\">");
    assertThat(page("/search?q=Kupiansk&limit=1")).contains("href=\"/search?q=Kupiansk&amp;limit=1&amp;offset=1\"");
  }

  String page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
