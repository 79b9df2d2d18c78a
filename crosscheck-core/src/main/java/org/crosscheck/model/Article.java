package org.crosscheck.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One report from one outlet, after extraction: clean text plus metadata.
 *
 * @param id stable identifier, derived from {@link #identityKey(String, String)}
 * @param url the address the report was read from, or {@code null}
 * @param canonicalUrl the address the outlet names as canonical, or {@code null}
 * @param source the outlet (a name such as "Kyiv Post", or a host), or {@code null}
 * @param feedUrl the feed the report came through, or {@code null}
 * @param title the headline, never {@code null} (may be empty)
 * @param description standfirst or summary, or {@code null}
 * @param authors cleaned author names
 * @param published publication time with its offset, or {@code null} when unknown
 * @param updated last update time, or {@code null}
 * @param dateSource where {@code published} came from (e.g. "json-ld", "dateline", "feed")
 * @param language ISO 639-1 code, or {@code null} when unknown
 * @param section the outlet's section label ("UKRAINE"), or {@code null}
 * @param tags topic tags given by the outlet
 * @param imageUrl the lead image, or {@code null}
 * @param paragraphs the main text, one entry per paragraph
 * @param format the shape the report arrived in
 * @param origin where it was read: a file path, URL, or "file#record"
 * @param contentHash hash of title and paragraphs; a change marks a new version
 * @param ingestedAt when this version was stored
 * @param revisions earlier versions of this report, oldest first
 */
public record Article(
    String id,
    String url,
    String canonicalUrl,
    String source,
    String feedUrl,
    String title,
    String description,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime updated,
    String dateSource,
    String language,
    String section,
    List<String> tags,
    String imageUrl,
    List<String> paragraphs,
    InputFormat format,
    String origin,
    String contentHash,
    Instant ingestedAt,
    List<Revision> revisions) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(origin, "origin");
    title = title == null ? "" : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
    tags = List.copyOf(tags == null ? List.of() : tags);
    paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
    revisions = List.copyOf(revisions == null ? List.of() : revisions);
  }

  /** The main text, paragraphs separated by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * The key an article is known by across runs: its canonical URL, else its URL, else where it
   * was read from. The same report ingested twice maps to the same key, so to the same id.
   */
  public static String identityKey(String canonicalUrl, String url, String origin) {
    if (canonicalUrl != null && !canonicalUrl.isBlank()) return canonicalUrl.strip();
    if (url != null && !url.isBlank()) return url.strip();
    return origin;
  }

  /** A copy naming another outlet. */
  public Article withSource(String outlet) {
    return new Article(id, url, canonicalUrl, outlet, feedUrl, title, description, authors, published, updated,
        dateSource, language, section, tags, imageUrl, paragraphs, format, origin, contentHash, ingestedAt, revisions);
  }

  /** A copy with the store's bookkeeping set. */
  public Article withStoreState(Instant ingestedAt, List<Revision> revisions) {
    return new Article(id, url, canonicalUrl, source, feedUrl, title, description, authors,
        published, updated, dateSource, language, section, tags, imageUrl, paragraphs, format,
        origin, contentHash, ingestedAt, revisions);
  }
}
