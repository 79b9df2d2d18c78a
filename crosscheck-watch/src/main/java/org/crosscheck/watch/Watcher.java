package org.crosscheck.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.ingest.Feed;
import org.crosscheck.ingest.FeedItem;
import org.crosscheck.ingest.FeedParser;
import org.crosscheck.ingest.FeedReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.Store;

/**
 * The watch loop. Each cycle takes the feeds that are due, polls them at once (one virtual thread
 * per feed; {@link Politeness} keeps each host within its limits), reads the new items, fetches
 * and extracts the article page of each summary-only item, and stores the articles. At the end
 * of the cycle the store is committed and only then the state saved: a crash between the two
 * makes the next run fetch some things again, never lose them.
 */
public final class Watcher {
  /** Problems listed one by one in a cycle summary; the rest are counted. */
  public static final int MAX_LISTED_SKIPS = 1_000;
  private static final int PROBLEMS_KEPT = 20;
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private final WatchConfig config;
  private final Path watchDir;
  private final Store store;
  private final PageExtractor extractor;
  private final Clock clock;
  private final WatchState state;
  private final PoliteClient client;
  private final Schedule schedule;
  private final FeedParser parser = new FeedParser();
  private final FeedReader feedReader;
  private final Object storeLock = new Object();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private volatile ExecutorService running;

  /**
   * @param watchDir where the state lives ({@code <data>/watch})
   */
  public Watcher(WatchConfig config, Path watchDir, Store store, PageExtractor extractor, HttpClient http,
      Clock clock, Sleeper sleeper, RandomGenerator random) throws IOException {
    this.config = config;
    this.watchDir = watchDir;
    this.store = store;
    this.extractor = extractor;
    this.clock = clock;
    this.state = WatchState.load(watchDir);
    Politeness politeness = new Politeness(config, clock, sleeper);
    state.hosts().forEach((host, hs) -> {
      if (hs.heldUntil() != null) politeness.hold(host, hs.heldUntil());
    });
    this.client = new PoliteClient(new Fetcher(http, config, clock), politeness, config, state, clock, sleeper, random);
    this.schedule = new Schedule(config, random);
    this.feedReader = new FeedReader(extractor);
  }

  public WatchState state() {
    return state;
  }

  /**
   * Polls every listed feed once, except those backing off after errors or asked by their host
   * to wait: politeness beats completeness, and they are reported as deferred.
   */
  public CycleSummary runOnce(FeedList feeds) throws IOException, InterruptedException {
    Instant now = clock.instant();
    List<FeedList.Entry> due = new ArrayList<>();
    int deferred = 0;
    for (FeedList.Entry e : feeds.entries()) {
      WatchState.FeedState fs = state.feed(e.url());
      boolean backingOff = fs.consecutiveErrors > 0 && !schedule.due(fs, now);
      if (backingOff) deferred++;
      else due.add(e);
    }
    return cycle(due, deferred);
  }

