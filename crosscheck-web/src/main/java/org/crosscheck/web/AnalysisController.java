package org.crosscheck.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.ClaimsGeoJson;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.PlaceQuery;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.EntityType;

/**
 * What the stored analyses answer: entities, places (and their GeoJSON), quotes, citations,
 * claims with their cross-check status (and their GeoJSON), and a place's claim timeline.
 */
final class AnalysisController {
  static final String GEOJSON = "application/geo+json";
  private final DataView data;

  AnalysisController(DataView data) {
    this.data = data;
  }

  void entities(Context ctx) throws IOException {
    EntityType type = ClaimFilters.enumParam(ctx, "type", EntityType.class);
    int limit = SearchParams.limit(ctx, 50, SearchParams.MAX_LIMIT);
    int offset = SearchParams.offset(ctx);
    List<EntitySummary> all = data.requireAnalyses().entities(new EntityQuery(type, limit + offset));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("limit", limit);
    json.put("offset", offset);
    json.put("entities", all.subList(Math.min(offset, all.size()), all.size()));
    ctx.json(json);
  }

  void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(data.requireAnalyses().entity(id).orElseThrow(() -> ApiError.notFound("no entity with id or name " + id)));
  }

  void places(Context ctx) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("places", data.requireAnalyses().places(placeQuery(ctx, 50)));
    ctx.json(json);
  }

  void placesGeoJson(Context ctx) throws IOException {
    AnalysisStore store = data.requireAnalyses();
    ctx.contentType(GEOJSON).result(Json.forClients().writeValueAsString(store.geoJson(store.places(placeQuery(ctx, 1000)))));
  }

  void quotes(Context ctx) throws IOException {
    String speaker = SearchParams.blankToNull(ctx.queryParam("speaker"));
    AnalysisStore store = data.requireAnalyses();
    if (speaker != null && store.entity(speaker).isEmpty()) throw ApiError.notFound("no speaker with id or name " + speaker);
    ctx.json(Map.of("quotes", store.quotes(speaker, SearchParams.limit(ctx, 50, SearchParams.MAX_LIMIT))));
  }

  void citations(Context ctx) throws IOException {
    String outlet = SearchParams.blankToNull(ctx.queryParam("outlet"));
    ctx.json(Map.of("citations", data.requireAnalyses().citations(outlet, SearchParams.limit(ctx, 50, SearchParams.MAX_LIMIT))));
  }

  void claims(Context ctx) throws IOException {
    ctx.json(Map.of("claims", data.requireAnalyses().claims(ClaimFilters.query(ctx, 50, SearchParams.MAX_LIMIT))));
  }

  /** Claims about a resolved place as Point features at that place, with status and sources. */
  void claimsGeoJson(Context ctx) throws IOException {
    List<ClaimHit> hits = data.requireAnalyses().claims(ClaimFilters.query(ctx, 1000, 5000));
    ctx.contentType(GEOJSON).result(Json.forClients().writeValueAsString(ClaimsGeoJson.of(hits)));
  }

  /** The control claims about a place in time order, each with its status and independent sources. */
  void timeline(Context ctx) throws IOException {
    String place = ctx.pathParam("place").strip();
    List<TimelineRow> rows = TimelineRow.of(data.requireAnalyses(), place);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("place", place);
    json.put("entries", rows);
    ctx.json(json);
  }

  private static PlaceQuery placeQuery(Context ctx, int defaultLimit) {
    String country = SearchParams.blankToNull(ctx.queryParam("country"));
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw ApiError.badRequest("country must be an ISO 3166-1 alpha-2 code such as UA (got " + country + ")");
    }
    return new PlaceQuery(country == null ? null : country.toUpperCase(Locale.ROOT), SearchParams.limit(ctx, defaultLimit, 5000));
  }
}
