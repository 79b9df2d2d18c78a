package org.crosscheck.watch;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.ingest.FeedItem;
import org.crosscheck.json.Json;

/**
 * What the watcher remembers between runs, persisted as {@code <data>/watch/state.json}: per
 * feed its validators (ETag, Last-Modified), schedule, back-off, seen items, article pages still
 * to fetch and health counters; per host its robots.txt and any Retry-After hold. Written
 * atomically (temporary file, fsync, atomic rename), so a crash leaves the previous state whole.
 *
 * <p>Each {@link FeedState} is changed only by the one task polling that feed; the maps are
 * concurrent so tasks for different feeds and hosts can run at once.
 */
public final class WatchState {
  public static final String FILE = "state.json";
  static final int FORMAT = 1;

  private final ConcurrentHashMap<String, FeedState> feeds = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, HostState> hosts = new ConcurrentHashMap<>();

  /** The file layout: a version and two sorted maps. */
  record Snapshot(int format, Map<String, FeedState> feeds, Map<String, HostState> hosts) {}

  /** The state in {@code watchDir}, or an empty one when there is none yet. */
  public static WatchState load(Path watchDir) throws IOException {
    WatchState state = new WatchState();
    Path file = watchDir.resolve(FILE);
    if (!Files.exists(file)) return state;
    Snapshot snapshot;
    try {
      snapshot = Json.mapper().readValue(file.toFile(), Snapshot.class);
    } catch (IOException e) {
      throw new IOException("the watch state " + file + " is unreadable (" + Fetcher.oneLine(e)
          + "); move it aside to start afresh (feeds will be fetched again, nothing stored is lost)", e);
    }
    if (snapshot.feeds() != null) state.feeds.putAll(snapshot.feeds());
    if (snapshot.hosts() != null) state.hosts.putAll(snapshot.hosts());
    return state;
  }

  /** Writes the state to {@code watchDir/state.json} so that it is either all there or not at all. */
  public synchronized void save(Path watchDir) throws IOException {
    Snapshot snapshot = new Snapshot(FORMAT, new TreeMap<>(feeds), new TreeMap<>(hosts));
    AtomicFiles.write(watchDir.resolve(FILE), Json.toBytes(snapshot));
  }

  /** The state of one feed, created on first use. */
  public FeedState feed(String url) {
    return feeds.computeIfAbsent(url, FeedState::new);
  }

  public FeedState existingFeed(String url) {
    return feeds.get(url);
  }

  public Collection<FeedState> feeds() {
    return feeds.values();
  }

  HostState host(String hostKey) {
    return hosts.computeIfAbsent(hostKey, k -> new HostState());
  }

  public HostState existingHost(String hostKey) {
    return hosts.get(hostKey);
  }

  Map<String, HostState> hosts() {
    return hosts;
  }

  /**
   * A fetched (or unfetchable) robots.txt.
   *
   * @param body the text when the status is 200, else {@code null}
   * @param problem why it could not be fetched (5xx, network error), or {@code null}
   */
  public record RobotsRecord(Instant fetchedAt, int status, String body, String problem) {
    boolean reachable() {
      return problem == null;
    }
  }

  /** What we know of one host. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class HostState {
    private volatile RobotsRecord robots;
    private volatile String crawlDelayNote;
    private volatile Instant heldUntil;

    RobotsRecord robots() { return robots; }
    void robots(RobotsRecord r) { robots = r; }
    public String crawlDelayNote() { return crawlDelayNote; }
    void crawlDelayNote(String note) { crawlDelayNote = note; }
    public Instant heldUntil() { return heldUntil; }
    void heldUntil(Instant until) { heldUntil = until; }
  }

  /**
   * A summary-only item whose article page could not be fetched yet for a reason that may pass
   * (a 5xx, a timeout). Kept with everything needed to build its article later, even if the feed
   * answers 304 meanwhile or drops the item.
   */
  public record PendingPage(String key, String feedName, String feedTitle, String feedUrl, String language,
      FeedItem item, int attempts, String lastError) {}

  /** Everything remembered about one feed. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class FeedState {
    String url;
    String title;
    /** Where a permanent redirect sent us; polled instead of {@link #url} from then on. */
    String movedTo;
    String etag;
    String lastModified;
    Instant nextPollAt;
    long intervalSeconds;
    Instant firstPollAt;
    Instant lastAttemptAt;
    Instant lastSuccessAt;
    Instant lastNewItemAt;
    String lastStatus;
    String lastError;
    int consecutiveErrors;
    long errors;
    long polls;
    long notModified;
    /** Successful polls since the last one that brought a new item. */
    int pollsWithoutNew;
    long itemsStored;
    long itemsFailed;
    /** New items and extraction failures of the last poll that brought new items. */
    int lastNewItems;
    int lastFailedItems;
    boolean disallowed;
    List<String> problems = new ArrayList<>();
    /** New items per UTC day ("2026-01-31"), the last {@link #DAYS_KEPT} days. */
    TreeMap<String, Integer> itemsPerDay = new TreeMap<>();
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<PendingPage> pending = new ArrayList<>();

    static final int DAYS_KEPT = 14;

    FeedState() {}

    FeedState(String url) {
      this.url = url;
    }

    public String url() { return url; }
    public String title() { return title; }

    /** The address to poll: where the feed moved to, if it did. */
    @JsonIgnore
    String pollUrl() {
      return movedTo != null ? movedTo : url;
    }

    boolean seen(String key) {
      return seen.contains(key);
    }

    void markSeen(String key, int max) {
      seen.remove(key);
      seen.add(key);
      var it = seen.iterator();
      while (seen.size() > max && it.hasNext()) {
        it.next();
        it.remove();
      }
    }

    void countItems(Instant now, int count) {
      if (count == 0) return;
      String day = now.toString().substring(0, 10);
      itemsPerDay.merge(day, count, Integer::sum);
      while (itemsPerDay.size() > DAYS_KEPT) itemsPerDay.pollFirstEntry();
    }
  }
}
