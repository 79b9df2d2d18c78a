package org.crosscheck.watch;

import java.time.Duration;

/** Waits; injected so tests can run schedules and back-offs without waiting for real. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> {
    if (!d.isNegative() && !d.isZero()) Thread.sleep(d);
  };

  void sleep(Duration duration) throws InterruptedException;
}
