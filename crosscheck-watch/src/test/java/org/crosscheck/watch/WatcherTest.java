package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.watch.Fixtures.full;
import static org.crosscheck.watch.Fixtures.rss;
import static org.crosscheck.watch.Fixtures.summaryOnly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop against a local server that misbehaves in the ways real servers do. */
class WatcherTest {
  @TempDir Path dataDir;
  private TestServer server;
  private final MemoryStore store = new MemoryStore();
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock();
  private final HtmlExtractor extractor = new HtmlExtractor();

  @BeforeEach
  void startServer() throws IOException {
    server = TestServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private Watcher watcher(WatchConfig config) throws IOException {
    return new Watcher(config, dataDir.resolve("watch"), store, extractor, Fetcher.newClient(config), clock,
        Sleeper.REAL, Fixtures.random());
  }

  private Watcher watcher() throws IOException {
    return watcher(Fixtures.fastConfig().build());
  }

  private FeedList list(String... paths) {
    List<FeedList.Entry> entries = new ArrayList<>();
    for (String p : paths) entries.add(new FeedList.Entry(server.url(p), null));
    return new FeedList(entries);
  }

  private FeedHealth health(Watcher w, String path) {
    return FeedHealth.of(w.state().existingFeed(server.url(path)), w.state(), Fixtures.fastConfig().build(),
        clock.instant());
  }

  @Test
  void storesFullItemsAndFetchesThePagesOfSummaryOnlyItemsOnce() throws Exception {
    server.route("/feed.xml", TestServer.feedWithEtag(() -> rss("Test Outlet", List.of(
        full("a1", server.url("/a1")), summaryOnly("a2", server.url("/a2")), summaryOnly("a3", server.url("/a3"))))));
    server.route("/a2", TestServer.fixed("text/html; charset=utf-8", Fixtures.articlePage("a2")));
    server.route("/a3", TestServer.fixed("text/html; charset=utf-8", Fixtures.articlePage("a3")));

    CycleSummary summary = watcher().runOnce(list("/feed.xml"));

    assertThat(summary.newItems()).isEqualTo(3);
    assertThat(summary.stored()).isEqualTo(3);
    assertThat(summary.pagesFetched()).isEqualTo(2);
    assertThat(store.byUrl(server.url("/a1")).text()).contains("report a1 part 1");
    Article page = store.byUrl(server.url("/a2"));
    assertThat(page.format()).isEqualTo(InputFormat.HTML);
    assertThat(page.text()).contains("report a2 part 4").doesNotContain("Only a teaser");
    assertThat(page.source()).isEqualTo("Test Outlet");
    assertThat(page.feedUrl()).isEqualTo(server.url("/feed.xml"));
    assertThat(server.hits("/feed.xml")).isEqualTo(1);
    assertThat(server.hits("/a2")).isEqualTo(1);
    assertThat(server.hits("/a1")).as("a full item needs no page").isZero();
    assertThat(server.hits("/robots.txt")).isEqualTo(1);
    assertThat(server.allRequests()).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo("Crosscheck/0.1 (+ops@example.org)"));
    assertThat(store.commits.get()).isEqualTo(1);
  }

  @Test
  void restartLosesNothingAndFetchesNothingThatDidNotChange() throws Exception {
    AtomicReference<List<Fixtures.Item>> items = new AtomicReference<>(List.of(
        full("b1", server.url("/b1")), summaryOnly("b2", server.url("/b2"))));
    server.route("/feed.xml", TestServer.feedWithEtag(() -> rss("Outlet B", items.get())));
    server.route("/b2", TestServer.fixed("text/html", Fixtures.articlePage("b2")));
    server.route("/b3", TestServer.fixed("text/html", Fixtures.articlePage("b3")));
    watcher().runOnce(list("/feed.xml"));

    // A new process on the same data directory: the feed is unchanged, so it answers 304.
    clock.advance(Duration.ofHours(1));
    CycleSummary again = watcher().runOnce(list("/feed.xml"));
    assertThat(again.notModified()).isEqualTo(1);
    assertThat(again.newItems()).isZero();
    List<TestServer.Request> polls = server.requests("/feed.xml");
    assertThat(polls).hasSize(2);
    assertThat(polls.get(1).ifNoneMatch()).isNotNull();
    assertThat(server.hits("/b2")).isEqualTo(1);
    assertThat(server.hits("/robots.txt")).as("robots.txt is remembered across restarts").isEqualTo(1);

    // The feed changes: only the new item is read and only its page fetched.
    items.set(List.of(summaryOnly("b3", server.url("/b3")), full("b1", server.url("/b1")), summaryOnly("b2", server.url("/b2"))));
    clock.advance(Duration.ofHours(1));
    CycleSummary changed = watcher().runOnce(list("/feed.xml"));
    assertThat(changed.newItems()).isEqualTo(1);
    assertThat(server.hits("/b2")).isEqualTo(1);
    assertThat(server.hits("/b3")).isEqualTo(1);
    assertThat(store.count()).isEqualTo(3);
  }

