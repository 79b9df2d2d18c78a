package org.crosscheck.web.ui;

import static org.crosscheck.web.ui.Html.fmt;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.stories.Story;
import org.crosscheck.web.ArticleFacts;

/** The frame every page shares, and small pieces several pages use. */
final class Layout {
  private Layout() {}

  static String page(String title, Html.Safe body) {
    return fmt("""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{} · Crosscheck</title>
        <link rel="stylesheet" href="/static/vendor/leaflet/dist/leaflet.css">
        <link rel="stylesheet" href="/static/app.css">
        </head><body>
        <header class="top"><a class="brand" href="/">Crosscheck</a>
        <nav class="sections"><a href="/stories">Stories</a><a href="/claims">Claims</a><a href="/places">Places</a><a href="/entities">Names</a></nav>
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" placeholder="Search reports: words, &quot;a phrase&quot;, -not, a OR b" aria-label="Search">
        <button type="submit">Search</button></form></header>
        <main>{}</main>
        <footer>Crosscheck · base map: Natural Earth (public domain) via world-atlas · map library: Leaflet ·
        <a href="/api/openapi.json">API</a></footer>
        <script src="/static/vendor/leaflet/dist/leaflet.js"></script>
        <script src="/static/vendor/topojson-client/dist/topojson-client.min.js"></script>
        <script src="/static/app.js"></script>
        </body></html>
        """, title, body).html();
  }

  static Html.Safe storyItem(Story s) {
    return fmt("""
        <li class="story" data-story-id="{}"><a href="/stories/{}">{}</a>
        <div class="meta">{} · {} · {}</div></li>
        """, s.id(), s.id(), s.label(), span(s.start(), s.end()), size(s), String.join(", ", s.outlets()));
  }

  static String size(Story s) {
    int copies = s.articles().size() - s.reportCount();
    return s.reportCount() + " report" + (s.reportCount() == 1 ? "" : "s")
        + (copies == 0 ? "" : " (+" + copies + " cop" + (copies == 1 ? "y" : "ies") + ")");
  }

  static String span(Instant start, Instant end) {
    if (start == null) return "no dates";
    String a = start.toString().substring(0, 10);
    String b = end == null ? a : end.toString().substring(0, 10);
    return a.equals(b) ? a : a + " – " + b;
  }

  static String when(OffsetDateTime t) {
    return t == null ? "no date" : t.toString().replace('T', ' ');
  }

  /** A map over {@code places}; app.js draws it with the bundled base layer. */
  static Html.Safe map(String id, List<ArticleFacts.PlaceRef> places) {
    if (places.isEmpty()) return fmt("<p class=\"empty\">No places with coordinates yet.</p>");
    return fmt("""
        <div class="map" id="{}" data-places="{}-data"></div>
        <script type="application/json" id="{}-data">{}</script>
        """, id, id, id, Html.json(framed(places)));
  }

  /** A place on a map, and whether the map's first view frames it. */
  record MapPlace(String id, String name, double lat, double lon, String region, String country, int mentions, boolean frame) {}

  /** How many times fewer mentions than the most named place a place may have and still be framed. */
  static final int FRAME_RATIO = 10;

  /**
   * The places with whether the first view frames them: those named at least a tenth as often
   * as the most named one. A story's background sentence naming far-off capitals once (the
   * foreign bases in a port town) otherwise zooms its map out to the whole world; their markers
   * stay, off the first view.
   */
  static List<MapPlace> framed(List<ArticleFacts.PlaceRef> places) {
    int most = places.stream().mapToInt(p -> Math.max(1, p.mentions())).max().orElse(1);
    return places.stream().map(p -> new MapPlace(p.id(), p.name(), p.lat(), p.lon(), p.region(), p.country(), p.mentions(),
        Math.max(1, p.mentions()) * FRAME_RATIO >= most)).toList();
  }
}
