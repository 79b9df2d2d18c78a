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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached answers and pages follow analyses another writer commits while the server runs. */
class AnalysisRefreshTest {
  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void claimsAndTimelinePageFollowANewCommit() throws Exception {
    Fixture fixture = new Fixture(dataDir);
    AnalysisFixture.write(dataDir, AnalysisFixture.first(fixture));
    try (Store store = LuceneStore.openReadOnly(dataDir);
        LuceneStoryStore stories = LuceneStoryStore.openReadOnly(dataDir);
        AnalysisStore analyses = LuceneAnalysisStore.openReadOnly(dataDir, UnaryOperator.identity())) {
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
      try (WebApp app = WebApp.create(new WebConfig("127.0.0.1", 0, Duration.ofMillis(100), null),
          new DataView(store, stories, ArticleFacts.NONE, source)).start()) {
        assertThat(claims(app)).isEqualTo(1);
        assertThat(rows(get(app, "places/Kupiansk"))).isEqualTo(1);

        AnalysisFixture.write(dataDir, AnalysisFixture.second(fixture));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (claims(app) < 2 && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(claims(app)).isEqualTo(2);
        assertThat(rows(get(app, "places/Kupiansk"))).isEqualTo(2);
      }
    }
  }

  int claims(WebApp app) throws Exception {
    JsonNode body = Json.mapper().readTree(get(app, "api/claims?place=Kupiansk"));
    return body.get("claims").size();
  }

  String get(WebApp app, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  static int rows(String page) {
    return page.split("class=\"claim-row\"", -1).length - 1;
  }
}
