package org.crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's report stored under its bare host before a page of the site named it: the API lists it
 * under the name once an ingest beside the server has learned it, as the CLI does.
 */
class OutletNamesApiTest {
  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aBareHostReportIsListedUnderItsSitesLearnedName() throws Exception {
    Article bare = Fixture.article("https://sulgazette.example/harbour", "sulgazette.example", "Harbour cranes stopped",
        "en", "2026-03-02T08:00:00Z", "The harbour cranes stopped on Monday after the storm.");
    Article named = Fixture.article("https://sulgazette.example/harbour-2", "Sul Gazette", "Harbour reopens",
        "en", "2026-03-03T08:00:00Z", "The harbour reopened on Tuesday after the storm.");
    Article other = Fixture.article("https://nortetimes.example/harbour", "Norte Times", "Storm closes harbour",
        "en", "2026-03-02T09:00:00Z", "The storm closed the harbour on Monday.");
    List<Story.Member> members = new ArrayList<>();
    for (Article a : List.of(bare, named, other)) members.add(new Story.Member(a.id(), a.title(), a.source(), a.published().toInstant(), null, null));
    try (Store store = LuceneStore.open(dataDir); StoryStore stories = LuceneStoryStore.open(dataDir)) {
      for (Article a : List.of(bare, named, other)) store.put(a);
      store.commit();
      stories.put(new Story("s-harbour", "Storm closes harbour", bare.published().toInstant(), named.published().toInstant(),
          List.of("sulgazette.example", "Sul Gazette", "Norte Times"), List.of("harbour"), List.of(), List.of(), members, List.of(), false));
      stories.commit();
    }
    Path namesFile = dataDir.resolve("outlets.tsv");
    OutletNames outlets = OutletNames.load(namesFile);
    try (Store store = LuceneStore.openReadOnly(dataDir); LuceneStoryStore stories = LuceneStoryStore.openReadOnly(dataDir)) {
      DataView view = new DataView(store, stories, ArticleFacts.NONE, Analyses.NONE, outlets);
      try (WebApp app = WebApp.create(new WebConfig("127.0.0.1", 0, Duration.ofMinutes(10), null), view).start()) {
        // Nothing learned yet: the host stays what it was stored as.
        assertThat(json(app, "/api/search?q=harbour").at("/facets/source").toString()).contains("sulgazette.example");

        // An ingest beside the server learns the site's name from a page of it and saves it.
        OutletNames ingest = OutletNames.load(namesFile);
        ingest.normalize(Fixture.article("https://www.sulgazette.example/about", "Sul Gazette | Home", "About us", "en",
            "2026-03-04T08:00:00Z", "About the paper."));
        ingest.save();
        assertThat(view.refresh()).isTrue();

        JsonNode search = json(app, "/api/search?q=harbour");
        assertThat(search.get("hits").findValuesAsText("source")).containsExactlyInAnyOrder("Sul Gazette", "Sul Gazette", "Norte Times");
        JsonNode facet = search.at("/facets/source");
        assertThat(facet.toString()).doesNotContain("sulgazette.example");
        assertThat(facet.get(0).get("value").asText()).isEqualTo("Sul Gazette");
        assertThat(facet.get(0).get("count").asLong()).isEqualTo(2);
        assertThat(json(app, "/api/search?q=harbour&source=Sul%20Gazette").get("total").asLong()).isEqualTo(2);

        JsonNode listed = json(app, "/api/stories").at("/stories/0/outlets");
        assertThat(listed.toString()).contains("Sul Gazette", "Norte Times").doesNotContain("sulgazette.example");
        assertThat(json(app, "/api/stories?source=Sul%20Gazette").get("total").asLong()).isEqualTo(1);
        JsonNode story = json(app, "/api/stories/s-harbour");
        assertThat(story.toString()).doesNotContain("sulgazette.example").contains("Sul Gazette");
        assertThat(get(app, "/stories/s-harbour").body()).doesNotContain("sulgazette.example").contains("Sul Gazette");
      }
    }
  }

  private HttpResponse<String> get(WebApp app, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(WebApp app, String path) throws Exception {
    HttpResponse<String> r = get(app, path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }
}