  /**
   * Polls feeds as they fall due until {@link #stop()}; {@code feeds} is asked again before each
   * cycle, so edits to the list are picked up.
   */
  public void runUntilStopped(java.util.function.Supplier<FeedList> feeds, Consumer<CycleSummary> report)
      throws IOException, InterruptedException {
    while (stopSignal.getCount() > 0) {
      Instant now = clock.instant();
      List<FeedList.Entry> due = new ArrayList<>();
      Instant next = null;
      for (FeedList.Entry e : feeds.get().entries()) {
        WatchState.FeedState fs = state.feed(e.url());
        if (schedule.due(fs, now)) due.add(e);
        else if (next == null || fs.nextPollAt.isBefore(next)) next = fs.nextPollAt;
      }
      if (!due.isEmpty()) {
        report.accept(cycle(due, 0));
        continue;
      }
      Duration wait = next == null ? config.maxInterval() : Duration.between(now, next);
      stopSignal.await(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
    }
  }

  /** Ends {@link #runUntilStopped}: polls in flight are abandoned, what is done is committed and saved. */
  public void stop() {
    stopSignal.countDown();
    ExecutorService executor = running;
    if (executor != null) executor.shutdownNow();
  }

  private CycleSummary cycle(List<FeedList.Entry> due, int deferred) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Tally tally = new Tally();
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    running = executor;
    List<Future<?>> polls = new ArrayList<>();
    try {
      if (stopSignal.getCount() == 0) executor.shutdownNow();
      else for (FeedList.Entry e : due) polls.add(executor.submit(() -> poll(e, tally)));
      for (Future<?> f : polls) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw new IOException(e.getCause());
        } catch (java.util.concurrent.CancellationException abandoned) {
          // stop() while it ran: its feed keeps its old state and is polled next time.
        }
      }
    } finally {
      executor.shutdownNow();
      executor.awaitTermination(1, TimeUnit.MINUTES);
      running = null;
      // What was stored is made durable first, then the state that says it was.
      synchronized (storeLock) {
        store.commit();
      }
      state.save(watchDir);
    }
    int pending = state.feeds().stream().mapToInt(fs -> fs.pending.size()).sum();
    return new CycleSummary(due.size() - tally.abandoned.get(), deferred, tally.fetched.get(), tally.notModified.get(),
        tally.failed.get(), tally.newItems.get(), tally.stored.get(), tally.unchanged.get(), tally.pages.get(),
        tally.itemFailures.get(), pending, tally.skips(), Duration.ofNanos(System.nanoTime() - started));
  }

  /** One feed: fetch, read, store, and the feed's state updated only at the end. */
  private void poll(FeedList.Entry entry, Tally tally) {
    WatchState.FeedState fs = state.feed(entry.url());
    if (fs.title == null) fs.title = entry.title();
    Instant now = clock.instant();
    PollWork work = new PollWork(fs, tally);
    PoliteClient.Outcome outcome;
    try {
      URI uri = URI.create(fs.pollUrl());
      outcome = client.get(uri, PoliteClient.ACCEPT_FEED, fs.etag, fs.lastModified, config.maxFeedBytes());
      switch (outcome) {
        case PoliteClient.Outcome.Fetched f -> {
          tally.fetched.incrementAndGet();
          if (f.movedTo() != null) fs.movedTo = f.movedTo().toString();
          Feed feed = parser.parse(f.response().body(), f.response().contentType(), fs.pollUrl(), now);
          if (feed.items().isEmpty() && !feed.problems().isEmpty()) {
            fail(fs, "200", "no items could be read: " + feed.problems().get(0).reason(), null, now, tally);
            return;
          }
          work.retryPending();
          work.read(feed);
          fs.etag = f.response().etag();
          fs.lastModified = f.response().lastModified();
          // A title given in the list wins; otherwise the feed names itself.
          if (entry.title() == null && feed.title() != null) fs.title = feed.title();
          succeed(fs, "200", work, now);
        }
        case PoliteClient.Outcome.NotModified nm -> {
          tally.notModified.incrementAndGet();
          if (nm.movedTo() != null) fs.movedTo = nm.movedTo().toString();
          work.retryPending();
          succeed(fs, "304", work, now);
        }
        case PoliteClient.Outcome.Failed failed ->
            fail(fs, failed.status() > 0 ? String.valueOf(failed.status()) : "error", failed.reason(),
                failed.retryAfter(), now, tally);
        case PoliteClient.Outcome.Disallowed disallowed -> {
          fs.disallowed = true;
          fail(fs, "robots", disallowed.reason(), null, now, tally);
        }
      }
    } catch (InterruptedException e) {
      tally.abandoned.incrementAndGet();
      Thread.currentThread().interrupt();
    } catch (IllegalArgumentException e) {
      fail(fs, "error", "not a valid URL: " + Fetcher.oneLine(e), null, now, tally);
    }
  }

  private void succeed(WatchState.FeedState fs, String status, PollWork work, Instant now) {
    if (fs.firstPollAt == null) fs.firstPollAt = now;
    fs.polls++;
    if (status.equals("304")) fs.notModified++;
    fs.lastAttemptAt = now;
    fs.lastSuccessAt = now;
    fs.lastStatus = status;
    fs.lastError = null;
    fs.consecutiveErrors = 0;
    fs.disallowed = false;
    int fresh = work.newItems;
    if (fresh > 0) {
      fs.pollsWithoutNew = 0;
      fs.lastNewItemAt = now;
      fs.lastNewItems = fresh;
      fs.lastFailedItems = work.failedItems;
      fs.countItems(now, fresh);
    } else {
      fs.pollsWithoutNew++;
    }
    if (status.equals("200")) fs.problems = new ArrayList<>(work.problems);
    schedule.afterSuccess(fs, fresh, now);
  }

  private void fail(WatchState.FeedState fs, String status, String reason, Duration retryAfter, Instant now,
      Tally tally) {
    tally.failed.incrementAndGet();
    tally.skip(fs.url, reason);
    if (fs.firstPollAt == null) fs.firstPollAt = now;
    fs.polls++;
    fs.errors++;
    fs.consecutiveErrors++;
    fs.lastAttemptAt = now;
    fs.lastStatus = status;
    fs.lastError = reason;
    if (!status.equals("robots")) fs.disallowed = false;
    schedule.afterFailure(fs, retryAfter, now);
  }

  /** Reading one feed's items and pages; the state's seen set and pending list are updated as items are done. */
  private final class PollWork {
    final WatchState.FeedState fs;
    final Tally tally;
    final List<String> problems = new ArrayList<>();
    int newItems;
    int failedItems;

    PollWork(WatchState.FeedState fs, Tally tally) {
      this.fs = fs;
      this.tally = tally;
    }

    void read(Feed feed) throws InterruptedException {
      feed.problems().forEach(p -> problem(p.location(), p.reason()));
      for (FeedItem item : feed.items()) {
        String key = key(item);
        if (fs.seen(key) || isPending(key)) continue;
        newItems++;
        tally.newItems.incrementAndGet();
        String location = feed.name() + " item " + item.index();
        if (item.summaryOnly() && item.url() != null) {
          page(new WatchState.PendingPage(key, feed.name(), feed.title(), feed.feedUrl(), feed.language(), item, 0, null));
        } else {
          Article article = null;
          try {
            article = feedReader.toArticle(feed, item);
          } catch (RuntimeException e) {
            itemFailed(location, "unreadable item: " + Fetcher.oneLine(e));
          }
          if (article != null) {
            if (article.paragraphs().isEmpty()) itemFailed(location, "item has no text");
            else put(article);
          }
        }
        fs.markSeen(key, config.seenPerFeed());
      }
    }

    /** Pages that failed transiently on earlier polls get another try. */
    void retryPending() throws InterruptedException {
      for (WatchState.PendingPage p : List.copyOf(fs.pending)) {
        fs.pending.remove(p);
        page(p);
      }
    }

    private boolean isPending(String key) {
      return fs.pending.stream().anyMatch(p -> p.key().equals(key));
    }

    /** Fetches and extracts a summary-only item's page; falls back to the summary when that cannot work. */
    private void page(WatchState.PendingPage p) throws InterruptedException {
      FeedItem item = p.item();
      String location = item.url();
      PoliteClient.Outcome outcome;
      try {
        outcome = client.get(URI.create(item.url()), PoliteClient.ACCEPT_PAGE, null, null, config.maxPageBytes());
      } catch (IllegalArgumentException e) {
        outcome = new PoliteClient.Outcome.Failed("not a valid URL", -1, null, false);
      }
      switch (outcome) {
        case PoliteClient.Outcome.Fetched f -> {
          tally.pages.incrementAndGet();
          Fetcher.Response r = f.response();
          Extraction extraction = extractor.extract(
              new Page(r.body(), declaredCharset(r), r.uri().toString(), clock.instant()));
          if (!extraction.isArticle()) {
            summaryInstead(p, "not an article: " + extraction.notArticleReason());
          } else if (extraction.paragraphs().isEmpty()) {
            summaryInstead(p, "no article text found in the page");
          } else {
            put(pageArticle(p, extraction));
          }
        }
        case PoliteClient.Outcome.Failed failed when failed.transientFailure() && p.attempts() + 1 < config.pageAttempts() -> {
          fs.pending.add(new WatchState.PendingPage(p.key(), p.feedName(), p.feedTitle(), p.feedUrl(), p.language(),
              item, p.attempts() + 1, failed.reason()));
          problem(location, "page not fetched yet (will try again): " + failed.reason());
        }
        case PoliteClient.Outcome.Failed failed -> summaryInstead(p, "page not fetched: " + failed.reason());
        case PoliteClient.Outcome.NotModified nm -> summaryInstead(p, "page answered 304 to an unconditional request");
        case PoliteClient.Outcome.Disallowed d -> summaryInstead(p, d.reason());
      }
    }

    /** The page could not give the text: the feed's summary is kept rather than nothing. */
    private void summaryInstead(WatchState.PendingPage p, String reason) {
      Feed feed = new Feed(p.feedName(), p.feedTitle(), p.feedUrl(), p.language(), clock.instant(), List.of(), List.of());
      Article summary = feedReader.toArticle(feed, p.item());
      if (summary.paragraphs().isEmpty()) {
        itemFailed(p.item().url(), reason + "; the feed gives no summary either, nothing stored");
        return;
      }
      itemFailed(p.item().url(), reason + "; stored with the feed's summary only");
      put(summary);
    }

    private Article pageArticle(WatchState.PendingPage p, Extraction extraction) {
      FeedItem item = p.item();
      ArticleBuilder b = new ArticleBuilder(InputFormat.HTML, item.url())
          .url(item.url())
          .source(p.feedTitle())
          .feedUrl(p.feedUrl())
          .title(item.title())
          .description(item.description())
          .published(item.published(), "feed")
          .updated(item.updated())
          .language(p.language())
          .imageUrl(item.imageUrl());
      item.tags().forEach(b::tag);
      extraction.fillInto(b);
      if (extraction.authors().isEmpty()) b.authors(item.authors());
      return b.build();
    }

    private void put(Article article) {
      try {
        Store.PutOutcome outcome;
        synchronized (storeLock) {
          outcome = store.put(article);
        }
        // An older version is kept as a revision only: no new text, as for an unchanged one.
        if (outcome == Store.PutOutcome.UNCHANGED || outcome == Store.PutOutcome.OLDER) tally.unchanged.incrementAndGet();
        else tally.stored.incrementAndGet();
        fs.itemsStored++;
      } catch (IOException e) {
        // Not a bad item: the store failing stops the cycle.
        throw new UncheckedIOException(e);
      }
    }

    private void itemFailed(String location, String reason) {
      failedItems++;
      fs.itemsFailed++;
      tally.itemFailures.incrementAndGet();
      problem(location, reason);
    }

    private void problem(String location, String reason) {
      tally.skip(location, reason);
      if (problems.size() < PROBLEMS_KEPT) problems.add(location + ": " + reason);
    }
  }

  /**
   * What identifies an item across polls: its guid, else its link, else title and date; with
   * its update time, so an entry the feed marks as updated is read again.
   */
  static String key(FeedItem item) {
    String id = item.guid() != null ? item.guid()
        : item.url() != null ? item.url()
        : "title:" + item.title() + "|" + item.published();
    return item.updated() == null ? id : id + "|" + item.updated().toInstant();
  }

  /**
   * The header's charset, unless it claims UTF-8 for bytes that are not: servers send a default
   * charset for every page, while the page's own {@code <meta charset>} is usually right, so a
   * header the bytes contradict is dropped and the extractor decides from the page.
   */
  static String declaredCharset(Fetcher.Response r) {
    if (r.contentType() == null) return null;
    Matcher m = CHARSET.matcher(r.contentType());
    if (!m.find()) return null;
    String declared = m.group(1);
    boolean claimsUtf8 = declared.equalsIgnoreCase("utf-8") || declared.equalsIgnoreCase("utf8");
    return claimsUtf8 && !validUtf8(r.body()) ? null : declared;
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Counters shared by the feed tasks of one cycle. */
  private static final class Tally {
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger abandoned = new AtomicInteger();
    final AtomicInteger newItems = new AtomicInteger();
    final AtomicInteger stored = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger pages = new AtomicInteger();
    final AtomicInteger itemFailures = new AtomicInteger();
    private final List<CycleSummary.Skip> skips = Collections.synchronizedList(new ArrayList<>());

    void skip(String location, String reason) {
      if (skips.size() < MAX_LISTED_SKIPS) skips.add(new CycleSummary.Skip(location, reason));
    }

    List<CycleSummary.Skip> skips() {
      synchronized (skips) {
        return List.copyOf(skips);
      }
    }
  }
}
