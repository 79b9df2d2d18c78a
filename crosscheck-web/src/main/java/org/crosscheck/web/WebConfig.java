package org.crosscheck.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host address to bind (127.0.0.1 keeps it on this machine)
 * @param port port to bind; 0 picks a free one
 * @param pollInterval how often the server looks for commits made by another process (an ingest
 *     beside it) and pushes {@code /api/events}
 * @param watchDir the watcher's state directory, for {@code /api/feeds/health}; {@code null} when
 *     there is none
 */
public record WebConfig(String host, int port, Duration pollInterval, Path watchDir) {
  public WebConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
  }

  public static WebConfig defaults() {
    return new WebConfig("127.0.0.1", 8080, Duration.ofSeconds(1), null);
  }

  public WebConfig withPort(int newPort) {
    return new WebConfig(host, newPort, pollInterval, watchDir);
  }
}
