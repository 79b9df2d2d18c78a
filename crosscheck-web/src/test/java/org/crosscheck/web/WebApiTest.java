package org.crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crosscheck.json.Json;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every API route against the real server on 127.0.0.1, over a read-only store another writer updates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest {
  @TempDir static Path dataDir;
  Fixture fixture;
  Store store;
  LuceneStoryStore stories;
  WebApp app;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    fixture = new Fixture(dataDir);
    store = LuceneStore.openReadOnly(dataDir);
    stories = LuceneStoryStore.openReadOnly(dataDir);
    app = WebApp.create(new WebConfig("127.0.0.1", 0, Duration.ofMillis(200), dataDir.resolve("watch")),
        new DataView(store, stories, ArticleFacts.NONE)).start();
  }

  @AfterAll
  void stop() throws Exception {
    app.close();
    store.close();
    stories.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return Json.mapper().readTree(r.body());
  }

  void badRequest(String path, String detailPart) throws Exception {
    JsonNode body = json(path, 400);
    assertThat(body.get("error").asText()).isEqualTo("bad_request");
    assertThat(body.get("detail").asText()).contains(detailPart);
  }

  @Test
  void articleByIdWithItsStory() throws Exception {
    JsonNode body = json("/api/articles/" + fixture.first.id(), 200);
    assertThat(body.at("/article/title").asText()).isEqualTo(Fixture.HOSTILE_TITLE);
    assertThat(body.get("storyId").asText()).isEqualTo("s-kupiansk");
    JsonNode missing = json("/api/articles/no-such-id", 404);
    assertThat(missing.get("error").asText()).isEqualTo("not_found");
    assertThat(missing.get("detail").asText()).contains("no-such-id");
  }

  @Test
  void searchWithFiltersFacetsAndPaging() throws Exception {
    JsonNode all = json("/api/search?q=Kupiansk", 200);
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(all.at("/facets/source").toString()).contains("Kyiv Herald", "Midland Courier");
    JsonNode page = json("/api/search?q=Kupiansk&limit=1&offset=1", 200);
    assertThat(page.get("hits")).hasSize(1);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(json("/api/search?source=Fjord%20Times", 200).get("total").asLong()).isEqualTo(1);
    assertThat(json("/api/search?lang=no", 200).at("/hits/0/id").asText()).isEqualTo(fixture.other.id());
    assertThat(json("/api/search?from=2025-12-26", 200).get("total").asLong()).isEqualTo(1);
    assertThat(json("/api/search?from=2025-12-01&to=2025-12-25", 200).get("total").asLong()).isEqualTo(2);
  }

  @Test
  void badSearchParametersAre400WithAReason() throws Exception {
    badRequest("/api/search?limit=0", "limit must be between 1 and 200");
    badRequest("/api/search?limit=201", "limit");
    badRequest("/api/search?limit=ten", "limit is not a number");
    badRequest("/api/search?offset=-1", "offset");
    badRequest("/api/search?from=yesterday", "from is not a date");
    badRequest("/api/search?from=2025-12-26&to=2025-12-01", "from must be before to");
    badRequest("/api/search?lang=english", "lang");
  }

  @Test
  void storiesListAndOne() throws Exception {
    JsonNode list = json("/api/stories", 200);
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.at("/stories/0/reports").asInt()).isEqualTo(2);
    assertThat(json("/api/stories?order=busiest&limit=5", 200).at("/stories/0/id").asText()).isEqualTo("s-kupiansk");
    badRequest("/api/stories?order=oldest", "order must be newest or busiest");
    assertThat(json("/api/stories/s-kupiansk", 200).get("articles")).hasSize(2);
    assertThat(json("/api/stories/" + fixture.second.id(), 200).get("id").asText()).isEqualTo("s-kupiansk");
    assertThat(json("/api/stories/nope", 404).get("detail").asText()).contains("nope");
  }

  @Test
  void feedHealthWithoutAWatcherIsEmpty() throws Exception {
    JsonNode body = json("/api/feeds/health", 200);
    assertThat(body.get("total").asInt()).isZero();
  }

  @Test
  void exportsInThreeFormats() throws Exception {
    HttpResponse<String> jsonl = get("/api/export/articles.jsonl?q=Kupiansk");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(Json.mapper().readTree(lines.get(0)).get("id").asText()).isIn(fixture.first.id(), fixture.second.id());

    HttpResponse<String> csv = get("/api/export/articles.csv?source=Kyiv%20Herald");
    assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("id,published,source,language,title,url,canonical_url,description,authors,text\r\n");
    assertThat(csv.body()).contains("\"Kupiansk <script>alert('x')</script> & \"\"quotes\"\"\"");

    HttpResponse<String> md = get("/api/export/articles.md?source=Kyiv%20Herald");
    assertThat(md.body()).startsWith("---\ntitle: \"Kupiansk <script>alert('x')</script> & \\\"quotes\\\"\"\n");
    assertThat(md.body()).contains("link: \"https://herald.example/kupiansk\"", "source: \"Kyiv Herald\"", "\n---\n<p>");
    assertThat(get("/api/export/articles.md?limit=1").body().split("\n---\n<p>")).hasSize(2);

    JsonNode unknown = json("/api/export/articles.xml", 404);
    assertThat(unknown.get("detail").asText()).contains("jsonl, csv, md");
    badRequest("/api/export/articles.csv?from=soon", "from");
  }

  @Test
  void analysisRoutesWithoutAnalysesAre503() throws Exception {
    for (String path : List.of("/api/entities", "/api/claims", "/api/timeline/Kupiansk", "/api/export/places.geojson")) {
      assertThat(json(path, 503).get("error").asText()).as(path).isEqualTo("unavailable");
    }
  }

  @Test
  void unknownApiPathIsJson404() throws Exception {
    assertThat(json("/api/nothing-here", 404).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void openApiDocumentListsEveryRoute() throws Exception {
    JsonNode doc = json("/api/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    for (String route : app.apiRoutes()) {
      String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
      String path = route.substring(route.indexOf(' ') + 1);
      assertThat(doc.at("/paths").has(path)).as("OpenAPI lists " + path).isTrue();
      assertThat(doc.at("/paths").get(path).has(method)).as("OpenAPI lists " + route).isTrue();
    }
    List<String> documented = new ArrayList<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) documented.add(it.next());
    assertThat(documented).allMatch(p -> app.apiRoutes().stream().anyMatch(r -> r.endsWith(" " + p)), "documented paths are served");
  }

  @Test
  void pagesEscapeWhatTheDataSays() throws Exception {
    for (String path : List.of("/", "/search?q=Kupiansk", "/articles/" + fixture.first.id(), "/stories/s-kupiansk",
        "/places/Kupiansk", "/entities/Kupiansk")) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
    assertThat(get("/stories/nope").statusCode()).isEqualTo(404);
    assertThat(get("/search?limit=0").body()).contains("limit must be between 1 and 200");
  }

  @Test
  void eventsFollowCommitsOfAnotherWriter() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "api/events")).header("Accept", "text/event-stream").build();
    HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      // The server greets each subscriber with "hello" once it is listening; commit only after that.
      CompletableFuture<Void> subscribed = new CompletableFuture<>();
      CompletableFuture<String> articleEvent = CompletableFuture.supplyAsync(() -> {
        try {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.equals("event: hello")) subscribed.complete(null);
            if (line.equals("event: article")) return reader.readLine();
          }
          return null;
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      subscribed.get(30, TimeUnit.SECONDS);
      long before = store.count();
      // The server holds the index read-only; a writer beside it (as ingest would be) commits.
      try (Store writer = LuceneStore.open(dataDir)) {
        writer.put(Fixture.article("https://late.example/x", "Late Outlet", "A later report on the harbour", "en",
            "2024-01-01T10:00:00Z", "Fishing boats stayed in port."));
        writer.commit();
      }
      String data = articleEvent.get(30, TimeUnit.SECONDS);
      assertThat(data).startsWith("data: ");
      JsonNode event = Json.mapper().readTree(data.substring("data: ".length()));
      assertThat(event.get("articles").asLong()).isEqualTo(before + 1);
      assertThat(event.get("added").asLong()).isEqualTo(1);
      assertThat(json("/api/search?q=later", 200).get("total").asLong()).isEqualTo(1);
    }
  }
}
