package org.crosscheck.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * Every setting of the watcher, with its default, in one place. Build one with {@link #builder}.
 *
 * @param userAgent sent with every request; see {@link #userAgent(String)}
 * @param robotsToken the product token matched against robots.txt {@code User-agent} lines
 * @param maxPerHost requests in flight to one host at a time
 * @param hostDelay least time between the starts of two requests to one host
 * @param maxCrawlDelay a robots.txt {@code Crawl-delay} longer than ours wins, up to this cap
 * @param connectTimeout to open a connection
 * @param readTimeout for a whole response, headers and body
 * @param maxRedirects hops followed before giving up
 * @param maxFeedBytes a feed body (decoded) larger than this is refused
 * @param maxPageBytes an article page body (decoded) larger than this is refused
 * @param retries extra attempts, within one poll, after a network error or a 5xx without
 *     Retry-After
 * @param retryBase the first retry waits about this long, each further one twice as long
 * @param minInterval a feed is never polled more often than this
 * @param initialInterval the interval of a feed seen for the first time
 * @param maxInterval a quiet feed is still polled at least this often
 * @param errorBackoff the wait after a feed's first failed poll; it doubles per failure
 * @param maxBackoff back-off and Retry-After are capped here, so a feed is never given up
 * @param robotsTtl how long a robots.txt answer is kept
 * @param seenPerFeed item keys remembered per feed (well above what any feed carries at once)
 * @param silentAfterPolls a feed that used to yield items and then yields none for this many
 *     successful polls is flagged silent
 * @param failingAfterErrors a feed with this many failed polls in a row is flagged failing
 * @param pageAttempts polls on which an article page that failed transiently is tried again
 *     before the item is stored with its feed summary only
 */
public record WatchConfig(
    String userAgent,
    String robotsToken,
    int maxPerHost,
    Duration hostDelay,
    Duration maxCrawlDelay,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    long maxFeedBytes,
    long maxPageBytes,
    int retries,
    Duration retryBase,
    Duration minInterval,
    Duration initialInterval,
    Duration maxInterval,
    Duration errorBackoff,
    Duration maxBackoff,
    Duration robotsTtl,
    int seenPerFeed,
    int silentAfterPolls,
    int failingAfterErrors,
    int pageAttempts) {

  /** The project page, named in the User-Agent when the operator gives no contact. */
  public static final String PROJECT_URL = "https://github.com/crosscheck-news/crosscheck";

  public WatchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxPerHost < 1) throw new IllegalArgumentException("max per host must be at least 1, not " + maxPerHost);
    if (maxRedirects < 0 || retries < 0) throw new IllegalArgumentException("redirects and retries cannot be negative");
    if (minInterval.compareTo(maxInterval) > 0) throw new IllegalArgumentException("min interval is above max interval");
  }

  /**
   * {@code Crosscheck/0.1 (+contact)}: site operators see who is fetching and how to reach them.
   *
   * @param contact an e-mail address or URL, or {@code null} for the project page
   */
  public static String userAgent(String contact) {
    String c = contact == null || contact.isBlank() ? PROJECT_URL : contact.strip();
    if (c.chars().anyMatch(ch -> ch < 0x20 || ch > 0x7e || ch == '(' || ch == ')')) {
      throw new IllegalArgumentException("contact must be plain ASCII without parentheses: " + c);
    }
    return "Crosscheck/0.1 (+" + c + ")";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts from the defaults; each setter replaces one of them. */
  public static final class Builder {
    private String userAgent = WatchConfig.userAgent(null);
    private String robotsToken = "crosscheck";
    private int maxPerHost = 2;
    private Duration hostDelay = Duration.ofSeconds(1);
    private Duration maxCrawlDelay = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int maxRedirects = 5;
    private long maxFeedBytes = 16L << 20;
    private long maxPageBytes = 8L << 20;
    private int retries = 2;
    private Duration retryBase = Duration.ofSeconds(1);
    private Duration minInterval = Duration.ofMinutes(5);
    private Duration initialInterval = Duration.ofMinutes(15);
    private Duration maxInterval = Duration.ofHours(6);
    private Duration errorBackoff = Duration.ofMinutes(10);
    private Duration maxBackoff = Duration.ofHours(24);
    private Duration robotsTtl = Duration.ofHours(24);
    private int seenPerFeed = 2_000;
    private int silentAfterPolls = 12;
    private int failingAfterErrors = 3;
    private int pageAttempts = 5;

    public Builder userAgent(String v) { userAgent = v; return this; }
    public Builder robotsToken(String v) { robotsToken = v; return this; }
    public Builder maxPerHost(int v) { maxPerHost = v; return this; }
    public Builder hostDelay(Duration v) { hostDelay = v; return this; }
    public Builder maxCrawlDelay(Duration v) { maxCrawlDelay = v; return this; }
    public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
    public Builder readTimeout(Duration v) { readTimeout = v; return this; }
    public Builder maxRedirects(int v) { maxRedirects = v; return this; }
    public Builder maxFeedBytes(long v) { maxFeedBytes = v; return this; }
    public Builder maxPageBytes(long v) { maxPageBytes = v; return this; }
    public Builder retries(int v) { retries = v; return this; }
    public Builder retryBase(Duration v) { retryBase = v; return this; }
    public Builder minInterval(Duration v) { minInterval = v; return this; }
    public Builder initialInterval(Duration v) { initialInterval = v; return this; }
    public Builder maxInterval(Duration v) { maxInterval = v; return this; }
    public Builder errorBackoff(Duration v) { errorBackoff = v; return this; }
    public Builder maxBackoff(Duration v) { maxBackoff = v; return this; }
    public Builder robotsTtl(Duration v) { robotsTtl = v; return this; }
    public Builder seenPerFeed(int v) { seenPerFeed = v; return this; }
    public Builder silentAfterPolls(int v) { silentAfterPolls = v; return this; }
    public Builder failingAfterErrors(int v) { failingAfterErrors = v; return this; }
    public Builder pageAttempts(int v) { pageAttempts = v; return this; }

    public WatchConfig build() {
      return new WatchConfig(userAgent, robotsToken, maxPerHost, hostDelay, maxCrawlDelay, connectTimeout,
          readTimeout, maxRedirects, maxFeedBytes, maxPageBytes, retries, retryBase, minInterval,
          initialInterval, maxInterval, errorBackoff, maxBackoff, robotsTtl, seenPerFeed, silentAfterPolls,
          failingAfterErrors, pageAttempts);
    }
  }
}
