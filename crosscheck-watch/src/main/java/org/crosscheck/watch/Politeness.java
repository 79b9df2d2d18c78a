package org.crosscheck.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How hard we may press each host: at most {@link WatchConfig#maxPerHost()} requests in flight,
 * request starts spaced by the host's delay (ours, or the robots.txt crawl-delay when longer, up
 * to a cap), and no request at all while the host has asked us to wait (Retry-After). A host is
 * a scheme, name and port, as robots.txt scopes it.
 *
 * <p>Thread-safe; meant for many virtual threads blocking in {@link #acquire}.
 */
public final class Politeness {
  private final WatchConfig config;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  public Politeness(WatchConfig config, Clock clock, Sleeper sleeper) {
    this.config = config;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** The key requests to {@code uri} are limited under: {@code scheme://host:port}. */
  public static String hostKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** A request slot on one host; close it when the response has been read. */
  public static final class Permit implements AutoCloseable {
    private final Semaphore semaphore;
    private boolean closed;

    private Permit(Semaphore semaphore) {
      this.semaphore = semaphore;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        semaphore.release();
      }
    }
  }

  /** Waits for a free slot on the host, then until the host's delay since the last start has passed. */
  public Permit acquire(String hostKey) throws InterruptedException {
    Host host = host(hostKey);
    host.slots.acquire();
    try {
      Instant now = clock.instant();
      Instant start;
      synchronized (host) {
        start = latest(now, host.nextStart);
        host.nextStart = start.plus(host.delay);
      }
      sleeper.sleep(Duration.between(now, start));
      return new Permit(host.slots);
    } catch (InterruptedException | RuntimeException e) {
      host.slots.release();
      throw e;
    }
  }

  /**
   * Applies a robots.txt crawl-delay: a longer one than ours wins, capped at
   * {@link WatchConfig#maxCrawlDelay()} so a host asking for hours between requests is still
   * fetched.
   *
   * @param requested the crawl-delay asked for, or {@code null} for none
   * @return a note for the operator when the request was capped, else {@code null}
   */
  public String crawlDelay(String hostKey, Duration requested) {
    Host host = host(hostKey);
    Duration delay = config.hostDelay();
    String note = null;
    if (requested != null && requested.compareTo(delay) > 0) {
      delay = requested;
      if (requested.compareTo(config.maxCrawlDelay()) > 0) {
        delay = config.maxCrawlDelay();
        note = "robots.txt asks for a crawl-delay of " + Fetcher.seconds(requested) + "; capped at "
            + Fetcher.seconds(delay);
      }
    }
    synchronized (host) {
      host.delay = delay;
    }
    return note;
  }

  /** No request to the host before {@code until} (a Retry-After from it). */
  public void hold(String hostKey, Instant until) {
    Host host = host(hostKey);
    synchronized (host) {
      host.heldUntil = latest(host.heldUntil, until);
    }
  }

  /** Until when the host asked us to wait, or {@code null} when it did not (or that has passed). */
  public Instant heldUntil(String hostKey) {
    Host host = hosts.get(hostKey);
    if (host == null) return null;
    synchronized (host) {
      return host.heldUntil != null && host.heldUntil.isAfter(clock.instant()) ? host.heldUntil : null;
    }
  }

  private Host host(String key) {
    return hosts.computeIfAbsent(key, k -> new Host(config.maxPerHost(), config.hostDelay()));
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isAfter(b) ? a : b;
  }

  private static final class Host {
    final Semaphore slots;
    Duration delay;
    Instant nextStart;
    Instant heldUntil;

    Host(int maxPerHost, Duration delay) {
      this.slots = new Semaphore(maxPerHost, true);
      this.delay = delay;
    }
  }
}
