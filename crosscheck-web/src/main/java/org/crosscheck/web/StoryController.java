package org.crosscheck.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.StoryFilter;
import org.crosscheck.analysis.StoryNames;
import org.crosscheck.stories.StorySearch;

/** {@code /api/stories} (filters and order) and {@code /api/stories/{id}}; the stories page shares its filters. */
public final class StoryController {
  private final DataView data;

  StoryController(DataView data) {
    this.data = data;
  }

  /**
   * The story search a request asks for: q, from, to, source, entity, place, order, limit, offset;
   * entity and place match any spelling the stored analyses know.
   */
  public static StorySearch query(Context ctx, DataView data, int defaultLimit) throws IOException {
    String order = ctx.queryParamAsClass("order", String.class)
        .check(o -> o.equals("newest") || o.equals("busiest"), "must be newest or busiest")
        .getOrDefault("newest");
    var from = SearchParams.instant(ctx.queryParam("from"), "from", false);
    var to = SearchParams.instant(ctx.queryParam("to"), "to", true);
    StorySearch q = new StorySearch(SearchParams.blankToNull(ctx.queryParam("q")), from, to,
        ctx.queryParams("source").stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), null, null,
        order.equals("busiest") ? StorySearch.Order.BUSIEST : StorySearch.Order.NEWEST,
        SearchParams.limit(ctx, defaultLimit, SearchParams.MAX_LIMIT), SearchParams.offset(ctx));
    return StoryFilter.narrow(q, SearchParams.blankToNull(ctx.queryParam("entity")), SearchParams.blankToNull(ctx.queryParam("place")),
        data.analyses().orElse(null));
  }

  void list(Context ctx) throws IOException {
    StorySearch q = query(ctx, data, 20);
    StorySearch.Results results = data.searchStories(q);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", results.total());
    json.put("limit", q.limit());
    json.put("offset", q.offset());
    var analyses = data.analyses().orElse(null);
    List<ObjectNode> stories = new ArrayList<>();
    for (var story : results.stories()) stories.add(StoryNames.summaryJson(story, analyses));
    json.put("stories", stories);
    ctx.json(json);
  }

  /** One story, with the canonical names and places its reports' analyses give when there are any. */
  void get(Context ctx) throws IOException {
    ctx.json(StoryNames.json(data.story(ctx.pathParam("id")), data.analyses().orElse(null)));
  }
}
