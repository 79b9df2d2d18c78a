package org.crosscheck.web.ui;

import static org.crosscheck.web.ui.Html.fmt;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.EntityProfile;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.StoryFilter;
import org.crosscheck.claims.PlaceTimeline;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.stories.Outlets;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.web.ArticleFacts;
import org.crosscheck.web.DataView;
import org.crosscheck.web.KnownPlaces;
import org.crosscheck.web.RenderCache;
import org.crosscheck.web.SearchFilters;
import org.crosscheck.web.SearchParams;

/** The HTML pages: home, search, article, story, place and entity. */
public final class PageController {
  /** Facets counted over claims: shown, not filters of the article search. */
  private static final List<String> CLAIM_FACETS = List.of("claimType", "claimStatus");
  /** Claims by the time of the event, then of the report. */
  private static final Comparator<ClaimHit> CLAIM_ORDER = Comparator.<ClaimHit, String>comparing(h -> h.claim().eventTime().sortKey())
      .thenComparing(h -> h.claim().reportTime() == null ? "" : h.claim().reportTime().toInstant().toString());
  private final DataView data;
  private final RenderCache cache = new RenderCache(512);

  public PageController(DataView data) {
    this.data = data;
  }

  public void home(Context ctx) throws IOException {
    Html.Safe stories = Html.EMPTY;
    if (data.stories().isPresent()) {
      var latest = data.searchStories(new StorySearch(null, null, null, List.of(), null, null, StorySearch.Order.NEWEST, 10, 0));
      var busiest = data.searchStories(StorySearch.busiest(10));
      stories = fmt("""
          <section class="cols"><div><h2>Latest stories</h2><ul class="stories" id="latest-stories">{}</ul></div>
          <div><h2>Busiest stories</h2><ul class="stories" id="busiest-stories">{}</ul></div></section>
          """, Html.each(latest.stories(), Layout::storyItem), Html.each(busiest.stories(), Layout::storyItem));
    }
    SearchResults newest = data.searchArticles(new SearchQuery(null, null, null, List.of(), null, 10, 0));
    ctx.html(Layout.page("Home", fmt("""
        <h1>What the reports say</h1>
        <p class="lead">{} reports in the store. <span id="live" class="live" hidden></span></p>
        {}
        <section><h2>Newest reports</h2><ul class="hits">{}</ul></section>
        """, newest.total(), stories, Html.each(newest.hits(), h -> hitItem(h, false)))));
  }

