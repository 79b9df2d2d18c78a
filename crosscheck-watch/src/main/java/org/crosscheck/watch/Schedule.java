package org.crosscheck.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When each feed is polled next. A feed that brought new items is polled twice as often next
 * time, one that did not half again as rarely, always between the minimum and maximum interval,
 * so busy feeds are followed closely and quiet ones cost little. A failed poll backs off
 * exponentially from {@link WatchConfig#errorBackoff()}; a Retry-After is honoured (never
 * earlier, capped at {@link WatchConfig#maxBackoff()}). Jitter spreads feeds that were added
 * together so they do not all fall due at the same moment.
 */
public final class Schedule {
  private final WatchConfig config;
  private final RandomGenerator random;

  public Schedule(WatchConfig config, RandomGenerator random) {
    this.config = config;
    this.random = random;
  }

  public boolean due(WatchState.FeedState feed, Instant now) {
    return feed.nextPollAt == null || !feed.nextPollAt.isAfter(now);
  }

  /** The feed answered (200 or 304); {@code newItems} of its items were new. */
  public void afterSuccess(WatchState.FeedState feed, int newItems, Instant now) {
    Duration interval = interval(feed);
    interval = newItems > 0 ? interval.dividedBy(2) : interval.multipliedBy(3).dividedBy(2);
    interval = clamp(interval, config.minInterval(), config.maxInterval());
    feed.intervalSeconds = interval.toSeconds();
    feed.nextPollAt = now.plus(jitter(interval, 0.1));
  }

  /**
   * The poll failed; {@link WatchState.FeedState#consecutiveErrors} already counts this failure.
   *
   * @param retryAfter what the server asked for, or {@code null}
   */
  public void afterFailure(WatchState.FeedState feed, Duration retryAfter, Instant now) {
    int n = Math.max(1, feed.consecutiveErrors);
    Duration backoff = config.errorBackoff().multipliedBy(1L << Math.min(n - 1, 20));
    backoff = jitter(min(backoff, config.maxBackoff()), 0.2);
    if (retryAfter != null) {
      Duration asked = min(retryAfter, config.maxBackoff());
      if (asked.compareTo(backoff) > 0) backoff = asked;
    }
    feed.nextPollAt = now.plus(min(backoff, config.maxBackoff()));
  }

  Duration interval(WatchState.FeedState feed) {
    return feed.intervalSeconds > 0 ? Duration.ofSeconds(feed.intervalSeconds) : config.initialInterval();
  }

  private Duration jitter(Duration d, double fraction) {
    double factor = 1 + fraction * (2 * random.nextDouble() - 1);
    return Duration.ofMillis((long) (d.toMillis() * factor));
  }

  private static Duration clamp(Duration d, Duration lo, Duration hi) {
    return d.compareTo(lo) < 0 ? lo : d.compareTo(hi) > 0 ? hi : d;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
