package org.crosscheck.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;

/** {@code /api/articles/{id}} and {@code /api/search}. */
final class ArticleController {
  private final DataView data;

  ArticleController(DataView data) {
    this.data = data;
  }

  void get(Context ctx) throws IOException {
    Article a = data.article(ctx.pathParam("id"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("article", a);
    data.stories().ifPresent(stories -> {
      try {
        stories.storyOf(a.id()).ifPresent(s -> json.put("storyId", s.id()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    ctx.json(json);
  }

  void search(Context ctx) throws IOException {
    SearchQuery q = SearchFilters.query(ctx, data, 20, SearchParams.MAX_LIMIT);
    SearchResults results = data.searchArticles(q);
    ctx.json(ApiViews.searchResults(results, SearchFilters.facets(data, q, results), q.limit(), q.offset()));
  }
}