  public void search(Context ctx) throws IOException {
    SearchQuery q = SearchFilters.query(ctx, data, 20, SearchParams.MAX_LIMIT);
    SearchResults results = data.searchArticles(q);
    Map<String, String> current = BrowsePages.current(ctx, "q", "from", "to", "lang", "entity", "place", "limit");
    List<String> sources = q.sources();
    Html.Safe facets = Html.each(SearchFilters.facets(data, q, results), f -> fmt("<div class=\"facet\" data-facet=\"{}\"><h3>{}</h3><ul>{}</ul></div>",
        f.field(), f.field(), Html.each(f.counts(), c -> CLAIM_FACETS.contains(f.field())
            ? fmt("<li>{} <span class=\"count\">{}</span></li>", c.value(), c.count())
            : fmt("<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                facetLink(current, sources, f.field(), c.value()), c.value(), c.count()))));
    String shown = results.hits().isEmpty() ? "" : " · showing " + (q.offset() + 1) + "–" + (q.offset() + results.hits().size());
    Html.Safe pager = Html.EMPTY;
    if (q.offset() + results.hits().size() < results.total()) {
      Map<String, String> next = new LinkedHashMap<>(current);
      next.put("offset", Integer.toString(q.offset() + q.limit()));
      pager = fmt("<p class=\"pager\"><a rel=\"next\" href=\"{}\">Next page</a></p>", link("/search", next, sources));
    }
    ctx.html(Layout.page(q.text() == null ? "Search" : "Search: " + q.text(), fmt("""
        <h1>Search</h1>
        <form class="big-search" action="/search" method="get"><input type="search" name="q" value="{}" aria-label="Search">
        <input type="date" name="from" value="{}" aria-label="From"><input type="date" name="to" value="{}" aria-label="To">
        {}<button type="submit">Search</button></form>
        <p class="lead" id="total">{} match{}{}</p>
        <div class="with-facets"><aside class="facets">{}</aside><ol class="hits" id="hits">{}</ol></div>{}
        """, nz(ctx.queryParam("q")), nz(ctx.queryParam("from")), nz(ctx.queryParam("to")),
        Html.join(Html.each(sources, s -> fmt("<input type=\"hidden\" name=\"source\" value=\"{}\">", s)),
            Html.each(List.of("entity", "place").stream().filter(current::containsKey).toList(),
                p -> fmt("<input type=\"hidden\" name=\"{}\" value=\"{}\">", p, current.get(p)))),
        results.total(), results.total() == 1 ? "" : "es", shown, facets, Html.each(results.hits(), h -> hitItem(h, true)), pager)));
  }

  private static String facetLink(Map<String, String> current, List<String> sources, String field, String value) {
    Map<String, String> params = new LinkedHashMap<>(current);
    List<String> src = new ArrayList<>(sources);
    switch (field) {
      case "source" -> { if (!src.contains(value)) src.add(value); }
      case "language" -> params.put("lang", value);
      case "entity", "place" -> params.put(field, value);
      default -> params.put("q", (params.containsKey("q") ? params.get("q") + " " : "") + field + ":" + value);
    }
    return link("/search", params, src);
  }

  /** {@code path} with {@code params} and every outlet in {@code sources} as its query string. */
  static String link(String path, Map<String, String> params, List<String> sources) {
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (var e : params.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(Html.url(e.getValue()));
      sep = '&';
    }
    for (String s : sources) {
      b.append(sep).append("source=").append(Html.url(s));
      sep = '&';
    }
    return b.toString();
  }

  private static Html.Safe hitItem(SearchResults.Hit h, boolean snippet) {
    Article a = h.article();
    return fmt("""
        <li class="hit"><a class="title" href="/articles/{}">{}</a>
        <div class="meta">{} · {}</div>{}</li>
        """, a.id(), a.title().isEmpty() ? "(untitled)" : a.title(), Outlets.named(a), Layout.when(a.published()),
        snippet && h.snippet() != null ? fmt("<p class=\"snippet\">{}</p>", h.snippet()) : Html.EMPTY);
  }

  public void article(Context ctx) throws IOException {
    Article a = data.article(ctx.pathParam("id"));
    Optional<Story> story = data.stories().isPresent() ? data.requireStories().storyOf(a.id()) : Optional.empty();
    ArticleFacts.Facts facts = data.facts(a);
    ctx.html(Layout.page(a.title(), fmt("""
        <article class="report"><h1>{}</h1>
        <div class="meta">{} · {} · {}{}</div>
        {}{}
        <div class="body">{}</div></article>
        {}{}
        """, a.title(), data.outletName(Outlets.named(a)), Layout.when(a.published()), nz(a.language()),
        a.url() == null ? Html.EMPTY : fmt(" · <a rel=\"noopener noreferrer\" href=\"{}\">original</a>", safeHref(a.url())),
        story.map(s -> fmt("<p class=\"in-story\">Part of the story <a href=\"/stories/{}\">{}</a> ({})</p>", s.id(), s.label(), Layout.size(s))).orElse(Html.EMPTY),
        a.description() == null ? Html.EMPTY : fmt("<p class=\"standfirst\">{}</p>", a.description()),
        Html.each(a.paragraphs(), p -> fmt("<p>{}</p>", p)),
        facts.places().isEmpty() ? Html.EMPTY : fmt("<section><h2>Places</h2>{}<ul class=\"chips\">{}</ul></section>",
            Layout.map("article-map", facts.places()), Html.each(facts.places(), PageController::placeChip)),
        facts.entities().isEmpty() ? Html.EMPTY : fmt("<section><h2>Names</h2><ul class=\"chips\">{}</ul></section>",
            Html.each(facts.entities(), e -> fmt("<li><a href=\"/entities/{}\">{}</a></li>", Html.pathSegment(e.name()), e.name()))))));
  }

  /** Only http(s) links become hrefs; anything else (javascript:, data:) is dropped. */
  static String safeHref(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : "#";
  }

  private static Html.Safe placeChip(ArticleFacts.PlaceRef p) {
    return fmt("<li><a href=\"/places/{}\">{}</a>{}</li>", Html.pathSegment(p.name()), p.name(),
        p.region() == null ? Html.EMPTY : fmt(" <span class=\"count\">{}</span>", p.region()));
  }

  public void story(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.html(cache.get("story/" + id, data.generation(), () -> storyPage(id)));
  }

  private String storyPage(String id) throws IOException {
    Story s = data.story(id);
    List<Article> reports = new ArrayList<>();
    List<Story.Member> copies = new ArrayList<>();
    for (Story.Member m : s.articlesByTime()) {
      if (m.copyOf() != null) {
        copies.add(m);
        continue;
      }
      data.articles().get(m.articleId()).ifPresent(reports::add);
    }
    Map<String, ArticleFacts.PlaceRef> places = new LinkedHashMap<>();
    Map<String, List<ArticleFacts.QuoteRef>> quotesBySpeaker = new LinkedHashMap<>();
    List<ReportComparison.Input> inputs = new ArrayList<>();
    for (Article a : reports) {
      ArticleFacts.Facts f = data.facts(a);
      for (var p : f.places()) places.merge(p.id(), p, (x, y) -> new ArticleFacts.PlaceRef(x.id(), x.name(), x.lat(), x.lon(),
          x.region(), x.country(), x.mentions() + y.mentions()));
      for (var q : f.quotes()) quotesBySpeaker.computeIfAbsent(q.speaker() == null ? "(unnamed source)" : q.speaker(), k -> new ArrayList<>()).add(q);
      inputs.add(new ReportComparison.Input(a.id(), a.paragraphs(), f.entities().stream().map(ArticleFacts.EntityRef::name).toList()));
    }
    ReportComparison.Result compared = ReportComparison.compare(inputs);
    Html.Safe claims = Html.EMPTY;
    if (data.analyses().isPresent()) {
      Map<String, List<ClaimHit>> byArticle = data.claimsByArticle();
      List<ClaimHit> storyClaims = reports.stream().flatMap(a -> byArticle.getOrDefault(a.id(), List.of()).stream())
          .sorted(CLAIM_ORDER).toList();
      claims = fmt("<section><h2>Claims and how they cross-check</h2>{}</section>", ClaimViews.claims(storyClaims));
    }
    List<ArticleFacts.PlaceRef> placeList = places.values().stream()
        .sorted(Comparator.comparingInt(ArticleFacts.PlaceRef::mentions).reversed()).toList();
    Html.Safe columns = Html.EMPTY;
    StringBuilder cols = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      Article a = reports.get(i);
      ReportComparison.Report r = compared.reports().get(i);
      cols.append(fmt("""
          <div class="report-col"><h3><a href="/articles/{}">{}</a></h3><div class="meta">{} · {}</div>
          {}<div class="body">{}</div></div>
          """, a.id(), a.title(), data.outletName(Outlets.named(a)), Layout.when(a.published()),
          r.onlyHere().isEmpty() ? Html.EMPTY : fmt("<p class=\"only\"><b>Only this report names:</b> {}</p>", String.join(", ", r.onlyHere())),
          Html.each(r.paragraphs(), para -> fmt("<p>{}</p>", Html.each(para, sen -> fmt(sen.shared()
              ? "<span class=\"shared\">{}</span> " : "<span class=\"unique\">{}</span> ", sen.text()))))).html());
    }
    columns = new Html.Safe(cols.toString());
    return Layout.page(s.label(), fmt("""
        <h1 class="story-label">{}</h1>
        <div class="meta">{} · {} · outlets: {}</div>
        <section><h2>Map</h2>{}{}</section>
        {}
        <section><h2>What the reports share</h2>{}</section>
        <section><h2>The reports side by side</h2>
        <p class="legend"><span class="shared">said by more than one report</span> <span class="unique">said by this report only</span></p>
        <div class="side-by-side" style="--cols: {}">{}</div></section>
        {}{}
        """, s.label(), Layout.span(s.start(), s.end()), Layout.size(s), String.join(", ", s.outlets()),
        Layout.map("story-map", placeList), placeList.isEmpty() ? Html.EMPTY : fmt("<ul class=\"chips\">{}</ul>", Html.each(placeList, PageController::placeChip)),
        claims,
        compared.sharedNames().isEmpty() ? fmt("<p class=\"empty\">No name appears in more than one report.</p>")
            : fmt("<p>Names in more than one report: {}</p>", Html.each(compared.sharedNames(),
                n -> fmt("<a class=\"name\" href=\"/entities/{}\">{}</a> ", Html.pathSegment(n), n))),
        Math.max(1, Math.min(reports.size(), 3)), columns,
        quotesBySpeaker.isEmpty() ? Html.EMPTY : fmt("<section><h2>Quotes by speaker</h2>{}</section>", Html.each(quotesBySpeaker.entrySet(),
            e -> fmt("<div class=\"speaker\"><h3>{}</h3><ul>{}</ul></div>", e.getKey(),
                Html.each(e.getValue(), q -> fmt("<li><q>{}</q> <span class=\"count\">{}</span></li>", q.text(), nz(q.cue())))))),
        copies.isEmpty() ? Html.EMPTY : fmt("<section><h2>Copies and earlier versions</h2><ul>{}</ul></section>",
            Html.each(copies, m -> fmt("<li><a href=\"/articles/{}\">{}</a> · {} · {} of <a href=\"/articles/{}\">{}</a></li>",
                m.articleId(), m.title(), nz(m.outlet()), m.copyKind() == null ? "copy" : m.copyKind().name().toLowerCase(Locale.ROOT) + " copy",
                m.copyOf(), m.copyOf())))));
  }

  public void place(Context ctx) throws Exception {
    String name = ctx.pathParam("name").strip();
    // "/places/geonames:2255564" (an API link): the page reads reports by the name they use.
    Optional<AnalysisStore> analyses = data.analyses();
    if (name.startsWith("geonames:") && analyses.isPresent()) {
      var known = analyses.get().entity(name);
      if (known.isPresent() && !known.get().entity().name().equals(name)) {
        ctx.redirect("/places/" + Html.pathSegment(known.get().entity().name()));
        return;
      }
    }
    ctx.html(cache.get("place/" + name, data.generation(), () -> placePage(name)));
  }

  private String placePage(String name) throws IOException {
    List<Story> stories = storiesAbout(null, name);
    SearchResults reports = data.searchArticles(new SearchQuery("\"" + name.replace("\"", "") + "\"", null, null, List.of(), null, 50, 0));
    List<ArticleFacts.PlaceRef> located = new ArrayList<>();
    for (SearchResults.Hit h : reports.hits()) {
      for (var p : data.facts(h.article()).places()) {
        if (p.name().equalsIgnoreCase(name) && located.stream().noneMatch(x -> x.id().equals(p.id()))) located.add(p);
      }
      if (!located.isEmpty()) break;
    }
    Html.Safe claims = Html.EMPTY;
    Html.Safe unknown = Html.EMPTY;
    Optional<AnalysisStore> analyses = data.analyses();
    if (analyses.isPresent()) {
      AnalysisStore store = analyses.get();
      var timeline = store.timeline(name);
      claims = fmt("<section><h2>Claims about it over time</h2>{}</section>",
          ClaimViews.timeline(PlaceTimeline.of(timeline, store.assessments(name))));
      // A misspelt or unreported place must not read as "nothing happened there".
      String reason = timeline.isEmpty() ? KnownPlaces.unknown(store, name) : null;
      if (reason != null) {
        List<String> close = KnownPlaces.closest(name, store.entities(new EntityQuery(EntityType.LOCATION, 20_000)));
        unknown = fmt("<p class=\"notice\" id=\"unknown-place\">{}.{}</p>", reason.replaceFirst("[;(].*", "").strip(),
            close.isEmpty() ? fmt(" See <a href=\"/places\">the places the reports name</a>.")
                : fmt(" Did you mean {}?", Html.join(close.stream().map(c -> fmt("<a href=\"/places/{}\">{}</a> ", Html.pathSegment(c), c))
                    .toArray(Html.Safe[]::new))));
      }
    }
    return Layout.page(name, fmt("""
        <h1>{}</h1><p class="meta">Place</p>{}
        <section><h2>Map</h2>{}</section>
        {}
        <section><h2>Stories</h2><ul class="stories">{}</ul></section>
        <section><h2>Timeline of reports naming it</h2><ol class="timeline">{}</ol></section>
        """, name, unknown, located.isEmpty() ? unplaced(name) : Layout.map("place-map", located), claims, stories.isEmpty() ? fmt("<li class=\"empty\">None yet.</li>") : Html.each(stories, Layout::storyItem),
        timeline(reports)));
  }

  /** Why a place page has no map: the gazetteer placed no spelling the reports use, and what would. */
  private static Html.Safe unplaced(String name) {
    return fmt("""
        <p class="empty">No gazetteer entry places “{}”, so it has no map. The shipped gazetteer holds towns of 500 people \
        or more; a country's GeoNames file adds its villages (<code>crosscheck gazetteer import XX.zip</code>, then \
        <code>crosscheck analyze --all</code>). <a href="/places">Places</a> lists where each spelling was placed.</p>
        """, name);
  }

  public void entity(Context ctx) throws Exception {
    String name = ctx.pathParam("name").strip();
    ctx.html(cache.get("entity/" + name, data.generation(), () -> entityPage(name)));
  }

  private String entityPage(String name) throws IOException {
    List<Story> stories = storiesAbout(name, null);
    SearchResults reports = data.searchArticles(new SearchQuery("\"" + name.replace("\"", "") + "\"", null, null, List.of(), null, 50, 0));
    Optional<AnalysisStore> analyses = data.analyses();
    Optional<EntityProfile> profile = analyses.isPresent() ? analyses.get().entity(name) : Optional.empty();
    Html.Safe quotes = profile.isPresent() ? storedQuotes(profile.get()) : quotesInReports(name, reports);
    Html.Safe claims = profile.map(p -> fmt("<section><h2>Claims over time</h2>{}</section>", ClaimViews.claims(p.claims())))
        .orElse(Html.EMPTY);
    return Layout.page(name, fmt("""
        <h1>{}</h1><p class="meta">{}</p>
        <section><h2>Quotes over time</h2>{}</section>
        {}
        <section><h2>Stories</h2><ul class="stories">{}</ul></section>
        <section><h2>Timeline of reports naming them</h2><ol class="timeline">{}</ol></section>
        """, name, profile.map(PageController::describe).orElse("Name"), quotes, claims,
        stories.isEmpty() ? fmt("<li class=\"empty\">None yet.</li>") : Html.each(stories, Layout::storyItem), timeline(reports)));
  }

  private static String describe(EntityProfile p) {
    String kind = p.entity().type().name().charAt(0) + p.entity().type().name().substring(1).toLowerCase(Locale.ROOT);
    String roles = p.entity().roles().isEmpty() ? "" : " · " + String.join(", ", p.entity().roles());
    return kind + roles + " · named in " + p.entity().articles() + " report" + (p.entity().articles() == 1 ? "" : "s");
  }

  /** The entity's quotes as the analyses attributed them, oldest report first. */
  private static Html.Safe storedQuotes(EntityProfile p) {
    if (p.quotes().isEmpty()) return fmt("<p class=\"empty\">No quotes attributed yet.</p>");
    return fmt("<ul class=\"quotes\">{}</ul>", Html.each(p.quotes(), q -> fmt(
        "<li><span class=\"meta\">{} · <a href=\"/articles/{}\">{}</a></span> <q>{}</q></li>",
        Layout.when(q.article().published()), q.article().id(), nz(q.article().outlet()), q.quote().text())));
  }

  /** Without stored analyses: the quotes whose speaker matches, in the reports naming them. */
  private Html.Safe quotesInReports(String name, SearchResults reports) {
    List<Map.Entry<Article, ArticleFacts.QuoteRef>> quotes = new ArrayList<>();
    for (SearchResults.Hit h : reports.hits()) {
      for (var q : data.facts(h.article()).quotes()) {
        if (q.speaker() != null && q.speaker().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) quotes.add(Map.entry(h.article(), q));
      }
    }
    quotes.sort(Comparator.comparing(e -> e.getKey().published() == null ? "" : e.getKey().published().toString()));
    if (quotes.isEmpty()) return fmt("<p class=\"empty\">No quotes attributed yet.</p>");
    return fmt("<ul class=\"quotes\">{}</ul>", Html.each(quotes, e -> fmt("<li><span class=\"meta\">{} · {}</span> <q>{}</q></li>",
        Layout.when(e.getKey().published()), Outlets.named(e.getKey()), e.getValue().text())));
  }

  private List<Story> storiesAbout(String entity, String place) throws IOException {
    if (data.stories().isEmpty()) return List.of();
    StorySearch newest = new StorySearch(null, null, null, List.of(), null, null, StorySearch.Order.NEWEST, 20, 0);
    return data.searchStories(StoryFilter.narrow(newest, entity, place, data.analyses().orElse(null))).stories();
  }

  private static Html.Safe timeline(SearchResults reports) {
    List<Article> sorted = reports.hits().stream().map(SearchResults.Hit::article)
        .sorted(Comparator.comparing(a -> a.published() == null ? "9999" : a.published().toInstant().toString())).toList();
    if (sorted.isEmpty()) return fmt("<li class=\"empty\">No reports name it.</li>");
    return Html.each(sorted, a -> fmt("<li><span class=\"meta\">{} · {}</span> <a href=\"/articles/{}\">{}</a></li>",
        Layout.when(a.published()), Outlets.named(a), a.id(), a.title()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

