package org.crosscheck.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One item (RSS) or entry (Atom) of a feed, as the feed states it.
 *
 * <p>{@link #summaryOnly()} marks an item whose feed carries no full body, only a summary: the
 * file reader turns it into an article whose single paragraph is the summary, and a feed watcher
 * that can fetch pages should fetch {@link #url()} instead and keep the feed's metadata.
 *
 * @param index 1-based position in the feed, for messages
 * @param guid the RSS guid or Atom id, or {@code null}
 * @param published the item's pubDate/published/dc:date, or {@code null} if absent or unreadable
 * @param updated the Atom updated time, or {@code null}
 * @param description the summary as plain text, or {@code null}
 * @param contentHtml the full body (content:encoded, Atom content) as HTML, or {@code null}
 * @param imageUrl an image enclosure or media:content/media:thumbnail, or {@code null}
 */
public record FeedItem(
    int index,
    String title,
    String url,
    String guid,
    List<String> authors,
    List<String> tags,
    OffsetDateTime published,
    OffsetDateTime updated,
    String description,
    String contentHtml,
    String imageUrl) {

  public FeedItem {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }

  public boolean summaryOnly() {
    return contentHtml == null;
  }
}
