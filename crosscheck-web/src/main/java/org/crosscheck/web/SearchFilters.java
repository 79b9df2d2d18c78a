package org.crosscheck.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.ArticleFilter;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;

/**
 * The article search with what the stored analyses add: the {@code entity} and {@code place}
 * filters (the articles naming them, any spelling) and facets by entity, place, claim type and
 * claim status. Those facets count every match when there are at most {@link #FACET_SCAN}, and
 * are left out above that (the article index does not hold the analyses, so counting means
 * reading each match).
 */
public final class SearchFilters {
  public static final int FACET_SCAN = 200;
  private static final int TOP = 20;

  private SearchFilters() {}

  /** {@link SearchParams#query} narrowed by {@code entity} and {@code place}. */
  public static SearchQuery query(Context ctx, DataView data, int defaultLimit, int maxLimit) throws IOException {
    SearchQuery q = SearchParams.query(ctx, defaultLimit, maxLimit);
    String entity = SearchParams.blankToNull(ctx.queryParam("entity"));
    String place = SearchParams.blankToNull(ctx.queryParam("place"));
    if (entity == null && place == null) return q;
    List<String> ids = data.requireAnalyses().articleIds(new ArticleFilter(entity, place, null, null));
    return new SearchQuery(q.text(), q.from(), q.to(), q.sources(), q.language(), q.limit(), q.offset(), ids);
  }

  /** The search's own facets, then entity, place, claimType and claimStatus when analyses exist and matches are few. */
  public static List<SearchResults.Facet> facets(DataView data, SearchQuery q, SearchResults results) throws IOException {
    List<SearchResults.Facet> facets = new ArrayList<>(results.facets());
    if (data.analyses().isEmpty() || results.total() > FACET_SCAN) return facets;
    List<Article> matches = results.total() <= results.hits().size() && q.offset() == 0
        ? results.hits().stream().map(SearchResults.Hit::article).toList()
        : data.searchArticles(new SearchQuery(q.text(), q.from(), q.to(), q.sources(), q.language(), FACET_SCAN, 0, q.ids()))
            .hits().stream().map(SearchResults.Hit::article).toList();
    Map<String, Long> entities = new HashMap<>();
    Map<String, Long> places = new HashMap<>();
    Map<String, Long> types = new HashMap<>();
    Map<String, Long> statuses = new HashMap<>();
    Map<String, List<ClaimHit>> claims = data.claimsByArticle();
    for (Article a : matches) {
      ArticleFacts.Facts f = data.facts(a);
      f.entities().stream().filter(e -> !e.type().equals("LOCATION")).map(ArticleFacts.EntityRef::name).distinct()
          .forEach(n -> entities.merge(n, 1L, Long::sum));
      f.places().stream().map(ArticleFacts.PlaceRef::name).distinct().forEach(n -> places.merge(n, 1L, Long::sum));
      for (ClaimHit c : claims.getOrDefault(a.id(), List.of())) {
        types.merge(c.claim().type().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
        statuses.merge(c.status().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
      }
    }
    facets.add(facet("entity", entities));
    facets.add(facet("place", places));
    facets.add(facet("claimType", types));
    facets.add(facet("claimStatus", statuses));
    return facets;
  }

  private static SearchResults.Facet facet(String field, Map<String, Long> counts) {
    return new SearchResults.Facet(field, counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP).map(e -> new SearchResults.Count(e.getKey(), e.getValue())).toList());
  }
}
