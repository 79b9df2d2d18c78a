package org.crosscheck.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchResults;

/** The JSON shapes of listings: summaries, not whole texts, so pages of results stay small. */
final class ApiViews {
  private ApiViews() {}

  static Map<String, Object> articleSummary(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("source", a.source());
    m.put("url", a.url());
    m.put("published", a.published());
    m.put("language", a.language());
    return m;
  }

  static Map<String, Object> searchResults(SearchResults results, List<SearchResults.Facet> allFacets, int limit, int offset) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", results.total());
    json.put("limit", limit);
    json.put("offset", offset);
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResults.Hit hit : results.hits()) {
      Map<String, Object> h = articleSummary(hit.article());
      h.put("score", hit.score());
      h.put("snippet", hit.snippet());
      hits.add(h);
    }
    json.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (SearchResults.Facet f : allFacets) facets.put(f.field(), f.counts());
    json.put("facets", facets);
    return json;
  }
}
