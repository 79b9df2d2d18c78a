package org.crosscheck.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one feed is doing, as the CLI ({@code crosscheck feeds status}) and the API show it. Read
 * from the persisted {@link WatchState} alone, so it needs no lock on the data directory.
 *
 * @param itemsPerDay new items per day over the last seven days (fewer if watched for less)
 * @param flags what needs a person's attention; empty when all is well
 * @param notes facts worth knowing that are not faults (a capped crawl-delay, a moved feed)
 */
public record FeedHealth(
    String url,
    String title,
    Instant lastSuccessAt,
    Instant lastAttemptAt,
    Instant nextPollAt,
    Instant lastNewItemAt,
    String lastStatus,
    String lastError,
    int consecutiveErrors,
    long errors,
    long polls,
    long notModified,
    long itemsStored,
    long itemsFailed,
    double itemsPerDay,
    int pendingPages,
    List<String> flags,
    List<String> problems,
    List<String> notes) {

  /** Failed polls in a row reached {@link WatchConfig#failingAfterErrors()}. */
  public static final String FAILING = "failing";
  /** Used to yield items, then none for {@link WatchConfig#silentAfterPolls()} successful polls. */
  public static final String SILENT = "silent";
  /** Every new item of its last poll with new items failed to extract. */
  public static final String ALL_FAILING = "all-failing";
  /** robots.txt forbids fetching the feed. */
  public static final String DISALLOWED = "disallowed";
  /** Listed but never polled yet. */
  public static final String NEVER_POLLED = "never-polled";

  public FeedHealth {
    flags = List.copyOf(flags);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  public boolean healthy() {
    return flags.isEmpty();
  }

  /** The health of every listed feed, in list order, then of feeds only the state still knows. */
  public static List<FeedHealth> all(FeedList list, WatchState state, WatchConfig config, Instant now) {
    Map<String, FeedHealth> out = new LinkedHashMap<>();
    for (FeedList.Entry e : list.entries()) {
      WatchState.FeedState fs = state.existingFeed(e.url());
      out.put(e.url(), fs == null ? neverPolled(e) : of(fs, state, config, now));
    }
    state.feeds().stream()
        .filter(fs -> !out.containsKey(fs.url))
        .sorted(java.util.Comparator.comparing(fs -> fs.url))
        .forEach(fs -> out.put(fs.url, of(fs, state, config, now)));
    return List.copyOf(out.values());
  }

  static FeedHealth of(WatchState.FeedState fs, WatchState state, WatchConfig config, Instant now) {
    List<String> flags = new ArrayList<>();
    if (fs.polls == 0 && fs.lastAttemptAt == null) flags.add(NEVER_POLLED);
    if (fs.disallowed) flags.add(DISALLOWED);
    else if (fs.consecutiveErrors >= config.failingAfterErrors()) flags.add(FAILING);
    if (fs.itemsStored + fs.itemsFailed > 0 && fs.pollsWithoutNew >= config.silentAfterPolls()) flags.add(SILENT);
    if (fs.lastNewItems > 0 && fs.lastFailedItems == fs.lastNewItems) flags.add(ALL_FAILING);
    List<String> notes = new ArrayList<>();
    if (fs.movedTo != null) notes.add("moved permanently to " + fs.movedTo + " (polled there; update the list)");
    String host = hostKey(fs.pollUrl());
    WatchState.HostState hs = host == null ? null : state.existingHost(host);
    if (hs != null && hs.crawlDelayNote() != null) notes.add(hs.crawlDelayNote());
    if (hs != null && hs.heldUntil() != null && hs.heldUntil().isAfter(now)) {
      notes.add("host asked us to wait until " + hs.heldUntil());
    }
    return new FeedHealth(fs.url, fs.title, fs.lastSuccessAt, fs.lastAttemptAt, fs.nextPollAt, fs.lastNewItemAt,
        fs.lastStatus, fs.lastError, fs.consecutiveErrors, fs.errors, fs.polls, fs.notModified, fs.itemsStored,
        fs.itemsFailed, itemsPerDay(fs, now), fs.pending.size(), flags, fs.problems, notes);
  }

  private static FeedHealth neverPolled(FeedList.Entry e) {
    return new FeedHealth(e.url(), e.title(), null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0,
        List.of(NEVER_POLLED), List.of(), List.of());
  }

  private static double itemsPerDay(WatchState.FeedState fs, Instant now) {
    if (fs.firstPollAt == null) return 0;
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate from = today.minusDays(6);
    int total = 0;
    for (var e : fs.itemsPerDay.entrySet()) {
      if (!LocalDate.parse(e.getKey()).isBefore(from)) total += e.getValue();
    }
    long watchedDays = Math.max(1, Math.min(7, Duration.between(fs.firstPollAt, now).toDays() + 1));
    return Math.round(total * 10.0 / watchedDays) / 10.0;
  }

  private static String hostKey(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() == null ? null : Politeness.hostKey(uri);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** One line for the CLI. */
  public String line() {
    StringBuilder b = new StringBuilder();
    b.append(flags.isEmpty() ? "ok" : String.join(",", flags)).append("  ").append(url);
    if (title != null) b.append("  \"").append(title).append('"');
    b.append(String.format(Locale.ROOT, "  last success %s, %d error(s) in a row (%d total), %.1f items/day, %d stored, %d failed",
        lastSuccessAt == null ? "never" : lastSuccessAt.toString(), consecutiveErrors, errors, itemsPerDay, itemsStored,
        itemsFailed));
    if (pendingPages > 0) b.append(", ").append(pendingPages).append(" page(s) pending");
    if (lastError != null && consecutiveErrors > 0) b.append("\n    last error: ").append(lastError);
    for (String note : notes) b.append("\n    note: ").append(note);
    return b.toString();
  }
}
