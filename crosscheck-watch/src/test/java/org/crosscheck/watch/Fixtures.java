package org.crosscheck.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/** Small feeds and pages written for these tests, and a clock tests can move forward. */
final class Fixtures {
  private Fixtures() {}

  /** An RSS item: with {@code body} it carries its full text, without it only a summary. */
  record Item(String guid, String title, String link, String summary, String body) {}

  static Item full(String id, String link) {
    return new Item(id, "Full report " + id, link, "Summary of " + id,
        "<p>" + sentences(id, 0) + "</p><p>" + sentences(id, 1) + "</p>");
  }

  static Item summaryOnly(String id, String link) {
    return new Item(id, "Teaser " + id, link, "Only a teaser for " + id + ", read the rest on the site.", null);
  }

  static String rss(String title, List<Item> items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n<title>")
        .append(title).append("</title><link>http://example.invalid/</link><description>test</description>\n");
    for (Item i : items) {
      b.append("<item><guid isPermaLink=\"false\">").append(i.guid()).append("</guid><title>").append(i.title())
          .append("</title><link>").append(i.link()).append("</link><pubDate>Mon, 05 Jan 2026 10:00:00 +0000</pubDate>")
          .append("<description>").append(i.summary()).append("</description>");
      if (i.body() != null) b.append("<content:encoded><![CDATA[").append(i.body()).append("]]></content:encoded>");
      b.append("</item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  /** A news article page the extractor accepts: headline, byline, dated, several paragraphs. */
  static String articlePage(String id) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page report ")
        .append(id).append("</title><meta property=\"article:published_time\" content=\"2026-01-05T09:30:00Z\">")
        .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Page report ")
        .append(id).append("</h1>");
    for (int p = 0; p < 5; p++) b.append("<p>").append(sentences(id, p)).append("</p>");
    return b.append("</article><footer>Copyright Test Outlet</footer></body></html>").toString();
  }

  /** Text that reads like a report and differs per id and paragraph. */
  static String sentences(String id, int paragraph) {
    return "Officials in the region said on Monday that the bridge over the river, marked as report " + id
        + " part " + paragraph + ", would stay closed to heavy traffic for at least another week. "
        + "Engineers inspecting the structure found cracks in two of its supporting piers after the floods, "
        + "and the regional governor asked drivers to use the northern crossing until repairs are complete.";
  }

  static WatchConfig.Builder fastConfig() {
    return WatchConfig.builder()
        .userAgent(WatchConfig.userAgent("ops@example.org"))
        .hostDelay(Duration.ofMillis(5))
        .maxCrawlDelay(Duration.ofMillis(300))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .retries(1)
        .retryBase(Duration.ofMillis(10))
        .errorBackoff(Duration.ofSeconds(30))
        .silentAfterPolls(3)
        .failingAfterErrors(2)
        .pageAttempts(3);
  }

  static Random random() {
    return new Random(7);
  }

  /** Real time plus an offset the test advances, so schedules move on without waiting. */
  static final class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration d) {
      offset = offset.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}
