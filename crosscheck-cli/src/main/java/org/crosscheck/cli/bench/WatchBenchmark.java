package org.crosscheck.cli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.store.Store;
import org.crosscheck.watch.CycleSummary;
import org.crosscheck.watch.FeedList;
import org.crosscheck.watch.Fetcher;
import org.crosscheck.watch.Sleeper;
import org.crosscheck.watch.WatchConfig;
import org.crosscheck.watch.Watcher;

/**
 * Measures the watcher on a local web: {@code hosts} servers on distinct loopback addresses
 * (127.0.0.2, 127.0.0.3, ...), {@code feeds} RSS feeds spread over them, each with five items of
 * which one carries only a summary and has its article page. Runs one full cycle (everything
 * new), then a second (everything answers 304), counting in each server the requests it gets
 * and the most it serves at once.
 */
public final class WatchBenchmark {
  private static final int ITEMS_PER_FEED = 5;

  /** The figures of one run. */
  public record Figures(int feeds, int hosts, double hostDelaySeconds, int maxPerHost, double firstCycleSeconds,
      double secondCycleSeconds, long requests, int peakPerHost, long storedArticles, long pagesFetched,
      int failedFeeds, double peakHeapMegabytes, long maxHeapMegabytes, int cores) {}

  private final int feeds;
  private final int hosts;
  private final Duration hostDelay;
  private final int maxPerHost;

  public WatchBenchmark(int feeds, int hosts, Duration hostDelay, int maxPerHost) {
    if (feeds < 1 || hosts < 1 || hosts > 250) throw new IllegalArgumentException("need feeds >= 1 and 1..250 hosts");
    this.feeds = feeds;
    this.hosts = hosts;
    this.hostDelay = hostDelay;
    this.maxPerHost = maxPerHost;
  }

  /** Runs both cycles against a fresh store in {@code dataDir}, opened by {@code openStore}. */
  public Figures run(Path dataDir, StoreOpener openStore, PageExtractor extractor) throws Exception {
    List<Host> servers = new ArrayList<>();
    try {
      for (int h = 0; h < hosts; h++) servers.add(new Host("127.0.0." + (h + 2)));
      List<FeedList.Entry> entries = new ArrayList<>();
      for (int f = 0; f < feeds; f++) entries.add(new FeedList.Entry(servers.get(f % hosts).url("/feeds/" + f + ".xml"), null));
      FeedList list = new FeedList(entries);
      WatchConfig config = WatchConfig.builder()
          .userAgent(WatchConfig.userAgent("bench@localhost"))
          .hostDelay(hostDelay)
          .maxPerHost(maxPerHost)
          .build();
      resetPeaks();
      CycleSummary first;
      CycleSummary second;
      try (Store store = openStore.open(dataDir)) {
        Watcher watcher = new Watcher(config, dataDir.resolve("watch"), store, extractor, Fetcher.newClient(config),
            Clock.systemUTC(), Sleeper.REAL, new Random(1));
        first = watcher.runOnce(list);
        second = watcher.runOnce(list);
      }
      long requests = servers.stream().mapToLong(s -> s.requests.get()).sum();
      int peak = servers.stream().mapToInt(s -> s.peak.get()).max().orElse(0);
      return new Figures(feeds, hosts, hostDelay.toMillis() / 1000.0, maxPerHost, first.elapsed().toMillis() / 1000.0,
          second.elapsed().toMillis() / 1000.0, requests, peak, first.stored(), first.pagesFetched(),
          first.failed() + second.failed(), peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors());
    } finally {
      servers.forEach(Host::close);
    }
  }

  /** Opens the store the benchmark writes to. */
  @FunctionalInterface
  public interface StoreOpener {
    Store open(Path dataDir) throws IOException;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  private static double peakHeapMegabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
    }
    return bytes / 1048576.0;
  }

  /** One simulated outlet: feeds with ETags, article pages, no robots.txt (404). */
  private static final class Host implements AutoCloseable {
    final HttpServer server;
    final AtomicLong requests = new AtomicLong();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    final String base;

    Host(String address) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 500);
      server.createContext("/", this::handle);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      base = "http://" + address + ":" + server.getAddress().getPort();
    }

    String url(String path) {
      return base + path;
    }

    private void handle(HttpExchange ex) throws IOException {
      requests.incrementAndGet();
      peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try (ex) {
        String path = ex.getRequestURI().getPath();
        if (path.startsWith("/feeds/")) {
          int feed = Integer.parseInt(path.substring(7, path.length() - 4));
          String etag = "\"v1-" + feed + "\"";
          ex.getResponseHeaders().set("ETag", etag);
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) send(ex, 304, null, null);
          else send(ex, 200, "application/rss+xml; charset=utf-8", feed(feed));
        } else if (path.startsWith("/articles/")) {
          send(ex, 200, "text/html; charset=utf-8", page(path.substring(10)));
        } else {
          send(ex, 404, "text/plain", "not found");
        }
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private String feed(int feed) {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
          + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Outlet ")
          .append(feed).append("</title><link>").append(base).append("/</link><description>bench</description>");
      for (int i = 0; i < ITEMS_PER_FEED; i++) {
        String id = feed + "-" + i;
        b.append("<item><guid>").append(base).append("/articles/").append(id).append("</guid><title>Report ").append(id)
            .append("</title><link>").append(base).append("/articles/").append(id)
            .append("</link><pubDate>Mon, 05 Jan 2026 10:00:00 +0000</pubDate><description>Summary of report ")
            .append(id).append(".</description>");
        if (i > 0) b.append("<content:encoded><![CDATA[").append(paragraphs(id, 3)).append("]]></content:encoded>");
        b.append("</item>");
      }
      return b.append("</channel></rss>").toString();
    }

    private static String page(String id) {
      return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report " + id + "</title>"
          + "<meta property=\"article:published_time\" content=\"2026-01-05T09:30:00Z\"></head><body>"
          + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Report " + id + "</h1>"
          + paragraphs(id, 6) + "</article><footer>Copyright</footer></body></html>";
    }

    private static String paragraphs(String id, int n) {
      StringBuilder b = new StringBuilder();
      for (int p = 0; p < n; p++) {
        b.append("<p>Officials said on Monday that the crossing described in report ").append(id).append(" paragraph ")
            .append(p).append(" would stay closed for another week while engineers inspect the damaged piers, and ")
            .append("residents were asked to use the northern bridge until the repairs are finished.</p>");
      }
      return b.toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
      if (type != null) ex.getResponseHeaders().set("Content-Type", type);
      if (body == null) {
        ex.sendResponseHeaders(status, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
