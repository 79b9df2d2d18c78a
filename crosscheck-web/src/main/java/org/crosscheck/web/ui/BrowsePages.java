package org.crosscheck.web.ui;

import static org.crosscheck.web.ui.Html.fmt;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.ClaimQuery;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.PlaceQuery;
import org.crosscheck.analysis.PlaceSummary;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Status;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.web.ArticleFacts;
import org.crosscheck.web.ClaimFilters;
import org.crosscheck.web.DataView;
import org.crosscheck.web.SearchParams;
import org.crosscheck.web.StoryController;

/**
 * The pages an analyst browses from the header: every story (filtered by words, dates, place and
 * name), every claim with its cross-check status (by place, type, claimant, status and event
 * dates), every place on one map, and every name. Filters are the API's, so a page's address and
 * the matching {@code /api/...} call take the same parameters.
 */
public final class BrowsePages {
  private static final int PAGE = 20;
  private static final int CLAIMS = 200;
  private static final int MAP_PLACES = 500;
  private static final int NAMES = 200;
  private final DataView data;

  public BrowsePages(DataView data) {
    this.data = data;
  }

  public void stories(Context ctx) throws IOException {
    if (data.stories().isEmpty()) {
      ctx.html(Layout.page("Stories", fmt("<h1>Stories</h1><p class=\"empty\">No stories yet: ingest reports first.</p>")));
      return;
    }
    StorySearch q = StoryController.query(ctx, data, PAGE);
    StorySearch.Results found = data.searchStories(q);
    Map<String, String> filters = current(ctx, "q", "from", "to", "place", "entity", "order", "limit");
    ctx.html(Layout.page("Stories", fmt("""
        <h1>Stories</h1>
        <form class="filters" action="/stories" method="get">
        <label>Words <input type="search" name="q" value="{}"></label>
        <label>Place <input type="text" name="place" value="{}"></label>
        <label>Name <input type="text" name="entity" value="{}"></label>
        <label>From <input type="date" name="from" value="{}"></label>
        <label>To <input type="date" name="to" value="{}"></label>
        <label>Order <select name="order">{}</select></label>
        {}<button type="submit">Show</button></form>
        <p class="meta" id="story-count">{} {}</p>
        <ul class="stories" id="story-list">{}</ul>
        {}
        """, value(filters, "q"), value(filters, "place"), value(filters, "entity"), value(filters, "from"), value(filters, "to"),
        options(List.of("newest", "busiest"), filters.getOrDefault("order", "newest")),
        Html.each(q.outlets(), s -> fmt("<input type=\"hidden\" name=\"source\" value=\"{}\">", s)),
        found.total(), found.total() == 1 ? "story" : "stories",
        found.stories().isEmpty() ? fmt("<li class=\"empty\">No story matches.</li>") : Html.each(found.stories(), Layout::storyItem),
        pager("/stories", filters, q.outlets(), q.offset(), q.limit(), found.total()))));
  }

  public void claims(Context ctx) throws IOException {
    Optional<AnalysisStore> analyses = data.analyses();
    if (analyses.isEmpty()) {
      ctx.html(Layout.page("Claims", fmt("<h1>Claims</h1><p class=\"empty\">No analyses yet: run <code>crosscheck analyze</code>.</p>")));
      return;
    }
    ClaimQuery q = ClaimFilters.query(ctx, CLAIMS, CLAIMS);
    List<ClaimHit> hits = analyses.get().claims(q);
    Map<String, String> filters = current(ctx, "place", "type", "claimant", "status", "polarity", "from", "to");
    ctx.html(Layout.page("Claims", fmt("""
        <h1>Claims</h1>
        <form class="filters" action="/claims" method="get">
        <label>Place <input type="text" name="place" value="{}"></label>
        <label>Type <select name="type"><option value="">any</option>{}</select></label>
        <label>Claimant <input type="text" name="claimant" value="{}"></label>
        <label title="Cross-check status of the claim's question (type, place, month)">Status <select name="status"><option value="">any</option>{}</select></label>
        <label title="The claimant's stance: asserts, denies, concedes">Polarity <select name="polarity"><option value="">any</option>{}</select></label>
        <label>Event from <input type="date" name="from" value="{}"></label>
        <label>to <input type="date" name="to" value="{}"></label>
        <button type="submit">Show</button></form>
        <p class="meta" id="claim-count">{}</p>
        {}
        """, value(filters, "place"), options(names(ClaimType.values()), filters.getOrDefault("type", "")),
        value(filters, "claimant"), options(names(Status.values()), filters.getOrDefault("status", "")),
        options(names(Polarity.values()), filters.getOrDefault("polarity", "")),
        value(filters, "from"), value(filters, "to"),
        hits.size() >= q.limit() ? "The first " + q.limit() + " claims by event time; narrow the filters to see the rest."
            : hits.size() + (hits.size() == 1 ? " claim" : " claims"),
        ClaimViews.claims(hits))));
  }

