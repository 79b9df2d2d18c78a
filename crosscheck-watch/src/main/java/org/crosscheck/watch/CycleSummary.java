package org.crosscheck.watch;

import java.time.Duration;
import java.util.List;

/**
 * What one cycle over the due feeds did.
 *
 * @param feeds feeds polled
 * @param deferred feeds not polled because they are backing off or their host asked us to wait
 * @param fetched feeds that answered 200
 * @param notModified feeds that answered 304
 * @param failed feeds whose poll failed (including robots.txt refusals)
 * @param newItems items not seen before
 * @param stored articles stored new or changed
 * @param unchanged articles the store already had as they are
 * @param pagesFetched article pages fetched for summary-only items
 * @param itemFailures items whose text could not be had (stored with their summary, or skipped)
 * @param pendingPages article pages waiting to be tried again
 * @param skips the first {@link Watcher#MAX_LISTED_SKIPS} problems, each with where and why
 */
public record CycleSummary(
    int feeds,
    int deferred,
    int fetched,
    int notModified,
    int failed,
    int newItems,
    int stored,
    int unchanged,
    int pagesFetched,
    int itemFailures,
    int pendingPages,
    List<Skip> skips,
    Duration elapsed) {

  public CycleSummary {
    skips = List.copyOf(skips);
  }

  /** A feed, item or page that yielded nothing, and why. */
  public record Skip(String location, String reason) {}
}
