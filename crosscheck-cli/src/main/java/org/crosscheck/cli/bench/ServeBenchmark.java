package org.crosscheck.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load test of a running server: requests go out on a fixed schedule ({@code rate}
 * per second for {@code seconds}) whether or not earlier ones have answered, and each latency is
 * measured from its scheduled time, so a stalled server shows up as latency, not as a slower
 * client. Only for servers on this machine.
 */
public final class ServeBenchmark {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final int rate;
  private final double seconds;

  /** One kind of request's figures. */
  public record Figure(String kind, int requests, int errors, double requestsPerSecond, double p50Millis,
      double p99Millis, double maxMillis) {}

  public ServeBenchmark(int rate, double seconds) {
    if (rate < 1 || seconds <= 0) throw new IllegalArgumentException("rate and duration must be positive");
    this.rate = rate;
    this.seconds = seconds;
  }

  /** Requests the given paths in turn (round robin) against {@code base}, on schedule. */
  public Figure run(String kind, String base, List<String> paths) throws InterruptedException {
    if (!URI.create(base).getHost().startsWith("127.") && !URI.create(base).getHost().equals("localhost")) {
      throw new IllegalArgumentException("the serve benchmark only targets this machine, not " + base);
    }
    int total = (int) Math.round(rate * seconds);
    long[] latencies = new long[total];
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<Void>> pending = new ArrayList<>(total);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      int slot = i;
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).timeout(Duration.ofSeconds(10)).build();
      pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
        latencies[slot] = System.nanoTime() - due;
        if (e != null || r.statusCode() != 200) errors.incrementAndGet();
        return null;
      }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    return new Figure(kind, total, errors.get(), total / elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99),
        latencies[total - 1] / 1e6);
  }

  /**
   * Requests each path once, one after another, waiting as long as each takes (the first story
   * page annotates its articles), so that no warm-up work is still running when measuring starts.
   */
  public void warm(String base, List<String> paths) throws java.io.IOException, InterruptedException {
    for (String path : paths) {
      http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  private static double percentile(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
