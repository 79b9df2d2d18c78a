package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LateArrivalsTest {

  private static final Instant NOON = Instant.parse("2027-03-01T12:00:00Z");

  @Test
  void aDelayIsAllowedWhileTheClockIsWithinTheWindowOfIt() {
    LateArrivals late = new LateArrivals(Duration.ofDays(30));
    late.note(NOON, Duration.ofDays(3));
    assertThat(late.allowance(NOON.plus(Duration.ofDays(29)))).isEqualTo(Duration.ofDays(3));
    assertThat(late.allowance(NOON.plus(Duration.ofDays(32)))).isZero();
  }

  @Test
  void aWindowShorterThanADayWearsOffWithinAboutThatWindow() {
    LateArrivals late = new LateArrivals(Duration.ofHours(2));
    late.note(NOON, Duration.ofMinutes(90));
    assertThat(late.allowance(NOON.plus(Duration.ofMinutes(100)))).isEqualTo(Duration.ofMinutes(90));
    assertThat(late.allowance(NOON.plus(Duration.ofHours(3)))).as("an hour past the window, not the next day").isZero();
  }
}