  @Test
  void robotsDisallowedPathsAreNeverRequested() throws Exception {
    server.route("/robots.txt", TestServer.fixed("text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.route("/private/feed.xml", TestServer.fixed("application/rss+xml", rss("Hidden", List.of(full("p1", server.url("/p1"))))));
    server.route("/feed.xml", TestServer.fixed("application/rss+xml", rss("Open", List.of(
        summaryOnly("o1", server.url("/private/o1")), summaryOnly("o2", server.url("/o2"))))));
    server.route("/o2", TestServer.fixed("text/html", Fixtures.articlePage("o2")));

    Watcher w = watcher();
    w.runOnce(list("/feed.xml", "/private/feed.xml"));

    assertThat(server.allRequests()).noneMatch(r -> r.path().startsWith("/private/"));
    assertThat(health(w, "/private/feed.xml").flags()).contains(FeedHealth.DISALLOWED);
    // The item whose page may not be fetched is kept with its summary, not lost.
    assertThat(store.byUrl(server.url("/private/o1")).text()).contains("Only a teaser for o1");
    assertThat(store.byUrl(server.url("/o2")).text()).contains("report o2 part 2");
  }

  @Test
  void retryAfterIsHonouredForTheWholeHost() throws Exception {
    server.route("/busy.xml", TestServer.status(429, "Retry-After", "120"));
    server.route("/other.xml", TestServer.fixed("application/rss+xml", rss("Other", List.of(full("x1", server.url("/x1"))))));
    Watcher w = watcher();
    // The busy feed is listed first: after its 429 the host is held, so the other feed waits too.
    CycleSummary first = w.runOnce(new FeedList(List.of(new FeedList.Entry(server.url("/busy.xml"), null))));
    assertThat(first.failed()).isEqualTo(1);
    assertThat(server.hits("/busy.xml")).as("a 429 is not retried at once").isEqualTo(1);

    CycleSummary held = w.runOnce(list("/busy.xml", "/other.xml"));
    assertThat(held.deferred()).isEqualTo(1);
    assertThat(server.hits("/busy.xml")).isEqualTo(1);
    assertThat(server.hits("/other.xml")).as("no request to a host inside its Retry-After").isZero();
    assertThat(health(w, "/other.xml").notes()).anyMatch(n -> n.contains("asked us to wait"));

    // Past the wait the host has recovered: both feeds are polled. (Were the busy feed to answer 429
    // again, whether the other feed, polled at the same time, got in before it would be a race.)
    server.route("/busy.xml", TestServer.fixed("application/rss+xml", rss("Busy", List.of(full("b1", server.url("/b1"))))));
    clock.advance(Duration.ofSeconds(125));
    w.runOnce(list("/busy.xml", "/other.xml"));
    assertThat(server.hits("/busy.xml")).isEqualTo(2);
    assertThat(server.hits("/other.xml")).isEqualTo(1);
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenTheFeedIsFlaggedFailing() throws Exception {
    server.route("/broken.xml", TestServer.status(500));
    Watcher w = watcher();
    w.runOnce(list("/broken.xml"));
    assertThat(server.hits("/broken.xml")).as("one retry within the poll").isEqualTo(2);
    assertThat(health(w, "/broken.xml").flags()).doesNotContain(FeedHealth.FAILING);

    w.runOnce(list("/broken.xml"));
    assertThat(server.hits("/broken.xml")).as("backing off: not polled again yet").isEqualTo(2);

    clock.advance(Duration.ofSeconds(40));
    w.runOnce(list("/broken.xml"));
    assertThat(server.hits("/broken.xml")).isEqualTo(4);
    FeedHealth h = health(w, "/broken.xml");
    assertThat(h.flags()).contains(FeedHealth.FAILING);
    assertThat(h.lastError()).contains("HTTP 500");
    assertThat(h.consecutiveErrors()).isEqualTo(2);
    // The second failure backs off twice as long as the first (30 s doubling, 20 % jitter).
    assertThat(w.state().existingFeed(server.url("/broken.xml")).nextPollAt)
        .isAfter(clock.instant().plusSeconds(45)).isBefore(clock.instant().plusSeconds(75));
  }

  @Test
  void redirectsAreFollowedWithinALimitAndLoopsAreCaught() throws Exception {
    server.route("/old.xml", TestServer.status(301, "Location", "/new.xml"));
    server.route("/new.xml", TestServer.fixed("application/rss+xml", rss("Moved", List.of(full("m1", server.url("/m1"))))));
    server.route("/loop-a", TestServer.status(302, "Location", "/loop-b"));
    server.route("/loop-b", TestServer.status(302, "Location", "/loop-a"));
    for (int i = 0; i < 10; i++) server.route("/chain" + i, TestServer.status(307, "Location", "/chain" + (i + 1)));

    Watcher w = watcher();
    w.runOnce(list("/old.xml", "/loop-a", "/chain0"));
    assertThat(store.byUrl(server.url("/m1"))).isNotNull();
    assertThat(health(w, "/loop-a").lastError()).contains("redirect loop");
    assertThat(health(w, "/chain0").lastError()).contains("more than 5 redirects");
    assertThat(server.hits("/chain6")).isZero();
    assertThat(health(w, "/old.xml").notes()).anyMatch(n -> n.contains("moved permanently to " + server.url("/new.xml")));

    clock.advance(Duration.ofHours(1));
    w.runOnce(list("/old.xml"));
    assertThat(server.hits("/old.xml")).as("a permanent move is remembered").isEqualTo(1);
    assertThat(server.hits("/new.xml")).isEqualTo(2);
  }

  @Test
  void faultyFeedsFailAloneWithTheirReasonAndTheRestIsStored() throws Exception {
    server.route("/good.xml", TestServer.fixed("application/rss+xml", rss("Good", List.of(full("g1", server.url("/g1"))))));
    server.route("/malformed.xml", TestServer.fixed("application/rss+xml", "<rss><channel><title>x</title><item><title>a</ti"));
    server.route("/not-a-feed.xml", TestServer.fixed("text/html", "<html><body>Hello</body></html>"));
    server.route("/broken-gzip.xml", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "application/rss+xml", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
    });
    server.route("/huge.xml", ex -> {
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try (var out = ex.getResponseBody()) {
        for (int i = 0; i < 64; i++) out.write(chunk);
      }
    });
    server.route("/slow.xml", ex -> {
      try {
        Thread.sleep(4_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestServer.send(ex, 200, "application/rss+xml", new byte[0]);
    });
    WatchConfig config = Fixtures.fastConfig().maxFeedBytes(256 * 1024).readTimeout(Duration.ofMillis(500)).retries(0).build();
    Watcher w = watcher(config);

    CycleSummary s = w.runOnce(list("/good.xml", "/malformed.xml", "/not-a-feed.xml", "/broken-gzip.xml", "/huge.xml", "/slow.xml"));

    assertThat(s.fetched()).isGreaterThanOrEqualTo(1);
    assertThat(s.failed()).isEqualTo(5);
    assertThat(store.byUrl(server.url("/g1")).text()).contains("report g1");
    assertThat(health(w, "/malformed.xml").lastError()).contains("no items could be read", "not closed");
    assertThat(health(w, "/not-a-feed.xml").lastError()).contains("not an RSS or Atom feed");
    assertThat(health(w, "/broken-gzip.xml").lastError()).contains("broken gzip body");
    assertThat(health(w, "/huge.xml").lastError()).contains("larger than the 256 KB cap");
    assertThat(health(w, "/slow.xml").lastError()).contains("within 0.5 s");
  }

  @Test
  void aMislabelledCharsetAndAGzippedFeedAreReadCorrectly() throws Exception {
    String title = "Київ: міст закрито";
    String xml = rss("Вісті", List.of(new Fixtures.Item("u1", title, server.url("/u1"), "Короткий опис новини про міст.",
        "<p>" + Fixtures.sentences("u1", 0) + "</p>")));
    // Declared Latin-1 in the header, really UTF-8; no encoding in the prolog.
    byte[] utf8 = xml.replace(" encoding=\"UTF-8\"", "").getBytes(StandardCharsets.UTF_8);
    server.route("/latin1-label.xml", ex -> TestServer.send(ex, 200, "text/xml; charset=iso-8859-1", utf8));
    String pageHtml = Fixtures.articlePage("w1").replace("Page report w1", "Харків: новини w1");
    byte[] cp1251 = pageHtml.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1251\">")
        .getBytes(Charset.forName("windows-1251"));
    server.route("/gzipped.xml", ex -> {
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(rss("Zipped", List.of(summaryOnly("w1", server.url("/w1")))).getBytes(StandardCharsets.UTF_8));
      }
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "application/rss+xml", gz.toByteArray());
    });
    // The server's header claims UTF-8; the page is windows-1251 and says so in its meta tag.
    server.route("/w1", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", cp1251));

    watcher().runOnce(list("/latin1-label.xml", "/gzipped.xml"));

    assertThat(store.byUrl(server.url("/u1")).title()).isEqualTo(title);
    assertThat(store.byUrl(server.url("/w1")).title()).isEqualTo("Харків: новини w1");
  }

  @Test
  void aPageThatFailsForNowIsFetchedOnALaterPollEvenWhenTheFeedIsUnchanged() throws Exception {
    server.route("/feed.xml", TestServer.feedWithEtag(() -> rss("Flaky", List.of(summaryOnly("f1", server.url("/f1"))))));
    AtomicInteger calls = new AtomicInteger();
    server.route("/f1", ex -> {
      if (calls.incrementAndGet() <= 2) TestServer.send(ex, 503, "text/plain", new byte[0]);
      else TestServer.send(ex, 200, "text/html", Fixtures.articlePage("f1").getBytes(StandardCharsets.UTF_8));
    });
    Watcher w = watcher();
    CycleSummary first = w.runOnce(list("/feed.xml"));
    assertThat(first.pendingPages()).isEqualTo(1);
    assertThat(store.count()).as("not stored yet: the page is expected to come back").isZero();

    clock.advance(Duration.ofHours(1));
    CycleSummary second = watcher().runOnce(list("/feed.xml"));
    assertThat(second.notModified()).isEqualTo(1);
    assertThat(second.pendingPages()).isZero();
    assertThat(store.byUrl(server.url("/f1")).text()).contains("report f1 part 3");
  }

  @Test
  void silentAndAllFailingFeedsAreFlagged() throws Exception {
    server.route("/quiet.xml", TestServer.feedWithEtag(() -> rss("Quiet", List.of(full("q1", server.url("/q1"))))));
    server.route("/teasers.xml", TestServer.fixed("application/rss+xml", rss("Teasers", List.of(
        summaryOnly("t1", server.url("/t1")), summaryOnly("t2", server.url("/t2"))))));
    server.route("/t1", TestServer.status(404));
    server.route("/t2", TestServer.fixed("text/html", "<html><head><title>Subscribe</title></head><body><p>Subscribe to read.</p></body></html>"));
    Watcher w = watcher();
    w.runOnce(list("/quiet.xml", "/teasers.xml"));

    FeedHealth teasers = health(w, "/teasers.xml");
    assertThat(teasers.flags()).contains(FeedHealth.ALL_FAILING);
    assertThat(teasers.problems()).anyMatch(p -> p.contains("HTTP 404"));
    assertThat(store.byUrl(server.url("/t1")).text()).as("the summary is kept").contains("Only a teaser for t1");
    assertThat(health(w, "/quiet.xml").flags()).isEmpty();

    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofHours(1));
      w.runOnce(list("/quiet.xml"));
    }
    assertThat(health(w, "/quiet.xml").flags()).containsExactly(FeedHealth.SILENT);
  }

