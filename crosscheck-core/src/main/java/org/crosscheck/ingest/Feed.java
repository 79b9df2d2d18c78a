package org.crosscheck.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What {@link FeedParser} read from one feed: its metadata, the items it could read, and one
 * problem per item (or for the whole feed) it could not.
 *
 * @param name the input name (file path or URL), used in messages and article origins
 * @param title the feed's title, used as the articles' source, or {@code null}
 * @param feedUrl the feed's own address: the URL it was read from, else its self link, else its
 *     site link; or {@code null}
 * @param language the ISO 639-1 code the feed declares, or {@code null}
 * @param fetchedAt when the bytes were obtained, or {@code null}
 */
public record Feed(
    String name,
    String title,
    String feedUrl,
    String language,
    Instant fetchedAt,
    List<FeedItem> items,
    List<Problem> problems) {

  public Feed {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  /** Something that could not be read: where ("feed.xml item 7") and why. */
  public record Problem(String location, String reason) {}

  static Feed unreadable(String name, Instant fetchedAt, String reason) {
    return new Feed(name, null, null, null, fetchedAt, List.of(), List.of(new Problem(name, reason)));
  }
}
