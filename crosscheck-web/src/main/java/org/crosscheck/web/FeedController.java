package org.crosscheck.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.watch.FeedHealth;
import org.crosscheck.watch.FeedList;
import org.crosscheck.watch.WatchConfig;
import org.crosscheck.watch.WatchState;

/**
 * {@code /api/feeds/health}: the watcher's per-feed health, read from its state files on each
 * request (the watcher may run in another process and saves them atomically).
 */
final class FeedController {
  private final Path watchDir;

  FeedController(Path watchDir) {
    this.watchDir = watchDir;
  }

  void health(Context ctx) throws IOException {
    List<FeedHealth> feeds = watchDir == null || !Files.isDirectory(watchDir) ? List.of()
        : FeedHealth.all(FeedList.load(watchDir), WatchState.load(watchDir), WatchConfig.builder().build(), Instant.now());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", feeds.size());
    json.put("failing", feeds.stream().filter(f -> !f.healthy()).count());
    json.put("feeds", feeds);
    ctx.json(json);
  }
}