  public void places(Context ctx) throws IOException {
    Optional<AnalysisStore> analyses = data.analyses();
    if (analyses.isEmpty()) {
      ctx.html(Layout.page("Places", fmt("<h1>Places</h1><p class=\"empty\">No analyses yet: run <code>crosscheck analyze</code>.</p>")));
      return;
    }
    List<PlaceSummary> places = analyses.get().places(new PlaceQuery(null, MAP_PLACES));
    List<ArticleFacts.PlaceRef> onMap = places.stream()
        .map(p -> new ArticleFacts.PlaceRef(p.id(), p.name(), p.lat(), p.lon(), p.region(), p.country(), p.articles())).toList();
    ctx.html(Layout.page("Places", fmt("""
        <h1>Places</h1><p class="meta">{} places the reports name, most reports first.</p>
        <section>{}</section>
        <table class="names" id="place-table"><thead><tr><th>Place</th><th>Region</th><th>Country</th><th>Reports</th>
        <th>Spellings</th></tr></thead><tbody>{}</tbody></table>
        """, places.size(), Layout.map("places-map", onMap), Html.each(places, p -> fmt("""
        <tr><td><a href="/places/{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>
        """, Html.pathSegment(p.name()), p.name(), p.region() == null ? "" : p.region(), p.country(), p.articles(),
        String.join(", ", p.surfaces()))))));
  }

  public void entities(Context ctx) throws IOException {
    Optional<AnalysisStore> analyses = data.analyses();
    if (analyses.isEmpty()) {
      ctx.html(Layout.page("Names", fmt("<h1>Names</h1><p class=\"empty\">No analyses yet: run <code>crosscheck analyze</code>.</p>")));
      return;
    }
    List<EntitySummary> names = analyses.get().entities(new EntityQuery(
        ClaimFilters.enumParam(ctx, "type", EntityType.class), NAMES));
    ctx.html(Layout.page("Names", fmt("""
        <h1>Names</h1><p class="meta">People, organisations and places the reports name, most reports first.</p>
        <table class="names" id="name-table"><thead><tr><th>Name</th><th>Kind</th><th>Roles</th><th>Side</th><th>Reports</th>
        <th>Other spellings</th></tr></thead><tbody>{}</tbody></table>
        """, Html.each(names, e -> fmt("""
        <tr><td><a href="/entities/{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>
        """, Html.pathSegment(e.name()), e.name(), e.type().name().toLowerCase(Locale.ROOT), String.join("; ", e.roles()),
        e.side() == null ? "" : e.side(), e.articles(), String.join(", ", e.aliases()))))));
  }

  /** The filters a request gives, blank ones left out, in the order named: what links must keep. */
  static Map<String, String> current(Context ctx, String... params) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : params) {
      String v = SearchParams.blankToNull(ctx.queryParam(p));
      if (v != null) out.put(p, v);
    }
    return out;
  }

  private static String value(Map<String, String> filters, String name) {
    return filters.getOrDefault(name, "");
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
  }

  private static Html.Safe options(List<String> values, String selected) {
    String chosen = selected.toLowerCase(Locale.ROOT).replace('_', '-');
    return Html.each(values, v -> fmt(v.equals(chosen) ? "<option selected>{}</option>" : "<option>{}</option>", v));
  }

  /** Previous and next links that keep the filters, the outlets and the page size. */
  private static Html.Safe pager(String path, Map<String, String> filters, List<String> sources, int offset, int limit, long total) {
    Html.Safe previous = offset == 0 ? Html.EMPTY
        : fmt("<a rel=\"prev\" href=\"{}\">Previous</a>", link(path, filters, sources, Math.max(0, offset - limit)));
    Html.Safe next = offset + limit >= total ? Html.EMPTY
        : fmt("<a rel=\"next\" href=\"{}\">Next</a>", link(path, filters, sources, offset + limit));
    return previous == Html.EMPTY && next == Html.EMPTY ? Html.EMPTY : fmt("<nav class=\"pager\">{} {}</nav>", previous, next);
  }

  private static String link(String path, Map<String, String> filters, List<String> sources, int offset) {
    Map<String, String> params = new LinkedHashMap<>(filters);
    params.put("offset", Integer.toString(offset));
    return PageController.link(path, params, sources);
  }
}
