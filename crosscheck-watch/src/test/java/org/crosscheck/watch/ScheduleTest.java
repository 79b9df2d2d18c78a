package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  private final WatchConfig config = WatchConfig.builder()
      .minInterval(Duration.ofMinutes(5)).initialInterval(Duration.ofMinutes(20)).maxInterval(Duration.ofHours(2))
      .errorBackoff(Duration.ofMinutes(10)).maxBackoff(Duration.ofHours(1)).build();
  private final Schedule schedule = new Schedule(config, Fixtures.random());
  private final Instant now = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void busyFeedsArePolledMoreOftenAndQuietOnesLessWithinTheBounds() {
    WatchState.FeedState fs = new WatchState.FeedState("http://a/feed");
    schedule.afterSuccess(fs, 3, now);
    assertThat(fs.intervalSeconds).isEqualTo(600);
    for (int i = 0; i < 5; i++) schedule.afterSuccess(fs, 1, now);
    assertThat(fs.intervalSeconds).as("never below the minimum").isEqualTo(300);
    for (int i = 0; i < 20; i++) schedule.afterSuccess(fs, 0, now);
    assertThat(fs.intervalSeconds).as("never above the maximum").isEqualTo(7200);
    assertThat(fs.nextPollAt).isBetween(now.plus(Duration.ofMinutes(108)), now.plus(Duration.ofMinutes(132)));
  }

  @Test
  void failuresBackOffExponentiallyUpToTheCapAndRetryAfterIsNeverCutShort() {
    WatchState.FeedState fs = new WatchState.FeedState("http://a/feed");
    fs.consecutiveErrors = 1;
    schedule.afterFailure(fs, null, now);
    assertThat(fs.nextPollAt).isBetween(now.plus(Duration.ofMinutes(8)), now.plus(Duration.ofMinutes(12)));
    fs.consecutiveErrors = 3;
    schedule.afterFailure(fs, null, now);
    assertThat(fs.nextPollAt).isBetween(now.plus(Duration.ofMinutes(32)), now.plus(Duration.ofMinutes(48)));
    fs.consecutiveErrors = 30;
    schedule.afterFailure(fs, null, now);
    assertThat(fs.nextPollAt).isBeforeOrEqualTo(now.plus(Duration.ofHours(1)));

    fs.consecutiveErrors = 1;
    schedule.afterFailure(fs, Duration.ofMinutes(25), now);
    assertThat(fs.nextPollAt).isEqualTo(now.plus(Duration.ofMinutes(25)));
    schedule.afterFailure(fs, Duration.ofDays(3), now);
    assertThat(fs.nextPollAt).as("a Retry-After of days is capped").isEqualTo(now.plus(Duration.ofHours(1)));
  }
}
