package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crosscheck.json.Json;
import org.crosscheck.watch.CycleSummary;
import org.crosscheck.watch.FeedHealth;
import org.crosscheck.watch.FeedList;
import org.crosscheck.watch.Fetcher;
import org.crosscheck.watch.Sleeper;
import org.crosscheck.watch.WatchConfig;
import org.crosscheck.watch.WatchState;
import org.crosscheck.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", header = "Keeps the store current from feeds, politely, until stopped.", description = {
    "Keeps the store current from feeds: polls each feed as often as it changes, politely (robots.txt, "
    + "per-host limits, back-off, conditional requests), fetches the article page of summary-only items, "
    + "and flags feeds that fail or fall silent. FEEDS (OPML or a list of URLs) is added to the data "
    + "directory's feed list; without FEEDS the list from 'feeds import' is watched. Ctrl-C stops cleanly."})
final class WatchCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FEEDS", description = "OPML file or text file with one feed URL per line.")
  Path feeds;

  @Option(names = "--once", description = "Poll every feed once (except those backing off), print a summary and exit.")
  boolean once;

  @Option(names = "--contact", paramLabel = "EMAIL|URL", defaultValue = "${env:CROSSCHECK_CONTACT}",
      description = "Named in the User-Agent so site operators can reach you (env CROSSCHECK_CONTACT).")
  String contact;

  @Option(names = "--max-per-host", defaultValue = "2", description = "Requests in flight per host (default ${DEFAULT-VALUE}).")
  int maxPerHost;

  @Option(names = "--host-delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least time between requests to one host; a longer robots.txt crawl-delay wins (default ${DEFAULT-VALUE}).")
  double hostDelaySeconds;

  @Option(names = "--json", description = "With --once: print the summary as JSON.")
  boolean json;

  @Option(names = "--no-analyze", description = "Store only; analyse later with 'crosscheck analyze'.")
  boolean noAnalyze;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path watchDir = FeedsCommand.watchDir(data);
    FeedList list = FeedList.load(watchDir);
    if (feeds != null) {
      FeedList.Parsed parsed = FeedList.read(feeds);
      parsed.problems().forEach(p -> err.println("  skipped " + p));
      list = list.merge(parsed.list());
      list.save(watchDir);
    }
    if (list.entries().isEmpty()) {
      throw new IllegalArgumentException("no feeds to watch: give FEEDS (an OPML file or a list of URLs) or run 'crosscheck feeds import'");
    }
    if (contact == null || contact.isBlank()) {
      err.println("note: no --contact (or CROSSCHECK_CONTACT) given; site operators will only see " + WatchConfig.PROJECT_URL);
    }
    if (hostDelaySeconds < 0) throw new IllegalArgumentException("--host-delay cannot be negative");
    WatchConfig config = WatchConfig.builder()
        .userAgent(WatchConfig.userAgent(contact))
        .maxPerHost(maxPerHost)
        .hostDelay(Duration.ofMillis(Math.round(hostDelaySeconds * 1000)))
        .build();
    err.printf(Locale.ROOT, "watching %,d feed(s) as %s%n", list.entries().size(), config.userAgent());
    err.flush();
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.open(data.dataDir(), noAnalyze ? null : Wiring.analyzer(data.dataDir()))) {
      Watcher watcher = new Watcher(config, watchDir, pipeline.store(), Wiring.extractor(), Fetcher.newClient(config),
          Clock.systemUTC(), Sleeper.REAL, new Random());
      if (once) {
        CycleSummary summary = watcher.runOnce(list);
        if (json) out.println(Json.toPrettyString(summary));
        else printSummary(out, summary, flagged(list, watcher.state(), config));
        return 0;
      }
      runUntilInterrupted(watcher, watchDir, list, err, config);
    }
    return 0;
  }

  private static void runUntilInterrupted(Watcher watcher, Path watchDir, FeedList initial, PrintWriter err,
      WatchConfig config) throws IOException, InterruptedException {
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      watcher.stop();
      try {
        finished.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "crosscheck-watch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    FeedList[] last = {initial};
    try {
      watcher.runUntilStopped(() -> {
        try {
          last[0] = FeedList.load(watchDir);
        } catch (IOException e) {
          err.println("feed list unreadable, keeping the previous one: " + e.getMessage());
        }
        return last[0];
      }, s -> {
        err.printf(Locale.ROOT, "%s cycle: %d feed(s) in %.1f s: %d new item(s), %d stored, %d not modified, %d failed, %d page(s) pending%n",
            java.time.Instant.now().toString().substring(0, 19), s.feeds(), s.elapsed().toMillis() / 1000.0, s.newItems(),
            s.stored(), s.notModified(), s.failed(), s.pendingPages());
        for (FeedHealth h : flagged(last[0], watcher.state(), config)) err.println("  " + h.line());
        err.flush();
      });
      err.println("stopped; state saved in " + watchDir);
    } finally {
      finished.countDown();
    }
  }

  static List<FeedHealth> flagged(FeedList list, WatchState state, WatchConfig config) {
    return FeedHealth.all(list, state, config, java.time.Instant.now()).stream().filter(h -> !h.healthy()).toList();
  }

  static void printSummary(PrintWriter out, CycleSummary s, List<FeedHealth> flagged) {
    out.printf(Locale.ROOT, "Polled %,d feed(s) in %.1f s: %,d fetched, %,d not modified, %,d failed, %,d deferred (backing off)%n",
        s.feeds(), s.elapsed().toMillis() / 1000.0, s.fetched(), s.notModified(), s.failed(), s.deferred());
    out.printf(Locale.ROOT, "%,d new item(s): %,d stored, %,d unchanged, %,d page(s) fetched, %,d without full text, %,d page(s) pending%n",
        s.newItems(), s.stored(), s.unchanged(), s.pagesFetched(), s.itemFailures(), s.pendingPages());
    for (CycleSummary.Skip skip : s.skips()) out.println("  " + skip.location() + ": " + skip.reason());
    if (!flagged.isEmpty()) {
      out.println("Feeds needing attention:");
      for (FeedHealth h : flagged) out.println("  " + h.line());
    }
  }
}
