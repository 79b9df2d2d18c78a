package org.crosscheck.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Fetches a URL the way a good guest does: robots.txt asked first (for every redirect hop, since
 * a hop may lead to another host), per-host limits from {@link Politeness}, redirects followed
 * up to a limit with loops caught, network errors and 5xx retried a few times with exponential
 * back-off and jitter, and a 429/503 Retry-After turned into a hold on the whole host.
 */
public final class PoliteClient {
  /** Feeds come in several media types; servers that negotiate should pick a feed. */
  public static final String ACCEPT_FEED =
      "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
  public static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

  /** How a fetch ended. */
  public sealed interface Outcome {
    /**
     * A 200 response.
     *
     * @param movedTo the new address when every redirect on the way was permanent, else {@code null}
     */
    record Fetched(Fetcher.Response response, URI movedTo) implements Outcome {}

    /** 304: the validators still match. */
    record NotModified(URI movedTo) implements Outcome {}

    /**
     * Anything else.
     *
     * @param status the HTTP status, or -1 when there was no usable response
     * @param retryAfter how long the server (or a host hold) asks us to wait, or {@code null}
     * @param transientFailure whether asking again later may well succeed (5xx, 429, timeouts)
     */
    record Failed(String reason, int status, Duration retryAfter, boolean transientFailure) implements Outcome {}

    /** robots.txt does not let us fetch this address. */
    record Disallowed(String reason) implements Outcome {}
  }

  private final Fetcher fetcher;
  private final Politeness politeness;
  private final WatchConfig config;
  private final WatchState state;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Robots robots;

  public PoliteClient(Fetcher fetcher, Politeness politeness, WatchConfig config, WatchState state, Clock clock,
      Sleeper sleeper, RandomGenerator random) {
    this.fetcher = fetcher;
    this.politeness = politeness;
    this.config = config;
    this.state = state;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.robots = new Robots(config, clock, state, this::loadRobots);
  }

  /**
   * Fetches {@code uri}.
   *
   * @param etag the feed's last ETag (for a conditional GET), or {@code null}
   * @param lastModified the feed's last Last-Modified, or {@code null}
   */
  public Outcome get(URI uri, String accept, String etag, String lastModified, long maxBytes)
      throws InterruptedException {
    URI current = uri;
    URI movedTo = null;
    boolean allPermanent = true;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      if (!visited.add(current)) return new Outcome.Failed("redirect loop: " + current + " redirects back to itself", -1, null, false);
      if (!isHttp(current)) return new Outcome.Failed("cannot fetch " + current + ": only http and https", -1, null, false);
      String host = Politeness.hostKey(current);
      Outcome.Failed held = held(host);
      if (held != null) return held;
      Robots.Answer answer = robots.answer(current);
      if (answer.unreachableReason() != null) {
        return new Outcome.Failed(answer.unreachableReason(), -1, null, true);
      }
      state.host(host).crawlDelayNote(politeness.crawlDelay(host, answer.crawlDelay()));
      if (!answer.allowed(current)) return new Outcome.Disallowed("robots.txt disallows " + current);
      Fetcher.Response response;
      try {
        response = withRetries(host, new Fetcher.Request(current, accept, etag, lastModified, maxBytes));
      } catch (Fetcher.FetchException e) {
        return new Outcome.Failed(e.getMessage(), -1, null, e.retryable());
      }
      int status = response.status();
      if (status == 200) return new Outcome.Fetched(response, movedTo);
      if (status == 304) return new Outcome.NotModified(movedTo);
      if (isRedirect(status)) {
        if (response.location() == null) return new Outcome.Failed("HTTP " + status + " without a Location", status, null, false);
        URI next;
        try {
          next = current.resolve(response.location().strip());
        } catch (IllegalArgumentException e) {
          return new Outcome.Failed("HTTP " + status + " to a malformed Location: " + response.location(), status, null, false);
        }
        allPermanent &= status == 301 || status == 308;
        movedTo = allPermanent ? next : null;
        current = next;
        continue;
      }
      return failed(host, response);
    }
    return new Outcome.Failed("more than " + config.maxRedirects() + " redirects from " + uri, -1, null, false);
  }

  private Outcome.Failed held(String host) {
    Instant until = politeness.heldUntil(host);
    if (until == null) return null;
    return new Outcome.Failed("host asked us to wait until " + until + " (Retry-After)", 429,
        Duration.between(clock.instant(), until), true);
  }

  private Outcome.Failed failed(String host, Fetcher.Response response) {
    int status = response.status();
    Duration retryAfter = response.retryAfter();
    if ((status == 429 || status == 503) && retryAfter != null) {
      Duration wait = retryAfter.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : retryAfter;
      Instant until = clock.instant().plus(wait);
      politeness.hold(host, until);
      state.host(host).heldUntil(until);
      retryAfter = wait;
    }
    boolean transientFailure = status == 429 || status >= 500 || status == 408;
    return new Outcome.Failed("HTTP " + status + reasonSuffix(status, retryAfter), status, retryAfter, transientFailure);
  }

  private static String reasonSuffix(int status, Duration retryAfter) {
    String name = switch (status) {
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
    return retryAfter == null ? name : name + ", Retry-After " + Fetcher.seconds(retryAfter);
  }

  /**
   * One exchange under a host permit, repeated after a network error or a 5xx without
   * Retry-After, waiting {@code retryBase * 2^n} with jitter between attempts.
   */
  private Fetcher.Response withRetries(String host, Fetcher.Request request)
      throws Fetcher.FetchException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        Fetcher.Response response;
        try (Politeness.Permit permit = politeness.acquire(host)) {
          response = fetcher.fetch(request);
        }
        boolean retry = response.status() >= 500 && response.retryAfter() == null && attempt < config.retries();
        if (!retry) return response;
      } catch (Fetcher.FetchException e) {
        if (!e.retryable() || attempt >= config.retries()) throw e;
      }
      sleeper.sleep(backoff(attempt));
    }
  }

  private Duration backoff(int attempt) {
    long base = config.retryBase().toMillis() << Math.min(attempt, 20);
    return Duration.ofMillis((long) (base * (0.5 + random.nextDouble())));
  }

  /** robots.txt: host limits apply, robots rules do not; up to five redirects as RFC 9309 asks. */
  private WatchState.RobotsRecord loadRobots(URI robotsUri) throws InterruptedException {
    URI current = robotsUri;
    for (int hop = 0; hop <= 5; hop++) {
      String host = Politeness.hostKey(current);
      Fetcher.Response response;
      try {
        response = withRetries(host, new Fetcher.Request(current, "text/plain, */*;q=0.5", null, null, Robots.MAX_ROBOTS_BYTES));
      } catch (Fetcher.FetchException e) {
        return new WatchState.RobotsRecord(clock.instant(), -1, null, e.getMessage());
      }
      int status = response.status();
      if (isRedirect(status) && response.location() != null) {
        try {
          current = current.resolve(response.location().strip());
        } catch (IllegalArgumentException e) {
          return Robots.record(clock.instant(), 404, null);
        }
        if (!isHttp(current)) return Robots.record(clock.instant(), 404, null);
        continue;
      }
      if (status == 429 || status >= 500) {
        return new WatchState.RobotsRecord(clock.instant(), status, null, "HTTP " + status);
      }
      return Robots.record(clock.instant(), status, response.body());
    }
    // Too many redirects: RFC 9309 lets a crawler treat robots.txt as unavailable, i.e. allow all.
    return Robots.record(clock.instant(), 404, null);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }
}
