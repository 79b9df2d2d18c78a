package org.crosscheck.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * robots.txt per host, parsed by crawler-commons (RFC 9309) and kept for
 * {@link WatchConfig#robotsTtl()} in the {@link WatchState}, so a restart does not fetch it again.
 * A missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network error)
 * allows nothing until it can, as RFC 9309 asks, and is tried again after a shorter wait.
 */
final class Robots {
  /** RFC 9309 asks parsers to read at least 500 KiB. */
  static final long MAX_ROBOTS_BYTES = 512 * 1024;
  private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);

  /** Fetches {@code scheme://host:port/robots.txt}; must not itself consult robots.txt. */
  @FunctionalInterface
  interface Loader {
    WatchState.RobotsRecord load(URI robotsUri) throws InterruptedException;
  }

  /** The rules for one host, and why they are what they are. */
  record Answer(BaseRobotRules rules, Duration crawlDelay, String unreachableReason) {
    boolean allowed(URI uri) {
      return unreachableReason == null && rules.isAllowed(uri.toString());
    }
  }

  private final WatchConfig config;
  private final Clock clock;
  private final WatchState state;
  private final Loader loader;
  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Answer> parsed = new ConcurrentHashMap<>();

  Robots(WatchConfig config, Clock clock, WatchState state, Loader loader) {
    this.config = config;
    this.clock = clock;
    this.state = state;
    this.loader = loader;
  }

  /** The answer for the host of {@code uri}; fetches robots.txt once per host and TTL. */
  Answer answer(URI uri) throws InterruptedException {
    String host = Politeness.hostKey(uri);
    ReentrantLock lock = locks.computeIfAbsent(host, h -> new ReentrantLock());
    lock.lockInterruptibly();
    try {
      WatchState.HostState hostState = state.host(host);
      WatchState.RobotsRecord record = hostState.robots();
      if (record == null || expired(record)) {
        record = loader.load(URI.create(host + "/robots.txt"));
        hostState.robots(record);
        parsed.remove(host);
      }
      WatchState.RobotsRecord current = record;
      return parsed.computeIfAbsent(host, h -> parse(h, current));
    } finally {
      lock.unlock();
    }
  }

  private boolean expired(WatchState.RobotsRecord record) {
    Duration ttl = record.reachable() ? config.robotsTtl() : min(config.robotsTtl(), RETRY_UNREACHABLE);
    return record.fetchedAt().plus(ttl).isBefore(clock.instant());
  }

  private Answer parse(String host, WatchState.RobotsRecord record) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    // Its own cap would turn a long crawl-delay into "disallow all"; we cap the delay instead.
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
    if (!record.reachable()) {
      return new Answer(parser.failedFetch(503), null,
          "robots.txt of " + host + " could not be fetched (" + record.problem() + "), so nothing there is fetched yet");
    }
    if (record.status() != 200) return new Answer(parser.failedFetch(record.status()), null, null);
    BaseRobotRules rules = parser.parseContent(host + "/robots.txt",
        record.body().getBytes(StandardCharsets.UTF_8), "text/plain", List.of(config.robotsToken()));
    long delayMillis = rules.getCrawlDelay();
    Duration delay = delayMillis == BaseRobotRules.UNSET_CRAWL_DELAY || delayMillis <= 0 ? null : Duration.ofMillis(delayMillis);
    return new Answer(rules, delay, null);
  }

  static WatchState.RobotsRecord record(Instant fetchedAt, int status, byte[] body) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    return new WatchState.RobotsRecord(fetchedAt, status, status == 200 ? text : null, null);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