  @Test
  void aLongCrawlDelayWinsButIsCappedAndReported() throws Exception {
    server.route("/robots.txt", TestServer.fixed("text/plain", "User-agent: *\nCrawl-delay: 3600\n"));
    for (int i = 0; i < 3; i++) {
      server.route("/f" + i + ".xml", TestServer.fixed("application/rss+xml", rss("F" + i, List.of(full("c" + i, server.url("/c" + i))))));
    }
    Watcher w = watcher();
    w.runOnce(list("/f0.xml", "/f1.xml", "/f2.xml"));

    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < 3; i++) starts.add(server.requests("/f" + i + ".xml").get(0).nanos());
    starts.sort(null);
    assertThat(Duration.ofNanos(starts.get(2) - starts.get(0))).as("spaced by the capped delay")
        .isGreaterThanOrEqualTo(Duration.ofMillis(550));
    assertThat(store.count()).isEqualTo(3);
    assertThat(health(w, "/f0.xml").notes()).contains("robots.txt asks for a crawl-delay of 3600 s; capped at 0.3 s");
  }

  @Test
  void atMostTheConfiguredNumberOfRequestsRunAtOnceOnAHost() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String path = "/slow" + i + ".xml";
      paths.add(path);
      String xml = rss("S" + i, List.of(full("s" + i, server.url("/s" + i))));
      server.route(path, ex -> {
        try {
          Thread.sleep(150);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        TestServer.send(ex, 200, "application/rss+xml", xml.getBytes(StandardCharsets.UTF_8));
      });
    }
    WatchConfig config = Fixtures.fastConfig().hostDelay(Duration.ZERO).build();
    watcher(config).runOnce(list(paths.toArray(String[]::new)));
    assertThat(store.count()).isEqualTo(8);
    assertThat(server.peakInFlight()).isBetween(1, 2);
  }
}
