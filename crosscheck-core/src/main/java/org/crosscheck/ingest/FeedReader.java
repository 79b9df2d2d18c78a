package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.jsoup.nodes.Entities;

/**
 * Reads an RSS or Atom feed into one article per item: feed metadata (title, link, guid, authors,
 * categories as tags, dates with source "feed"), and paragraphs from the item's full body through
 * the {@link PageExtractor} or, when the extractor finds nothing in such a fragment, from its
 * block elements. An item with only a summary ({@link FeedItem#summaryOnly()}) becomes an article
 * whose summary is both its description and its single paragraph.
 *
 * <p>A feed watcher polling over HTTP calls {@link #readFeed}; one that fetches the pages of
 * summary-only items uses {@link FeedParser} and {@link #toArticle} itself.
 */
public final class FeedReader implements ReportReader {
  /** Feeds are read whole; anything bigger is not a feed anyone serves. */
  static final int MAX_FEED_BYTES = 64 << 20;

  private final PageExtractor extractor;
  private final LanguageGuesser languages;
  private final FeedParser parser = new FeedParser();

  public FeedReader(PageExtractor extractor) {
    this(extractor, LanguageGuesser.defaults());
  }

  public FeedReader(PageExtractor extractor, LanguageGuesser languages) {
    this.extractor = extractor;
    this.languages = languages;
  }

  @Override
  public InputFormat format() {
    return InputFormat.FEED;
  }

  @Override
  public void read(InputSource input, ArticleSink sink) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readNBytes(MAX_FEED_BYTES + 1);
    }
    if (bytes.length > MAX_FEED_BYTES) {
      sink.skip(input.name(), "larger than " + (MAX_FEED_BYTES >> 20) + " MB, not read as a feed");
      return;
    }
    emit(parser.parse(bytes, input.contentType(), input.name(), input.fetchedAt()), sink);
  }

  /**
   * Reads a feed fetched over HTTP.
   *
   * @param url the feed's address: names the input and resolves relative links
   * @param contentType the HTTP Content-Type, or {@code null}
   */
  public void readFeed(byte[] body, String contentType, String url, Instant fetchedAt,
      ArticleSink sink) {
    emit(parser.parse(body, contentType, url, fetchedAt), sink);
  }

  private void emit(Feed feed, ArticleSink sink) {
    feed.problems().forEach(p -> sink.skip(p.location(), p.reason()));
    for (FeedItem item : feed.items()) {
      String location = feed.name() + " item " + item.index();
      try {
        Article article = toArticle(feed, item);
        if (article.title().isEmpty() && article.paragraphs().isEmpty()) {
          sink.skip(location, "item has neither title nor text");
        } else {
          sink.accept(article);
        }
      } catch (RuntimeException e) {
        sink.skip(location, "unreadable item: " + FeedParser.oneLine(e));
      }
    }
  }

  /**
   * The article for one item. Its origin is the feed name plus the item's guid (or position), so
   * an item without a link keeps its id across polls.
   */
  public Article toArticle(Feed feed, FeedItem item) {
    String key = item.guid() != null ? item.guid() : "item-" + item.index();
    ArticleBuilder b = new ArticleBuilder(InputFormat.FEED, feed.name() + "#" + key)
        .url(item.url())
        .source(feed.title())
        .feedUrl(feed.feedUrl())
        .title(item.title())
        .description(item.description())
        .authors(item.authors())
        .published(item.published(), "feed")
        .updated(item.updated())
        .imageUrl(item.imageUrl());
    item.tags().forEach(b::tag);
    if (item.summaryOnly()) {
      b.paragraph(item.description());
    } else {
      b.paragraphs(bodyParagraphs(feed, item));
    }
    // Many feeds declare no language; the text says it, as for the other formats.
    b.language(feed.language() != null ? feed.language()
        : languages.guess(String.join("\n", b.paragraphs())));
    return b.build();
  }

  /** The extractor sees the body as the page it came from would show it: headline, then text. */
  private List<String> bodyParagraphs(Feed feed, FeedItem item) {
    String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        + Entities.escape(item.title() == null ? "" : item.title())
        + "</title></head><body><article>" + item.contentHtml() + "</article></body></html>";
    Extraction extraction = extractor.extract(
        new Page(page.getBytes(StandardCharsets.UTF_8), "UTF-8", item.url(), feed.fetchedAt()));
    if (extraction.isArticle() && !extraction.paragraphs().isEmpty()) return extraction.paragraphs();
    return HtmlFragments.paragraphs(item.contentHtml());
  }
}
