package org.crosscheck.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.json.Json;
import org.crosscheck.web.ui.BrowsePages;
import org.crosscheck.web.ui.Html;
import org.crosscheck.web.ui.PageController;

/**
 * The server: every route is declared in {@link #routes}, pointing at one controller per feature.
 * Errors answer {@code {error, detail}} as JSON under {@code /api}, and a short page elsewhere.
 */
public final class WebApp implements AutoCloseable {
  static final String OPENAPI = "/org/crosscheck/web/openapi.json";
  /** Request attribute marking an error already answered, so the 404 fallback leaves it alone. */
  private static final String ANSWERED = "crosscheck.error";

  /** A declared route, as the OpenAPI document must list it. */
  public record Route(HandlerType method, String path, Handler handler) {}

  private final Javalin app;
  private final WebConfig config;
  private final EventsController events;
  private final List<Route> routes;

  private WebApp(Javalin app, WebConfig config, EventsController events, List<Route> routes) {
    this.app = app;
    this.config = config;
    this.events = events;
    this.routes = routes;
  }

  public static WebApp create(WebConfig config, DataView data) {
    EventsController events = new EventsController(data);
    List<Route> routes = routes(data, config, events);
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.useVirtualThreads = true;
      c.jsonMapper(new JavalinJackson(Json.forClients(), true));
      c.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/org/crosscheck/web/static";
        s.location = Location.CLASSPATH;
        s.precompress = false;
        s.headers = Map.of("Cache-Control", "max-age=3600");
      });
      c.router.ignoreTrailingSlashes = true;
      for (Route r : routes) c.router.mount(router -> router.addHttpHandler(r.method(), r.path(), r.handler()));
    });
    app.sse("/api/events", events::connect);
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    });
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.detail()));
    app.exception(ValidationException.class, (e, ctx) -> error(ctx, 400, "bad_request", describe(e)));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("crosscheck web: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      error(ctx, 500, "internal", "the server could not answer this request: " + e.getClass().getSimpleName());
    });
    app.error(404, ctx -> {
      if (ctx.attribute(ANSWERED) == null) error(ctx, 404, "not_found", "no route " + ctx.method() + " " + ctx.path());
    });
    return new WebApp(app, config, events, routes);
  }

  /** The one place routes are declared. */
  private static List<Route> routes(DataView data, WebConfig config, EventsController events) {
    ArticleController articles = new ArticleController(data);
    StoryController stories = new StoryController(data);
    FeedController feeds = new FeedController(config.watchDir());
    ExportController exports = new ExportController(data);
    PageController pages = new PageController(data);
    BrowsePages browse = new BrowsePages(data);
    AnalysisController analyses = new AnalysisController(data);
    RenderCache answers = new RenderCache(1024);
    List<Route> r = new ArrayList<>();
    r.add(new Route(HandlerType.GET, "/api/openapi.json", WebApp::openApi));
    r.add(new Route(HandlerType.GET, "/api/articles/{id}", articles::get));
    r.add(new Route(HandlerType.GET, "/api/search", articles::search));
    r.add(new Route(HandlerType.GET, "/api/stories", stories::list));
    r.add(new Route(HandlerType.GET, "/api/stories/{id}", stories::get));
    r.add(new Route(HandlerType.GET, "/api/feeds/health", feeds::health));
    r.add(new Route(HandlerType.GET, "/api/export/articles.{format}", exports::articles));
    r.add(new Route(HandlerType.GET, "/api/entities", cached(answers, data, analyses::entities)));
    r.add(new Route(HandlerType.GET, "/api/entities/{id}", cached(answers, data, analyses::entity)));
    r.add(new Route(HandlerType.GET, "/api/places", cached(answers, data, analyses::places)));
    r.add(new Route(HandlerType.GET, "/api/export/places.geojson", cached(answers, data, analyses::placesGeoJson)));
    r.add(new Route(HandlerType.GET, "/api/quotes", cached(answers, data, analyses::quotes)));
    r.add(new Route(HandlerType.GET, "/api/citations", cached(answers, data, analyses::citations)));
    r.add(new Route(HandlerType.GET, "/api/claims", cached(answers, data, analyses::claims)));
    r.add(new Route(HandlerType.GET, "/api/export/claims.geojson", cached(answers, data, analyses::claimsGeoJson)));
    r.add(new Route(HandlerType.GET, "/api/timeline/{place}", cached(answers, data, analyses::timeline)));
    r.add(new Route(HandlerType.GET, "/", pages::home));
    r.add(new Route(HandlerType.GET, "/stories", browse::stories));
    r.add(new Route(HandlerType.GET, "/claims", browse::claims));
    r.add(new Route(HandlerType.GET, "/places", browse::places));
    r.add(new Route(HandlerType.GET, "/entities", browse::entities));
    r.add(new Route(HandlerType.GET, "/search", pages::search));
    r.add(new Route(HandlerType.GET, "/articles/{id}", pages::article));
    r.add(new Route(HandlerType.GET, "/stories/{id}", pages::story));
    r.add(new Route(HandlerType.GET, "/places/{name}", pages::place));
    r.add(new Route(HandlerType.GET, "/entities/{name}", pages::entity));
    return List.copyOf(r);
  }

  /**
   * The handler's answers kept per path, query and data generation: answers over the analyses
   * compute claim statuses across every stored claim, so they are computed once per change.
   */
  private static Handler cached(RenderCache cache, DataView data, Handler handler) {
    return ctx -> {
      String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      String typed = cache.get(key, data.generation(), () -> {
        handler.handle(ctx);
        return ctx.res().getContentType() + "\n" + ctx.result(); // the response type; ctx.contentType() is the request's
      });
      int split = typed.indexOf('\n');
      ctx.contentType(typed.substring(0, split)).result(typed.substring(split + 1));
    };
  }

  /** The API routes (SSE included), for the check that the OpenAPI document lists them all. */
  public List<String> apiRoutes() {
    List<String> out = new ArrayList<>();
    for (Route r : routes) if (r.path().startsWith("/api/")) out.add(r.method().name() + " " + r.path());
    out.add("GET /api/events");
    return out;
  }

  public WebApp start() throws IOException {
    events.start(config.pollInterval());
    app.start(config.host(), config.port());
    return this;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    return "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + port() + "/";
  }

  @Override
  public void close() {
    events.close();
    app.stop();
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in = WebApp.class.getResourceAsStream(OPENAPI)) {
      if (in == null) throw new UncheckedIOException(new IOException("missing " + OPENAPI));
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private static void error(Context ctx, int status, String error, String detail) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", error);
      body.put("detail", detail);
      ctx.json(body);
    } else {
      ctx.html(Html.fmt("<!doctype html><meta charset=\"utf-8\"><title>{}</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
          + "<main><h1>{}</h1><p>{}</p><p><a href=\"/\">Home</a></p></main>", status, status + " " + error.replace('_', ' '), detail).html());
    }
  }

  /** "limit must be between 1 and 200 (got 0)" from Javalin's validation errors. */
  static String describe(ValidationException e) {
    return e.getErrors().entrySet().stream().map(entry -> entry.getValue().stream()
        .map(err -> entry.getKey() + " " + message(err)).collect(Collectors.joining("; ")))
        .collect(Collectors.joining("; "));
  }

  private static String message(ValidationError<?> err) {
    String m = err.getMessage();
    if (m.equals("TYPE_CONVERSION_FAILED")) return "is not a number (got " + err.getValue() + ")";
    return m + " (got " + err.getValue() + ")";
  }
}
